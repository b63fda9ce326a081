/**
 * What a district summary is built with and what it gives back besides its sheet: its options
 * (a joined table's lookups and lists among them), the schools that passed with their guide
 * hours, the rows left out with why, and the district's totals. The table it is built from is
 * the read room's DistrictSource (read/read-types.ts). The bottom of the summary room, with
 * context-types.ts.
 */
import type { SheetModel } from "../../sheet-model";
import type { JoinLookups } from "../join/lookups";
import type { MatchList } from "../join/match-lists";
import type { MobilityUnits } from "../read/mobility-units";

export interface DistrictSummaryOptions {
  /** Sheet title wanted (the writer makes it valid and free). Default "District summary". */
  readonly title?: string;
  /** Label of the source shown on the sheet, e.g. "Schools!A1:H115" or "sample-district.csv". */
  readonly sourceLabel?: string;
  /**
   * When the source is several tables joined (join.ts): the summary's inputs are live lookups
   * into those tables instead of references to the source's rows.
   */
  readonly joined?: JoinedSheet;
  /**
   * One table covering several LAs, summarised for the LA chosen (one-table-la.ts): whether the
   * row at this index of source.rows is in the summary. The rows left out (schools of other LAs)
   * are skipped, neither schools nor bad rows; the rest keep their references to the source rows.
   * Default: every row.
   */
  readonly keepRow?: (index: number) => boolean;
  /**
   * One table: how the summary names it ("Row in Schools (URN)") and its Excel table's name (the
   * lookups then name its columns); its LAESTAB column as the user chose it. Default: the sheet.
   */
  readonly table?: { readonly label: string; readonly tableName?: string; readonly laestab?: number | null };
  /**
   * The summary's date, an Excel serial: one table's schools with a close date before it, or a
   * status of Closed or Proposed to open, are left out and listed. Default: close dates not read.
   */
  readonly asOf?: number;
}

/** What a summary of joined tables writes besides the joined values (joined-summary.ts). */
export interface JoinedSheet {
  /** One MATCH column per table read, and each input's INDEX. */
  readonly lookups: JoinLookups;
  /** For a row of the joined source: where the school is in each table ("DfE SEN by school row 6; Budget 2025-26 row 4"). */
  readonly whereRow: (index: number) => string;
  /** What did not match, as the sheet lists it. */
  readonly lists: readonly MatchList[];
  /** How the mobility column's numbers are read, decided on the whole table it comes from. */
  readonly mobility: MobilityUnits | undefined;
  /** The schools matched by name, accepted in the pane, table by table. */
  readonly nameMatches: readonly NameMatchedTable[];
  /** Each table's label, by its index in the join (for the sheet's notes). */
  readonly tableLabels: readonly string[];
}

/** A table matched to the table of schools by name: its accepted matches, as the sheet lists them. */
export interface NameMatchedTable {
  readonly table: string;
  readonly spine: string;
  /** "St Mary's CofE Primary School (DfE SEN by school row 12) = St. Mary's C of E Primary (Budget row 5)". */
  readonly matches: readonly string[];
}

/** A school left out of the summary with why: closed, not open yet, no pupils and no budget. */
export interface LeftOutRow {
  readonly index: number;
  readonly sheetRow: number;
  readonly name: string;
  readonly reason: string;
}

/** One bar of the chart and its row of the chart data: the same bins, labels and counts in both. */
export interface HoursBin {
  /** "0", "1", ..., "12+" */
  readonly label: string;
  readonly guide: number;
  readonly allocated: number;
}

/** One school that passed validation, with the rule's guide hours. */
export interface SchoolResult {
  /** Zero-based index of the row in source.rows. */
  readonly index: number;
  readonly name: string;
  readonly guideHours: number;
  readonly allocatedHours: number | undefined;
  readonly belowGuide: boolean;
}

/** A row left out of the summary, with why. */
export interface BadRow {
  /** Zero-based index of the row in source.rows. */
  readonly index: number;
  /** Row number as Excel shows it on the source sheet (1-based). */
  readonly sheetRow: number;
  readonly name: string;
  readonly reason: string;
}

export interface DistrictTotals {
  readonly schools: number;
  readonly totalGuideHours: number;
  /** Undefined when the table has no allocated-hours column. */
  readonly totalAllocatedHours: number | undefined;
  readonly schoolsWithAllocated: number;
  readonly belowGuide: number | undefined;
  /** Share of the schools with allocated hours that are below the guide (0 to 1). */
  readonly shareBelowGuide: number | undefined;
  readonly meanGuideHours: number | undefined;
  readonly medianGuideHours: number | undefined;
  readonly badRows: number;
  readonly blankRows: number;
  /** Schools left out: closed, not open yet, no pupils and no budget (joined tables: those the join left out too). */
  readonly leftOut: number;
}

export interface DistrictSummary {
  readonly model: SheetModel;
  readonly schools: readonly SchoolResult[];
  readonly badRows: readonly BadRow[];
  readonly leftOut: readonly LeftOutRow[];
  readonly totals: DistrictTotals;
  /** The chart's bins, as the chart data on the sheet has them (the pane draws the same). */
  readonly bins: readonly HoursBin[];
  /** Whether the summary compares schools with the guide (a column of allocated hours is read). */
  readonly hasAllocated: boolean;
}
