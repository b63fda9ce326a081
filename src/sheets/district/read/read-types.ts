/**
 * A table of schools as read (from Excel, a CSV file or the DfE's long file pivoted): what every
 * room of the district works on. The bottom of the read room: imports nothing.
 */

/** A table of schools as read from Excel (or a CSV), where its cells are on their sheet. */
export interface DistrictSource {
  /** The sheet holding the table (for references such as ='Schools'!B2). */
  readonly sheetName: string;
  /**
   * Zero-based sheet row of the header row; for a table read without one (`noHeaderRow`), the row
   * above its first school (-1 when that school is on the sheet's first row).
   */
  readonly headerRow: number;
  /** Zero-based sheet column of the table's first column. */
  readonly firstCol: number;
  readonly headers: readonly unknown[];
  /** Data rows below the header, as Excel's values (numbers, text, booleans, blanks). */
  readonly rows: readonly (readonly unknown[])[];
  /** The table has no header row: its columns are named by their letters ("Column B"). */
  readonly noHeaderRow?: boolean;
}
