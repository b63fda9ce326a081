/**
 * An estimate of how a sheet model prints: each row's height from the lines its wrapped cells
 * need, then pages of A4 portrait at Excel's normal margins. Excel measures text with the font's
 * real glyph widths; this uses an average character width, so it is an estimate for docs and tests
 * (a check that the statement stays within a page or two), not a layout engine. Pure.
 */
import type { Block, ModelCell, SheetModel } from "./sheet-model";

/** A4 in points (210 x 297 mm). */
export const A4_POINTS = { width: 595.3, height: 841.9 } as const;
/** Excel's "Normal" margins: 0.7 inch left and right, 0.75 inch top and bottom. */
export const NORMAL_MARGINS_POINTS = { left: 50.4, right: 50.4, top: 54, bottom: 54 } as const;
/** Calibri 11's line height in a row: Excel's default row height, 15 points. */
export const LINE_POINTS = 15;
/** Average width of a Calibri 11 character, in points (Excel's column unit is 7 pixels, 5.25 points). */
export const CHAR_POINTS = 5.25;
/** Cell padding Excel leaves inside a column, in points. */
const PADDING_POINTS = 4;

export interface PrintEstimate {
  /** Width of the printed columns, in points. */
  readonly width: number;
  /** Fit-to-width scale: 1 when the columns fit between the margins. */
  readonly scale: number;
  /** Height of each row from the first, in points (at 100%). */
  readonly rowHeights: readonly number[];
  /** Sum of the row heights, in points (at 100%). */
  readonly height: number;
  /** Pages tall on A4 portrait, the first row repeated on every page after the first. */
  readonly pages: number;
}

function text(cell: ModelCell): string {
  if (cell === null) return "";
  if (typeof cell === "object") return String(cell.preview ?? "");
  return String(cell);
}

/** Lines a text needs in a column `width` points wide, wrapping at spaces. */
export function linesFor(value: string, width: number, sizeScale = 1): number {
  if (value === "") return 1;
  const perLine = Math.max(1, Math.floor((width - PADDING_POINTS) / (CHAR_POINTS * sizeScale)));
  let lines = 1;
  let used = 0;
  for (const word of value.split(/\s+/)) {
    const length = word.length;
    if (used === 0) used = length;
    else if (used + 1 + length <= perLine) used += 1 + length;
    else {
      lines += 1;
      used = length;
    }
    while (used > perLine) {
      lines += 1;
      used -= perLine;
    }
  }
  return lines;
}

/** Estimate the printed size of `model` on A4 portrait, fit to one page wide. */
export function estimatePrint(model: SheetModel): PrintEstimate {
  const widths = model.columnWidths ?? [];
  const wrap = new Set(model.wrapColumns ?? []);
  const rows = new Map<number, number>();
  const grow = (row: number, height: number) => rows.set(row, Math.max(rows.get(row) ?? LINE_POINTS, height));
  let lastRow = 0;
  let lastCol = 0;
  const place = (row: number, col: number, value: string, style: Block["style"]) => {
    lastRow = Math.max(lastRow, row);
    lastCol = Math.max(lastCol, col);
    const size = style === "title" ? 14 / 11 : style === "heading" ? 12 / 11 : 1;
    const wraps = style === "header" || (wrap.has(col) && style !== "title" && style !== "heading" && style !== "note");
    const lines = wraps ? linesFor(value, widths[col] ?? 48, size) : 1;
    grow(row, lines * LINE_POINTS * size);
  };
  for (const block of model.blocks) {
    const values: string[][] = block.spill?.preview
      ? block.spill.preview.map((r) => r.map((v) => String(v)))
      : block.cells.map((r) => r.map(text));
    values.forEach((cells, r) => cells.forEach((v, c) => place(block.row + r, block.col + c, v, block.style)));
  }
  for (const table of model.tables ?? []) {
    table.headers.forEach((h, c) => place(table.row, table.col + c, h, "header"));
    table.rows.forEach((cells, r) =>
      cells.forEach((v, c) => place(table.row + 1 + r, table.col + c, text(v), undefined)),
    );
  }
  const rowHeights = Array.from({ length: lastRow + 1 }, (_v, r) => rows.get(r) ?? LINE_POINTS);
  const width = widths.slice(0, lastCol + 1).reduce((a, b) => a + b, 0);
  const printable = A4_POINTS.width - NORMAL_MARGINS_POINTS.left - NORMAL_MARGINS_POINTS.right;
  const scale = Math.min(1, printable / width);
  const pageHeight = (A4_POINTS.height - NORMAL_MARGINS_POINTS.top - NORMAL_MARGINS_POINTS.bottom) / scale;
  let pages = 1;
  let used = 0;
  const titleHeight = rowHeights[0] ?? 0;
  for (const h of rowHeights) {
    if (used + h > pageHeight) {
      pages += 1;
      used = titleHeight; // the title row repeats at the top of every page
    }
    used += h;
  }
  return { width, scale, rowHeights, height: rowHeights.reduce((a, b) => a + b, 0), pages };
}
