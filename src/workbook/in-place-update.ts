/**
 * What an update in place will do, worked out from the sheet as read (sheet-snapshot.ts) before
 * anything is written (pure: no Office.js): the whole rows to insert or delete so that the sheet's
 * rows fall where the model's do (row-alignment.ts), the cells the user typed that it would write
 * over or remove and the add-in's old cells it empties (update-check.ts), and which of the model's
 * tables are already on the sheet, so that they keep their names.
 */
import type { SheetModel, TableSpec } from "../sheets/sheet-model";
import { cellsExtent, columnATexts, modelCells, type ModelCells } from "./model-cells";
import { alignRows, type Alignment, type Anchor, type DeletionCost, type RowOp } from "./row-alignment";
import type { SheetSnapshot, SheetTable } from "./sheet-snapshot";
import { checkUpdate, gridContent, type UpdateCheck } from "./update-check";
import { SheetWriteError } from "./write-session";

export interface InPlaceUpdate {
  readonly alignment: Alignment;
  readonly check: UpdateCheck;
  /** The model's tables already on the sheet once the rows are lined up: each keeps its name. */
  readonly keptTables: ReadonlyMap<TableSpec, string>;
  /** The rows and columns from A1 the write touches (restored from the snapshot if it fails). */
  readonly extent: { readonly rows: number; readonly cols: number };
}

/** The key of the anchor after a table: its first header's text. */
function tableEndKey(firstHeader: unknown): string {
  return `\u0001${String(firstHeader ?? "").trim()}`;
}

/** The sheet's anchors: each row's text in column A, and the row after each table. */
export function sheetAnchors(snapshot: SheetSnapshot): Anchor[] {
  const anchors: Anchor[] = [];
  snapshot.grid.values.forEach((row, r) => {
    const text = row[0];
    if (typeof text === "string" && text.trim() !== "") anchors.push({ row: r, key: text.trim() });
  });
  for (const t of snapshot.tables) {
    const header = snapshot.grid.values[t.row]?.[t.col];
    anchors.push({ row: t.row + t.rows, key: tableEndKey(header), tableEnd: true });
  }
  return anchors;
}

/** The model's anchors: each row's constant text in column A, and the row after each table. */
export function modelAnchors(model: SheetModel, cells: ModelCells): Anchor[] {
  const anchors: Anchor[] = [...columnATexts(cells)].map(([row, key]) => ({ row, key }));
  for (const t of model.tables ?? []) {
    anchors.push({ row: t.row + 1 + t.rows.length, key: tableEndKey(t.headers[0]), tableEnd: true });
  }
  return anchors;
}

/** Where a table of the sheet lies once the row ops are done, as Excel moves, grows and shrinks it. */
export function tableAfter(table: SheetTable, ops: readonly RowOp[]): SheetTable | undefined {
  let { row: top, rows } = table;
  for (const op of ops) {
    const last = top + rows - 1;
    if (op.kind === "insert") {
      if (op.row <= top) top += op.count;
      else if (op.row <= last) rows += op.count;
      continue;
    }
    const end = op.row + op.count;
    if (op.row <= top && end > top) return undefined; // its header row deleted
    const above = Math.max(0, Math.min(top, end) - op.row);
    rows -= Math.max(0, Math.min(last + 1, end) - Math.max(top + 1, op.row));
    top -= above;
  }
  return { ...table, row: top, rows };
}

function overlaps(a: SheetTable, spec: TableSpec): boolean {
  const rows = spec.rows.length + 1;
  const cols = spec.headers.length;
  return a.row < spec.row + rows && spec.row < a.row + a.rows && a.col < spec.col + cols && spec.col < a.col + a.cols;
}

/** The model's tables the sheet already has, in their place and size once lined up; any other overlap is refused. */
function keptTables(snapshot: SheetSnapshot, model: SheetModel, ops: readonly RowOp[]): Map<TableSpec, string> {
  const after = snapshot.tables.map((t) => tableAfter(t, ops)).filter((t): t is SheetTable => t !== undefined);
  const kept = new Map<TableSpec, string>();
  for (const spec of model.tables ?? []) {
    const there = after.filter((t) => overlaps(t, spec));
    const same = there.find(
      (t) =>
        t.row === spec.row && t.col === spec.col && t.rows === spec.rows.length + 1 && t.cols === spec.headers.length,
    );
    if (same && there.length === 1) {
      kept.set(spec, same.name);
    } else if (there.length > 0) {
      throw new SheetWriteError(
        `Could not update the sheet "${snapshot.sheetName}": its table ${there[0]!.name} is not where the update puts the table ${spec.name} (it has been moved or resized). Nothing was written.`,
        undefined,
      );
    }
  }
  return kept;
}

/** The extent of what the write touches: the model's cells and the cells it empties. */
function touched(cells: ModelCells, check: UpdateCheck): { rows: number; cols: number } {
  const extent = cellsExtent(cells);
  for (const c of check.clear) {
    extent.rows = Math.max(extent.rows, c.row + 1);
    extent.cols = Math.max(extent.cols, c.col + 1);
  }
  return extent;
}

/**
 * What deleting a row of the sheet costs: one for each cell holding something, a hundred for one
 * beyond the model's columns (the user's own, such as a note in D): empty rows go first.
 */
function deletionCost(snapshot: SheetSnapshot, cells: ModelCells): DeletionCost {
  const modelCols = cellsExtent(cells).cols;
  return (row) => {
    let cost = 0;
    for (let col = 0; col < snapshot.cols; col += 1) {
      if (gridContent(snapshot.grid, row, col) !== "") cost += col < modelCols ? 1 : 100;
    }
    return cost;
  };
}

/** Work out the update of the sheet read as `snapshot` to `model`; `previous` is the model the sheet holds now. */
export function planInPlaceUpdate(snapshot: SheetSnapshot, model: SheetModel, previous?: SheetModel): InPlaceUpdate {
  const cells = modelCells(model);
  const alignment = alignRows(sheetAnchors(snapshot), modelAnchors(model, cells), deletionCost(snapshot, cells));
  const check = checkUpdate({
    grid: snapshot.grid,
    alignment,
    cells,
    previous: previous ? modelCells(previous) : undefined,
    typedCells: model.typedCells,
  });
  return { alignment, check, keptTables: keptTables(snapshot, model, alignment.ops), extent: touched(cells, check) };
}

/** The rows and columns both models cover: what the snapshot must read at least. */
export function modelsExtent(model: SheetModel, previous: SheetModel | undefined): { rows: number; cols: number } {
  const a = cellsExtent(modelCells(model));
  const b = previous ? cellsExtent(modelCells(previous)) : { rows: 0, cols: 0 };
  return { rows: Math.max(a.rows, b.rows), cols: Math.max(a.cols, b.cols) };
}
