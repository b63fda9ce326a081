/**
 * Finishing a written sheet: styles, number formats of spills, drop-downs (ExcelApi 1.8), charts, column widths, wrapped
 * columns and frozen rows (ExcelApi 1.7; an older Excel gets the sheet without them), queued with
 * the last chunk; then the print setup, in a request of its own.
 */
import type { CellStyle, PageLayoutSpec, SheetModel } from "../sheets/sheet-model";
import { cellAddress, columnLetters, rangeAddress } from "../sheets/a1-address";
import { blockWidth, formatRow, modelExtent } from "./excel-input";
import { excelApiSupported } from "./requirements";
import { officeErrorText, type SyncCounter } from "./write-session";

interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
}

/** How each model style looks in Excel (colours pass WCAG AA contrast on their fill). */
export const STYLE_FORMATS: Readonly<Record<CellStyle, StyleSpec>> = {
  // Titles, headings and notes never wrap, even in a wrapped column: they run on over the empty cells beside them.
  title: { bold: true, size: 14, wrap: false },
  heading: { bold: true, size: 12, fill: "#DDEBF7", wrap: false },
  header: { bold: true, fill: "#D9E1F2", wrap: true },
  label: {},
  input: { fill: "#FFF2CC" },
  note: { italic: true, color: "#404040", wrap: false },
  warning: { color: "#9C0006", fill: "#FFC7CE" },
  ok: { color: "#006100", fill: "#C6EFCE" },
};

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const spec = STYLE_FORMATS[style];
  if (spec.bold !== undefined) range.format.font.bold = spec.bold;
  if (spec.italic !== undefined) range.format.font.italic = spec.italic;
  if (spec.size !== undefined) range.format.font.size = spec.size;
  if (spec.color !== undefined) range.format.font.color = spec.color;
  if (spec.fill !== undefined) range.format.fill.color = spec.fill;
  if (spec.wrap !== undefined) range.format.wrapText = spec.wrap;
}

/**
 * A block's drop-downs (Range.dataValidation, ExcelApi 1.8): a list to pick from, never a stop,
 * so what people type beside it (Yes, No, Y, N) stays and is read by the same coercion.
 */
function queueChoices(sheet: Excel.Worksheet, block: SheetModel["blocks"][number], rows: number): void {
  if (!block.choices || !excelApiSupported("1.8")) return;
  block.choices.forEach((choices, c) => {
    if (!choices) return;
    const validation = sheet.getRange(rangeAddress(block.row, block.col + c, rows, 1)).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: choices.join(",") } };
    validation.errorAlert = { showAlert: false, style: "Information", title: "", message: "" };
  });
}

/** Queue, with the last chunk, everything but the cells and tables: styles, spills' formats, drop-downs, charts, widths, wraps, frozen rows. */
export function queueFinishing(sheet: Excel.Worksheet, model: SheetModel): void {
  // Wrapped columns first, so that a block's own style (a title or note that never wraps) wins.
  for (const col of model.wrapColumns ?? []) {
    sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.wrapText = true;
  }
  for (const block of model.blocks) {
    const width = blockWidth(block);
    const rows = Math.max(block.cells.length, block.spill?.rows ?? 0);
    const cols = Math.max(width, block.spill?.cols ?? 0);
    if (rows === 0 || cols === 0) continue;
    if (block.spill && block.numberFormat !== undefined) {
      const formats: string[][] = [];
      const row = formatRow(block.numberFormat, cols)!;
      for (let r = 0; r < rows; r += 1) formats.push(row);
      sheet.getRange(rangeAddress(block.row, block.col, rows, cols)).numberFormat = formats;
    }
    if (block.style) applyStyle(sheet.getRange(rangeAddress(block.row, block.col, rows, cols)), block.style);
    queueChoices(sheet, block, rows);
  }
  for (const chart of model.charts ?? []) {
    const added = sheet.charts.add(
      chart.type as Excel.ChartType,
      sheet.getRange(chart.dataRange),
      "Auto" as Excel.ChartSeriesBy,
    );
    added.title.text = chart.title;
    added.setPosition(cellAddress(chart.row, chart.col), cellAddress(chart.row + 17, chart.col + 7));
  }
  (model.columnWidths ?? []).forEach((width, col) => {
    if (width > 0) sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = width;
  });
  if (model.wrapColumns && model.wrapColumns.length > 0) {
    // Rows grow to fit the wrapped text (RangeFormat.autofitRows, ExcelApi 1.2).
    const extent = modelExtent(model);
    if (extent.rows > 0 && extent.cols > 0) {
      sheet.getRange(rangeAddress(0, 0, extent.rows, extent.cols)).format.autofitRows();
    }
  }
  // Freezing panes needs ExcelApi 1.7; an older Excel gets the same sheet without frozen rows.
  if (model.freezeRows && model.freezeRows > 0 && excelApiSupported("1.7"))
    sheet.freezePanes.freezeRows(model.freezeRows);
}

/** What became of the model's print setup. */
export interface PageLayoutOutcome {
  /**
   * The model's print setup: "applied"; "unsupported" on an Excel without ExcelApi 1.9 (the sheet
   * is written, Excel's print defaults stay); "failed" when Excel refused it (the sheet is written,
   * `pageLayoutError` says why); absent when the model has none.
   */
  readonly pageLayout?: "applied" | "unsupported" | "failed";
  readonly pageLayoutError?: string;
}

/**
 * The print setup goes last, in its own request: the sheet is already whole, so an Excel that
 * lacks or refuses it still has the sheet (1 more sync).
 */
export async function applyPageLayout(
  session: SyncCounter,
  sheet: Excel.Worksheet,
  spec: PageLayoutSpec,
): Promise<PageLayoutOutcome> {
  if (!excelApiSupported("1.9")) return { pageLayout: "unsupported" };
  try {
    queuePageLayout(sheet, spec);
    await session.sync();
    return { pageLayout: "applied" };
  } catch (error) {
    return { pageLayout: "failed", pageLayoutError: officeErrorText(error) };
  }
}

/**
 * Queue a print setup (Worksheet.pageLayout, ExcelApi 1.9): orientation, paper size, fit to N
 * pages wide with as many pages tall as needed (verticalFitToPages 0 is "automatic", as
 * fitToHeight="0" is in the file format), print area and title rows.
 */
function queuePageLayout(sheet: Excel.Worksheet, spec: PageLayoutSpec): void {
  const layout = sheet.pageLayout;
  layout.orientation = spec.orientation;
  layout.paperSize = spec.paperSize;
  if (spec.fitToPagesWide !== undefined) {
    layout.zoom = { horizontalFitToPages: spec.fitToPagesWide, verticalFitToPages: 0 };
  }
  if (spec.printArea !== undefined) layout.setPrintArea(spec.printArea);
  if (spec.printTitleRows !== undefined) layout.setPrintTitleRows(spec.printTitleRows);
}
