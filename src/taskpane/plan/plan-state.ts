/**
 * What the Plan tab holds between events, and the parts it is made of. Every action takes the
 * tab (this object) explicitly: no state lives in closures.
 */
import type { PaneEnv } from "../shared/pane-env";
import type { PreviewSection } from "../shared/preview-section";
import type { LevyFundsPart } from "./levy-funds-part";
import type { PlanForm } from "./plan-form";

export interface PlanTab {
  readonly env: PaneEnv;
  readonly form: PlanForm;
  readonly buttons: { readonly create: HTMLButtonElement; readonly update: HTMLButtonElement };
  /** "Plan sheet: …", above the form, once the form belongs to a plan sheet. */
  readonly loaded: HTMLElement;
  /** The outcome of Create plan / Update plan, right under the buttons where the user is looking. */
  readonly outcome: HTMLElement;
  readonly progressArea: HTMLElement;
  readonly preview: PreviewSection;
  /** Excel: "Take from the levy forecast" under Levy funds available. */
  levyFunds?: LevyFundsPart;
  /** The plan sheet the form was loaded from or last wrote: Update plan rewrites it. */
  planSheet: string | undefined;
  /** True from reading the sheet through the confirmation to the end of the write: a second click does nothing. */
  busy: boolean;
}
