/**
 * Finishing a written sheet: styles, number formats of spills, charts, column widths, wrapped
 * columns and the drop-downs of its yes/no inputs, queued with the last chunk; then, in a request
 * of its own once the sheet is whole, its print setup, and the sheet is activated and its header
 * rows frozen last of all (activating a sheet in the request that adds it fails on the web, office-js
 * #930; freezing panes on a sheet that is not active fires onActivated, office-js #3148).
 */
import type { CellStyle, PageLayoutSpec, SheetModel } from "../sheets/sheet-model";
import { cellAddress, columnLetters, rangeAddress } from "../sheets/a1-address";
import { blockWidth, formatRow, modelExtent } from "./excel-input";
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

/** Queue, with the last chunk, everything but the cells and tables: styles, spills' formats, charts, widths, wraps, drop-downs. */
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
  queueDropDowns(sheet, model);
}

/**
 * The drop-downs of the sheet's yes/no inputs (Range.dataValidation, list validation): the choices
 * in a list beside the cell; anything else typed is let through (no error alert), for the
 * functions to read it ("Yes", "No") or say in words what they take.
 */
function queueDropDowns(sheet: Excel.Worksheet, model: SheetModel): void {
  for (const drop of model.dropDowns ?? []) {
    const validation = sheet.getRange(cellAddress(drop.row, drop.col)).dataValidation;
    validation.clear();
    validation.rule = { list: { inCellDropDown: true, source: drop.choices.join(",") } };
    validation.errorAlert = { showAlert: false, message: "", style: "Information", title: "" };
  }
}

/** What became of the model's print setup. */
export interface PageLayoutOutcome {
  /**
   * The model's print setup: "applied"; "failed" when Excel refused it (the sheet is written,
   * `pageLayoutError` says why); absent when the model has none.
   */
  readonly pageLayout?: "applied" | "failed";
  readonly pageLayoutError?: string;
}

/**
 * The last request, once the sheet is whole: its print setup, then the sheet activated (unless
 * asked not to) and its header rows frozen. An Excel that refuses the print setup still has the
 * sheet: it is activated in a request of its own, and `pageLayout` says why (1 sync, 2 then).
 */
export async function showSheet(
  session: SyncCounter,
  sheet: Excel.Worksheet,
  model: SheetModel,
  activate: boolean,
): Promise<PageLayoutOutcome> {
  const queueShow = () => {
    if (activate) sheet.activate();
    if (model.freezeRows && model.freezeRows > 0) sheet.freezePanes.freezeRows(model.freezeRows);
  };
  if (!model.pageLayout) {
    queueShow();
    await session.sync();
    return {};
  }
  try {
    queuePageLayout(sheet, model.pageLayout);
    queueShow();
    await session.sync();
    return { pageLayout: "applied" };
  } catch (error) {
    queueShow();
    await session.sync();
    return { pageLayout: "failed", pageLayoutError: officeErrorText(error) };
  }
}

/**
 * Queue a print setup (Worksheet.pageLayout): orientation, paper size, the print scale in percent
 * (PageLayoutZoomOptions.scale, documented from 10 to 400: the model's scale fits its columns one
 * page wide, as many pages tall as needed), print area and title rows.
 */
function queuePageLayout(sheet: Excel.Worksheet, spec: PageLayoutSpec): void {
  const layout = sheet.pageLayout;
  layout.orientation = spec.orientation as Excel.PageOrientation;
  layout.paperSize = spec.paperSize as Excel.PaperType;
  if (spec.scale !== undefined) layout.zoom = { scale: spec.scale };
  if (spec.printArea !== undefined) layout.setPrintArea(spec.printArea);
  if (spec.printTitleRows !== undefined) layout.setPrintTitleRows(spec.printTitleRows);
}
