/**
 * What the Levy tab holds between events, and the parts it is made of. Every action takes the
 * tab (this object) explicitly: no state lives in closures.
 */
import type { ListedApprenticeship, ListedTransfer } from "../../sheets/levy/plans-read";
import type { PaneEnv } from "../shared/pane-env";
import type { PreviewSection } from "../shared/preview-section";
import type { AccountForm } from "./account-form";
import type { ApprenticeshipsPart } from "./apprenticeships-part";
import type { TransfersPart } from "./transfers-part";

export interface LevyTab {
  readonly env: PaneEnv;
  readonly account: AccountForm;
  readonly apprenticeshipsPart: ApprenticeshipsPart;
  readonly transfersPart: TransfersPart;
  readonly create: HTMLButtonElement;
  /** The outcome of Create forecast, right under the button where the user is looking. */
  readonly outcome: HTMLElement;
  readonly progressArea: HTMLElement;
  readonly preview: PreviewSection;
  /** The apprenticeships the forecast's table starts with, in the order of its rows. */
  apprenticeships: ListedApprenticeship[];
  /** The transfers the forecast's transfers table starts with. */
  transfers: ListedTransfer[];
  /** True once the user has typed their own number of months: the lists no longer set it. */
  monthsChosen: boolean;
  /** True while the forecast is written: a second Create forecast does nothing. */
  busy: boolean;
}
