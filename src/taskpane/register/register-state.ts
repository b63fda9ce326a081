/**
 * What the Register tab holds between events, and the parts it is made of. Every action takes
 * the tab (this object) explicitly: no state lives in closures.
 */
import type {
  CensusCheckModel,
  RegisterLocation,
  RegisterMapping,
  RegisterTable,
} from "../../sheets/register/census-check";
import type { RegisterCheck } from "../../sheets/register/register-check";
import type { ColumnChoices, RegisterColumns } from "../../sheets/register/register-columns";
import type { RegisterColumnCells } from "../../sheets/register/register-formula";
import type { PaneEnv } from "../shared/pane-env";
import type { Confirmed } from "../shared/questions";
import type { CensusPart } from "./census-part";
import type { ColumnsPart } from "./columns-part";
import type { HoursPart } from "./hours-part";
import type { ResultsPart } from "./results-part";
import type { ReviewsPart } from "./reviews-part";

/** A checked register: the check, where it came from in words, and in Excel where it is. */
export interface Checked {
  readonly check: RegisterCheck;
  readonly label: string;
  readonly sheetName?: string;
  readonly address?: string;
  /** The column checked, where it is on its sheet (its table column when it is one): what the SENCO time tab can refer to. */
  readonly column?: RegisterColumnCells;
  /** Pupils with no SEN status, when a register table says which rows are pupils (else the blank cells are). */
  readonly noStatus?: number;
}

/** A register table read for the census check: its columns by header, the user's choices, and the check once it can run. */
export interface CensusRead {
  readonly table: RegisterTable;
  /** Where it came from: "sims.csv (UTF-8, comma-separated)", "the table Register (Pupils!A1:F41)". */
  readonly label: string;
  /** The columns as the headers gave them. */
  readonly detected: RegisterColumns;
  /** Excel: its sheet and table (the formulas refer to them); undefined for a file. */
  readonly where?: RegisterLocation;
  /** What the user chose in the columns part. */
  choices: ColumnChoices;
  /** The columns as chosen, once the census's are settled; undefined while a column is still to choose. */
  mapping: RegisterMapping | undefined;
  /** The census check with the columns as chosen; undefined while a column is still to choose. */
  model: CensusCheckModel | undefined;
}

export interface RegisterTab {
  readonly env: PaneEnv;
  readonly panel: HTMLElement;
  readonly columns: ColumnsPart;
  readonly census: CensusPart;
  readonly results: ResultsPart;
  readonly hours: HoursPart;
  readonly reviews: ReviewsPart;
  /** The register last checked; undefined until one is. */
  checked: Checked | undefined;
  /** The register table last read for the census check; undefined for a single column. */
  table: CensusRead | undefined;
  /** Values above their published range the user confirmed (pupil mobility above 80%), as typed. */
  readonly confirmed: Confirmed;
}
