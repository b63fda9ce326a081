/**
 * The cells a SheetModel owns, one by one (pure: no Office.js): every cell of its blocks'
 * rectangles, of the areas its formulas spill into and of its tables, with what the writer puts in
 * each (the Excel input of excel-input.ts; a spill area's other cells hold what Excel spills). An
 * update in place writes these cells and no other, and tells what the add-in wrote on a sheet from
 * what the user typed there by them.
 */
import type { SheetModel } from "../sheets/sheet-model";
import { blockWidth, guardText, inputRow, type ExcelInput } from "./excel-input";

/** A cell of a spill area other than its anchor: Excel fills it from the anchor's formula. */
export const SPILLED = Symbol("spilled");

export type OwnedCell = ExcelInput | typeof SPILLED;

/** A model's cells by key (cellKey), in the order the writer writes them. */
export type ModelCells = Map<string, OwnedCell>;

/** The key of a zero-based cell in a ModelCells map. */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/** The zero-based row and column of a cellKey. */
export function keyCell(key: string): { row: number; col: number } {
  const [row, col] = key.split(",").map(Number) as [number, number];
  return { row, col };
}

function putSpill(cells: ModelCells, row: number, col: number, rows: number, cols: number): void {
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const key = cellKey(row + r, col + c);
      if (!cells.has(key)) cells.set(key, SPILLED);
    }
  }
}

/** Every cell `model` owns and what it writes there. Throws as the writer would on a cell Excel cannot take. */
export function modelCells(model: SheetModel): ModelCells {
  const cells: ModelCells = new Map();
  for (const table of model.tables ?? []) {
    const width = table.headers.length;
    table.headers.forEach((h, c) => cells.set(cellKey(table.row, table.col + c), guardText(h)));
    table.rows.forEach((row, r) =>
      inputRow(row, width).forEach((v, c) => cells.set(cellKey(table.row + 1 + r, table.col + c), v)),
    );
  }
  for (const block of model.blocks) {
    const width = blockWidth(block);
    block.cells.forEach((row, r) =>
      inputRow(row, width).forEach((v, c) => cells.set(cellKey(block.row + r, block.col + c), v)),
    );
    if (block.spill) putSpill(cells, block.row, block.col, block.spill.rows, block.spill.cols);
  }
  return cells;
}

/** The value Excel shows for what the writer puts in a cell: a text prefix dropped (a formula is its text). */
export function shownValue(input: ExcelInput): ExcelInput {
  return typeof input === "string" && input.startsWith("'") ? input.slice(1) : input;
}

/**
 * The text in column A of each row the model writes a constant there (labels, headings, notes,
 * table headers and items), by row: how an update finds the model's rows on the sheet again.
 */
export function columnATexts(cells: ModelCells): Map<number, string> {
  const texts = new Map<number, string>();
  for (const [key, value] of cells) {
    const { row, col } = keyCell(key);
    if (col !== 0 || value === SPILLED || typeof value !== "string" || value.startsWith("=")) continue;
    const text = String(shownValue(value)).trim();
    if (text !== "") texts.set(row, text);
  }
  return texts;
}

/** Rows and columns from A1 that the cells cover. */
export function cellsExtent(cells: ModelCells): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const key of cells.keys()) {
    const { row, col } = keyCell(key);
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  }
  return { rows, cols };
}
