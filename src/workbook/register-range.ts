/**
 * The Excel side of the register check: read the selected column (only its used part, so a
 * whole-column selection such as C:C works), and add or remove the highlight of invalid cells.
 * The highlight is a conditional format (a fill), never a change to a cell's value or its own
 * fill, so removing it leaves the register exactly as it was. Thin Office.js edge, within the
 * manifest's floor (ExcelApi 1.9): the selection's areas and its table (getSelectedRanges,
 * Range.getTables), one conditional format per group of areas (Worksheet.getRanges).
 */
import { localAddress, parseAddress, rangeAddress } from "../sheets/a1-address";
import type { RegisterColumnCells } from "../sheets/register/register-formula";
import { readValuesChunked } from "./read-values";
import { SelectionError } from "./selection";
import { checkOneArea, queueSelection } from "./selection";

/** Marks our conditional formats: N(text) is 0, so the rule is always true; the text tells us it is ours. */
export const HIGHLIGHT_MARKER = "SEND register check";
export const HIGHLIGHT_FORMULA = `=N("${HIGHLIGHT_MARKER}")=0`;
/** Light red fill with dark red text: WCAG AA contrast. */
export const HIGHLIGHT_FILL = "#FFC7CE";
export const HIGHLIGHT_FONT = "#9C0006";

export interface SelectedRegister extends RegisterColumnCells {
  readonly sheetName: string;
  /** The used part of the selection, or the table column's data rows, e.g. "Register!C2:C240". */
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly values: unknown[][];
}

/**
 * The selected column: when the selection is one column wide and lies in an Excel table with its
 * header row showing (one cell is enough, even a blank one), the whole table column's data rows
 * (Range.getTables); otherwise the used part of the selection, so a whole-column
 * selection such as C:C works. A blank selection outside any table is refused in words.
 */
export async function readSelectedRegister(
  context: Excel.RequestContext,
  onProgress?: (done: number, total: number) => void,
): Promise<SelectedRegister> {
  const selection = queueSelection(context);
  const selected = selection.range;
  selected.load("columnIndex,columnCount");
  const used = selected.getUsedRangeOrNullObject(true);
  used.load("address,rowIndex,columnIndex,rowCount,columnCount");
  const sheet = selected.worksheet;
  sheet.load("name");
  const tables = selected.getTables(false);
  tables.load("items/name,items/showHeaders,items/showTotals");
  await context.sync();
  checkOneArea(selection, "Reading the selected column");
  const table = selected.columnCount === 1 ? tables.items.find((t) => t.showHeaders) : undefined;
  if (table) return readTableColumn(context, sheet, table, selected.columnIndex, onProgress);
  if (used.isNullObject)
    throw new SelectionError(
      "The selected cells are empty and not in an Excel table: select the column of SEN codes (for example C2:C240), or any cell of the register table's SEN status column.",
    );
  const values = await readValuesChunked(
    context,
    sheet,
    used.rowIndex,
    used.columnIndex,
    used.rowCount,
    used.columnCount,
    onProgress,
  );
  const parsed = parseAddress(used.address);
  return { sheetName: sheet.name, address: used.address, row: parsed.row, col: parsed.col, values };
}

/** Column `col` of `table`: its header's text and its data rows (a totals row left out). 2 syncs + 1 per read chunk. */
async function readTableColumn(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  table: Excel.Table,
  col: number,
  onProgress?: (done: number, total: number) => void,
): Promise<SelectedRegister> {
  const whole = table.getRange();
  whole.load("rowIndex,rowCount");
  await context.sync();
  const column = await headerText(context, sheet, whole.rowIndex, col);
  const rows = whole.rowCount - 1 - (table.showTotals ? 1 : 0);
  const values = rows > 0 ? await readValuesChunked(context, sheet, whole.rowIndex + 1, col, rows, 1, onProgress) : [];
  const address = `${sheet.name}!${rangeAddress(whole.rowIndex + 1, col, Math.max(rows, 1), 1)}`;
  return { sheetName: sheet.name, address, row: whole.rowIndex + 1, col, values, table: { name: table.name, column } };
}

/** The text of a table's header cell (row `row`, column `col` of the sheet), trimmed. 1 sync. */
async function headerText(context: Excel.RequestContext, sheet: Excel.Worksheet, row: number, col: number) {
  const header = sheet.getRangeByIndexes(row, col, 1, 1);
  header.load("values");
  await context.sync();
  return String(header.values[0]?.[0] ?? "").trim();
}

function addHighlight(formats: Excel.ConditionalFormatCollection): void {
  const format = formats.add("Custom" as Excel.ConditionalFormatType);
  format.custom.rule.formula = HIGHLIGHT_FORMULA;
  format.custom.format.fill.color = HIGHLIGHT_FILL;
  format.custom.format.font.color = HIGHLIGHT_FONT;
}

/** Highlight the invalid cells: one conditional format per group of areas (see invalidAreas). Returns the formats added. 1 sync. */
export async function highlightCells(
  context: Excel.RequestContext,
  sheetName: string,
  areaGroups: readonly (readonly string[])[],
): Promise<number> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  let added = 0;
  for (const group of areaGroups) {
    if (group.length === 0) continue;
    // eslint-disable-next-line office-addins/load-object-before-read -- a navigation property: it needs no load
    addHighlight(sheet.getRanges(group.join(",")).conditionalFormats);
    added += 1;
  }
  await context.sync();
  return added;
}

/**
 * Remove every highlight this check added within `address`: the custom conditional formats whose
 * rule holds `marker` (the register check's, or another check's). Other conditional formats stay.
 * 2-3 syncs.
 */
export async function removeHighlights(
  context: Excel.RequestContext,
  sheetName: string,
  address: string,
  marker: string = HIGHLIGHT_MARKER,
): Promise<number> {
  const range = context.workbook.worksheets.getItem(sheetName).getRange(localAddress(address));
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property: it needs no load
  const formats = range.conditionalFormats;
  formats.load("items/type");
  await context.sync();
  const custom = formats.items.filter((f) => f.type === ("Custom" as Excel.ConditionalFormatType));
  for (const f of custom) f.custom.rule.load("formula");
  if (custom.length > 0) await context.sync();
  let removed = 0;
  for (const f of custom) {
    if (f.custom.rule.formula.includes(marker)) {
      f.delete();
      removed += 1;
    }
  }
  if (removed > 0) await context.sync();
  return removed;
}

/** Write a formula into one cell and select it. 1 sync. */
export async function writeFormula(
  context: Excel.RequestContext,
  sheetName: string,
  cell: string,
  formula: string,
): Promise<void> {
  const range = context.workbook.worksheets.getItem(sheetName).getRange(cell);
  range.formulas = [[formula]];
  range.select();
  await context.sync();
}
