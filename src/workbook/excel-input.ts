/**
 * What a SheetModel's cells become in Excel (pure: no Office.js): each cell as Range.formulas takes
 * it, rows padded to their rectangle's width, number formats as rows, and the rectangles the model
 * fills (a block's width, the model's extent). User text is written as text: a string starting with
 * = + - @ (or looking like a number) gets Excel's leading-apostrophe text prefix, so it never
 * becomes a formula.
 */
import type { Block, ModelCell, SheetModel, TableSpec } from "../sheets/sheet-model";

export type ExcelInput = string | number | boolean;

/**
 * Text that Excel would read as a formula, a number (scientific notation too: the DfE's "1e+05"),
 * a date, a logical value or a prefix character.
 */
const TEXT_NEEDS_GUARD =
  /^(?:[=+\-@']|\s*[-+]?[\d£$.,]+%?\s*$|\s*[-+]?\d*\.?\d+e[-+]?\d+\s*$|\s*\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?\s*$|\s*(?:true|false)\s*$)/i;

/** A string as Excel input that stays the same text: a leading apostrophe when Excel would otherwise parse it. */
export function guardText(text: string): string {
  return text !== "" && TEXT_NEEDS_GUARD.test(text) ? `'${text}` : text;
}

/** One model cell as the value to put in Range.formulas. */
export function toExcelInput(cell: ModelCell): ExcelInput {
  if (cell === null) return "";
  if (typeof cell === "string") return guardText(cell);
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new Error(`a cell holds ${cell}, which Excel cannot store`);
    return cell === 0 ? 0 : cell;
  }
  if (typeof cell === "boolean") return cell;
  if (typeof cell.formula !== "string" || !cell.formula.startsWith("=")) {
    throw new Error(`a formula cell must start with "="; it was ${JSON.stringify(cell.formula)}`);
  }
  return cell.formula;
}

/** A row of model cells as Excel input, `width` wide. */
export function inputRow(cells: readonly ModelCell[], width: number): ExcelInput[] {
  const out = new Array<ExcelInput>(width);
  for (let c = 0; c < width; c += 1) out[c] = toExcelInput(c < cells.length ? (cells[c] ?? null) : null);
  return out;
}

/** A block's or table's number format as one row of Range.numberFormat, `width` wide ("General" where none is given). */
export function formatRow(
  numberFormat: Block["numberFormat"] | TableSpec["numberFormat"],
  width: number,
): string[] | undefined {
  if (numberFormat === undefined) return undefined;
  const row = new Array<string>(width);
  for (let c = 0; c < width; c += 1) {
    const f = typeof numberFormat === "string" ? numberFormat : numberFormat[c];
    row[c] = f ?? "General";
  }
  return row;
}

/** A block's width: its longest row. */
export function blockWidth(block: Block): number {
  let width = 0;
  for (const row of block.cells) if (row.length > width) width = row.length;
  return width;
}

/** Rows and columns from A1 that the model's blocks (spills included) and tables cover. */
export function modelExtent(model: SheetModel): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const block of model.blocks) {
    rows = Math.max(rows, block.row + Math.max(block.cells.length, block.spill?.rows ?? 0));
    cols = Math.max(cols, block.col + Math.max(blockWidth(block), block.spill?.cols ?? 0));
  }
  for (const table of model.tables ?? []) {
    rows = Math.max(rows, table.row + table.rows.length + 1);
    cols = Math.max(cols, table.col + table.headers.length);
  }
  return { rows, cols };
}
