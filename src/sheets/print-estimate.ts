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

/** Excel's default column width in points (8.43 characters, 64 pixels). */
export const DEFAULT_COLUMN_POINTS = 48;

/** Width between Excel's normal margins on A4, in points. */
export function printableWidth(orientation: "Portrait" | "Landscape"): number {
  const paper = orientation === "Portrait" ? A4_POINTS.width : A4_POINTS.height;
  return paper - NORMAL_MARGINS_POINTS.left - NORMAL_MARGINS_POINTS.right;
}

/**
 * The print scale, in whole percent, at which the first `columns` columns (widths in points from
 * column A, Excel's default beyond them) fit one A4 page wide: 100 when they fit, never below 10
 * (PageLayoutZoomOptions.scale takes 10 to 400). Rounded down, so the columns always fit.
 */
export function fitWidthScale(
  widths: readonly number[],
  columns: number,
  orientation: "Portrait" | "Landscape",
): number {
  let width = 0;
  for (let c = 0; c < columns; c += 1) width += widths[c] ?? DEFAULT_COLUMN_POINTS;
  const percent = Math.floor((printableWidth(orientation) / width) * 100);
  return Math.max(10, Math.min(100, percent));
}

export interface PrintEstimate {
  /** Width of the printed columns, in points. */
  readonly width: number;
  /** The print scale as a fraction (fitWidthScale / 100): 1 when the columns fit between the margins. */
  readonly scale: number;
  /** Height of each row from the first, in points (at 100%). */
  readonly rowHeights: readonly number[];
  /** Sum of the row heights, in points (at 100%). */
  readonly height: number;
  /** Pages tall on A4 portrait, the first row repeated on every page after the first. */
  readonly pages: number;
}

/** A cell's text as it prints, or undefined for a number or a logical value (Excel never wraps them). */
function text(cell: ModelCell | string | number | boolean | undefined): string | undefined {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return text(cell.preview);
  return typeof cell === "string" ? cell : undefined;
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

/**
 * A text cut at spaces into lines that each fit `width` points at CHAR_POINTS a character, with a
 * twentieth kept spare for wider glyphs (a word longer than a line has a line to itself). For notes
 * written one line a row, so that none runs past the printed columns.
 */
export function fitLines(text: string, width: number): string[] {
  const perLine = Math.max(1, Math.floor((width * 0.95 - PADDING_POINTS) / CHAR_POINTS));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= perLine) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

/** Estimate the printed size of `model` on A4 portrait, at the scale that fits it one page wide. */
export function estimatePrint(model: SheetModel): PrintEstimate {
  const widths = model.columnWidths ?? [];
  const wrap = new Set(model.wrapColumns ?? []);
  const rows = new Map<number, number>();
  const grow = (row: number, height: number) => rows.set(row, Math.max(rows.get(row) ?? LINE_POINTS, height));
  let lastRow = 0;
  let lastCol = 0;
  const place = (row: number, col: number, value: string | undefined, style: Block["style"]) => {
    lastRow = Math.max(lastRow, row);
    lastCol = Math.max(lastCol, col);
    const size = style === "title" ? 14 / 11 : style === "heading" ? 12 / 11 : 1;
    const wraps = style === "header" || (wrap.has(col) && style !== "title" && style !== "heading" && style !== "note");
    const lines = wraps && value !== undefined ? linesFor(value, widths[col] ?? DEFAULT_COLUMN_POINTS, size) : 1;
    grow(row, lines * LINE_POINTS * size);
  };
  for (const block of model.blocks) {
    const values = block.spill?.preview ? block.spill.preview : block.cells;
    values.forEach((cells, r) => cells.forEach((v, c) => place(block.row + r, block.col + c, text(v), block.style)));
  }
  for (const table of model.tables ?? []) {
    table.headers.forEach((h, c) => place(table.row, table.col + c, h, "header"));
    table.rows.forEach((cells, r) =>
      cells.forEach((v, c) => place(table.row + 1 + r, table.col + c, text(v), undefined)),
    );
  }
  const rowHeights = Array.from({ length: lastRow + 1 }, (_v, r) => rows.get(r) ?? LINE_POINTS);
  const width = widths.slice(0, lastCol + 1).reduce((a, b) => a + b, 0);
  const scale = fitWidthScale(widths, lastCol + 1, "Portrait") / 100;
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
