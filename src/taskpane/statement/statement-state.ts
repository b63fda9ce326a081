/**
 * What the SENCO time tab holds between events, and the parts it is made of. Every action takes
 * the tab (this object) explicitly: no state lives in closures.
 */
import type { SelectedStatementRegister } from "../../workbook/statement-writer";
import type { PaneEnv } from "../shared/pane-env";
import type { PreviewSection } from "../shared/preview-section";
import type { Confirmed } from "../shared/questions";
import type { CheckedRegisterPart } from "./checked-register-part";
import type { StatementForm } from "./statement-form";

export interface StatementTab {
  readonly env: PaneEnv;
  readonly form: StatementForm;
  readonly create: HTMLButtonElement;
  readonly progressArea: HTMLElement;
  readonly preview: PreviewSection;
  /** The register last checked on the Register tab, offered inside "Pupils with SEN". */
  readonly checkedRegister: CheckedRegisterPart;
  /** Excel: the register column the statement counts from, instead of the counts typed; undefined for the counts. */
  register: SelectedStatementRegister | undefined;
  /** True while the statement is read, confirmed and written: a second Create statement does nothing. */
  busy: boolean;
  /** What Create statement did in Excel, said once; it takes the focus. */
  readonly outcome: HTMLElement;
  /** Values above their published range the user confirmed (pupil mobility above 80%), as typed. */
  readonly confirmed: Confirmed;
}
