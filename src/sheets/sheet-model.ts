/**
 * A generated sheet as plain data: what the task pane's models (plan, district summary) produce
 * and what the thin Office.js writer (`write-sheet.ts`) puts into Excel, or the HTML preview
 * renders outside Excel. No Office types here.
 */

/** A formula cell. `preview` is the value the formula gives, computed by the same rules, for the HTML preview and tests. */
export interface FormulaCell {
  readonly formula: string;
  readonly preview?: string | number | boolean;
}

/**
 * One cell: a value, a formula, or empty (null). Text is always written as text, never as a
 * formula, even when a user typed "=..." into a form field (the writer guards it).
 */
export type ModelCell = string | number | boolean | null | FormulaCell;

export type CellStyle = "title" | "heading" | "label" | "input" | "header" | "note" | "warning" | "ok";

export interface Block {
  /** Zero-based row of the block's top-left cell. */
  readonly row: number;
  /** Zero-based column of the block's top-left cell. */
  readonly col: number;
  /** Rectangular rows of cells. */
  readonly cells: readonly (readonly ModelCell[])[];
  /** Excel number format for the whole block, or per column of the block (e.g. "£#,##0.00", "dd/mm/yyyy"). */
  readonly numberFormat?: string | readonly (string | null)[];
  readonly style?: CellStyle;
  /**
   * For a formula that spills (SEND.SLMDAFUNDING, ...): the number of rows and columns it is
   * expected to fill, so the writer and preview can reserve and format the area.
   */
  readonly spill?: {
    readonly rows: number;
    readonly cols: number;
    /**
     * The values the spill gives, computed by the same rules (for the HTML preview and tests);
     * the writer never writes them (Excel fills the area from the formula).
     */
    readonly preview?: readonly (readonly (string | number | boolean)[])[];
  };
}

export interface TableSpec {
  /** Excel table name (letters, digits, underscores). */
  readonly name: string;
  /** Zero-based top-left cell of the header row. */
  readonly row: number;
  readonly col: number;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ModelCell[])[];
  readonly numberFormat?: readonly (string | null)[];
}

export interface ChartSpec {
  readonly type: "ColumnClustered" | "BarClustered" | "Line";
  readonly title: string;
  /** A1-style range on the same sheet holding the chart's data, headers included. */
  readonly dataRange: string;
  /** Zero-based cell where the chart's top-left corner sits. */
  readonly row: number;
  readonly col: number;
}

/**
 * How the sheet prints (Worksheet.pageLayout). The writer applies it after the sheet is written,
 * in its own request, so an Excel that refuses it still has the sheet.
 */
export interface PageLayoutSpec {
  readonly orientation: "Portrait" | "Landscape";
  readonly paperSize: "A4";
  /**
   * The print scale in percent, from 10 to 400 (PageLayoutZoomOptions.scale): the model works out
   * the scale at which its columns fit one page wide (fitWidthScale); as many pages tall as needed.
   */
  readonly scale?: number;
  /** The print area as an A1 range on the sheet, e.g. "A1:C80". */
  readonly printArea?: string;
  /** Rows repeated at the top of every printed page, e.g. "$1:$1". */
  readonly printTitleRows?: string;
}

/** A zero-based cell of the sheet. */
export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/**
 * A workbook name for a figure users link to (`Plan_EmployerCashCost`), so a formula elsewhere
 * can name it rather than its address. "sheet" scope: one per sheet of its kind, named from
 * another sheet as 'Priya Sharma'!Plan_EmployerCashCost; "workbook": one in the workbook.
 */
export interface NamedCell extends CellRef {
  readonly name: string;
  readonly scope: "sheet" | "workbook";
  /** What the figure is, shown in Excel's Name Manager. */
  readonly comment: string;
}

/** An in-cell drop-down of the choices a cell takes (list data validation); anything else typed is still let through. */
export interface DropDown extends CellRef {
  readonly choices: readonly string[];
}

export interface SheetModel {
  /** The sheet name wanted; the writer picks a free, valid name from it. */
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly tables?: readonly TableSpec[];
  readonly charts?: readonly ChartSpec[];
  /** Column widths in points, from column A. */
  readonly columnWidths?: readonly number[];
  /** Rows to freeze at the top. */
  readonly freezeRows?: number;
  /** Zero-based columns whose text wraps (rows grow to fit). */
  readonly wrapColumns?: readonly number[];
  /** How the sheet prints; absent: Excel's defaults. */
  readonly pageLayout?: PageLayoutSpec;
  /** Workbook names for the figures users link to. */
  readonly names?: readonly NamedCell[];
  /** Drop-downs of the choices on the sheet's own yes/no inputs. */
  readonly dropDowns?: readonly DropDown[];
  /**
   * Cells the user fills in on the sheet (its inputs, a checklist's answers): the tab carries what
   * they hold into the model, or names the difference before an update rewrites them, so an update
   * does not count them among the cells it would write over.
   */
  readonly typedCells?: readonly CellRef[];
}
