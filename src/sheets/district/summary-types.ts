/**
 * What a district summary is built from and what it gives back besides its sheet: the user's
 * table, the schools that passed with their guide hours, the rows left out with why, and the
 * district's totals.
 */
import type { SheetModel } from "../sheet-model";

/** The table the summary is built from, as read from Excel (or a CSV). */
export interface DistrictSource {
  /** The sheet holding the table (for references such as ='Schools'!B2). */
  readonly sheetName: string;
  /** Zero-based sheet row of the header row. */
  readonly headerRow: number;
  /** Zero-based sheet column of the table's first column. */
  readonly firstCol: number;
  readonly headers: readonly unknown[];
  /** Data rows below the header, as Excel's values (numbers, text, booleans, blanks). */
  readonly rows: readonly (readonly unknown[])[];
}

export interface DistrictSummaryOptions {
  /** Sheet title wanted (the writer makes it valid and free). Default "District summary". */
  readonly title?: string;
  /** Label of the source shown on the sheet, e.g. "Schools!A1:H115" or "sample-district.csv". */
  readonly sourceLabel?: string;
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
}

export interface DistrictSummary {
  readonly model: SheetModel;
  readonly schools: readonly SchoolResult[];
  readonly badRows: readonly BadRow[];
  readonly totals: DistrictTotals;
}
