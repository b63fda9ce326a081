/**
 * What the Register tab holds between events, and the parts it is made of. Every action takes
 * the tab (this object) explicitly: no state lives in closures.
 */
import type { RegisterCheck } from "../../sheets/register/register-check";
import type { PaneEnv } from "../shared/pane-env";
import type { HoursPart } from "./hours-part";
import type { ResultsPart } from "./results-part";

/** A checked register: the check, where it came from in words, and in Excel where it is. */
export interface Checked {
  readonly check: RegisterCheck;
  readonly label: string;
  readonly sheetName?: string;
  readonly address?: string;
}

export interface RegisterTab {
  readonly env: PaneEnv;
  readonly panel: HTMLElement;
  readonly results: ResultsPart;
  readonly hours: HoursPart;
  /** The register last checked; undefined until one is. */
  checked: Checked | undefined;
}
