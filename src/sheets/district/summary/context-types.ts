/**
 * What the district summary's sections and columns share: the context worked out once before
 * they are built (summary-context.ts), its layout, the schools table's columns and the rows as
 * checked (school-rows.ts). Types only, so the sections, the columns and the context can each
 * import them without importing one another. The bottom of the summary room, with
 * summary-types.ts.
 */
import type { ModelCell } from "../../sheet-model";
import type { ColumnMapping, DistrictField } from "../read/header-detection";
import type { DistrictSource } from "../read/read-types";
import type { FieldLookup } from "../join/lookups";
import type { JoinLookups } from "../join/lookups";
import type { BadRow, DistrictSummaryOptions, DistrictTotals, LeftOutRow, SchoolResult } from "./summary-types";

/** One school's checked inputs (what the summary's cells preview). */
export interface SchoolValues {
  readonly budget: number;
  readonly sa: number;
  readonly sap: number;
  readonly st: number;
  readonly mob: number | undefined;
  readonly alloc: number | undefined;
}

/** The table's rows sorted out: schools that passed (with their values, in step), bad rows and blank rows. */
export interface CheckedSchools {
  readonly schools: SchoolResult[];
  readonly values: SchoolValues[];
  readonly badRows: BadRow[];
  /** Schools left out with why (closed, not open yet, no pupils and no budget): not bad data, not in the totals. */
  readonly leftOut: LeftOutRow[];
  readonly blankRows: number;
}

export type SummaryColumnKey =
  "name" | "urn" | "budget" | "sa" | "sap" | "st" | "mob" | "guide" | "alloc" | "diff" | "flag" | `row${number}`;

/** One school's row, as its cells see it. */
export interface SchoolRow {
  readonly school: SchoolResult;
  readonly values: SchoolValues;
  /** 1-based row of the school on the source sheet. */
  readonly sourceRow: number;
  /** 1-based row of the school on the summary sheet. */
  readonly summaryRow: number;
}

export interface SummaryColumn {
  readonly key: SummaryColumnKey;
  readonly header: string;
  readonly format: string | null;
  readonly width: number;
  /** The summary has this column only when the user's table has this field's column; absent: always. */
  readonly needs?: DistrictField;
  readonly cell: (context: DistrictContext, row: SchoolRow) => ModelCell;
}

export interface DistrictLayout {
  /** Zero-based row of the totals' heading (the chart sits beside the totals). */
  readonly totalsHeadingRow: number;
  /** Zero-based row of the schools table's heading (its header row is the next). */
  readonly schoolsHeadingRow: number;
  /** 1-based rows of the first and last school in the schools table (one row when there is none). */
  readonly firstSchoolRow: number;
  readonly lastSchoolRow: number;
}

export interface DistrictContext {
  readonly source: DistrictSource;
  readonly mapping: ColumnMapping;
  readonly options: DistrictSummaryOptions;
  /** The mobility column holds whole percentages (13 means 13%). */
  readonly mobilityPercent: boolean;
  readonly hasAllocated: boolean;
  readonly checked: CheckedSchools;
  readonly totals: DistrictTotals;
  /** The schools table's columns, left to right, and each one's letter on the summary sheet. */
  readonly columns: readonly SummaryColumn[];
  readonly letters: Readonly<Partial<Record<SummaryColumnKey, string>>>;
  /** The MATCH columns and each input's INDEX: the join's, or the one table's (one-table-lookups.ts). */
  readonly lookups: JoinLookups;
  /**
   * Where each field is looked up (an INDEX on the school's MATCH, in the summary column of that
   * letter); a field without one (a joined table's URN) is written as its value.
   */
  readonly fieldLookups: Readonly<Partial<Record<DistrictField, FieldLookupCell>>>;
  /** Whole-hour bins of the chart data (then one "or more"). */
  readonly binCount: number;
  readonly layout: DistrictLayout;
}

/** A field's lookup and the letter of the summary column holding the MATCH it reads. */
export interface FieldLookupCell {
  readonly lookup: FieldLookup;
  readonly matchLetter: string;
}
