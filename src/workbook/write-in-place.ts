/**
 * The writes of an update in place, queued (the caller syncs): the whole rows inserted or deleted
 * so the sheet's rows line up with the model's; then, in one request, the model's cells with
 * their formats cleared first (so nothing of the old styles lingers), the add-in's old cells the
 * model no longer owns emptied, its tables kept under their names (a missing one made under a free
 * name), the finishing and the workbook names. If that request fails, the cells it touched are
 * written back from the sheet as read (restore).
 */
import { rangeAddress } from "../sheets/a1-address";
import type { SheetModel } from "../sheets/sheet-model";
import type { Chunk } from "./chunk-plan";
import { blockWidth, guardText } from "./excel-input";
import type { InPlaceUpdate } from "./in-place-update";
import { queueNames } from "./named-cells";
import type { RowOp } from "./row-alignment";
import { queueFinishing } from "./sheet-finishing";
import type { SheetSnapshot } from "./sheet-snapshot";
import { queueSegment, type GivenTableNames } from "./write-chunks";

/** Queue the row ops, bottom-up, as whole sheet rows (Range.getEntireRow, insert/delete). */
export function queueRowOps(sheet: Excel.Worksheet, ops: readonly RowOp[]): void {
  for (const op of ops) {
    const rows = sheet.getRangeByIndexes(op.row, 0, op.count, 1).getEntireRow();
    if (op.kind === "insert") rows.insert("Down" as Excel.InsertShiftDirection);
    else rows.delete("Up" as Excel.DeleteShiftDirection);
  }
}

/** Clear the formats of every rectangle the model writes, so that only its own styles and formats show. */
function clearModelFormats(sheet: Excel.Worksheet, model: SheetModel): void {
  const clear = (row: number, col: number, rows: number, cols: number) => {
    if (rows > 0 && cols > 0) sheet.getRange(rangeAddress(row, col, rows, cols)).clear("Formats" as Excel.ClearApplyTo);
  };
  for (const block of model.blocks) {
    const rows = Math.max(block.cells.length, block.spill?.rows ?? 0);
    clear(block.row, block.col, rows, Math.max(blockWidth(block), block.spill?.cols ?? 0));
  }
  for (const table of model.tables ?? []) clear(table.row, table.col, table.rows.length + 1, table.headers.length);
}

export interface InPlaceTarget {
  readonly sheetName: string;
  readonly model: SheetModel;
  readonly chunk: Chunk;
  readonly update: InPlaceUpdate;
  readonly snapshot: SheetSnapshot;
}

/** Queue the update's one request of cells (after the row ops): returns the names the model's tables have. */
export function queueInPlaceWrite(context: Excel.RequestContext, target: InPlaceTarget): GivenTableNames {
  const { model, update, snapshot } = target;
  const sheet = context.workbook.worksheets.getItem(target.sheetName);
  clearModelFormats(sheet, model);
  for (const cell of update.check.clear) {
    sheet.getRange(rangeAddress(cell.row, cell.col, 1, 1)).clear("All" as Excel.ClearApplyTo);
  }
  const given: GivenTableNames = new Map();
  const tableNames = [...snapshot.tableNames];
  for (const segment of target.chunk.segments) {
    queueSegment(sheet, segment, tableNames, given, (table) => update.keptTables.get(table));
  }
  queueFinishing(sheet, model);
  queueNames(context.workbook, sheet, target.sheetName, model, snapshot.names);
  return given;
}

/** A cell as read, written back as it was: a formula, or a constant (text that Excel would parse kept as text). */
function restored(content: unknown): string | number | boolean {
  if (typeof content === "number" || typeof content === "boolean") return content;
  const text = content === null || content === undefined ? "" : String(content);
  return text.startsWith("=") ? text : guardText(text);
}

/**
 * Queue writing back, over the rows and columns the update touched, what the sheet held before
 * (its rows as lined up: an inserted row is written empty).
 */
export function queueRestore(context: Excel.RequestContext, target: InPlaceTarget): void {
  const { update, snapshot } = target;
  const { rows, cols } = update.extent;
  const formulas: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < rows; r += 1) {
    const old = update.alignment.oldRow(r);
    const source = old === undefined ? undefined : snapshot.grid.formulas[old];
    const format = old === undefined ? undefined : snapshot.grid.numberFormats[old];
    formulas.push(Array.from({ length: cols }, (_v, c) => restored(source?.[c])));
    formats.push(Array.from({ length: cols }, (_v, c) => format?.[c] ?? "General"));
  }
  if (rows === 0 || cols === 0) return;
  const range = context.workbook.worksheets.getItem(target.sheetName).getRange(rangeAddress(0, 0, rows, cols));
  range.formulas = formulas;
  range.numberFormat = formats;
}
