/**
 * The section pattern (docs/CONVENTIONS.md): a sheet model is an ordered list of named sections.
 * A section is a function from its inputs (the model's context: the checked inputs and what is
 * worked out from them once) and the row it starts on to its blocks, tables and charts and the
 * row after it. The model is the fold of its list from the top of the sheet, so adding a section
 * is one function and one line in the list. Everything a section needs comes in its arguments.
 */
import type { Block, CellRef, CellStyle, ChartSpec, DropDown, ModelCell, NamedCell, TableSpec } from "./sheet-model";

/**
 * What one section puts on the sheet, and the first row after it (blank rows it leaves included):
 * its blocks, tables and charts, the workbook names of the figures in it users link to, the
 * drop-downs of its yes/no cells and the cells in it the user fills in.
 */
export interface SectionOutput {
  readonly blocks: readonly Block[];
  readonly tables?: readonly TableSpec[];
  readonly charts?: readonly ChartSpec[];
  readonly names?: readonly NamedCell[];
  readonly dropDowns?: readonly DropDown[];
  readonly typedCells?: readonly CellRef[];
  readonly nextRow: number;
}

/** One section of a sheet: from the model's context and its zero-based start row to its output. */
export type Section<I> = (inputs: I, startRow: number) => SectionOutput;

/** The sections' output in list order, and the row after the last one. */
export interface FoldedSections {
  readonly blocks: Block[];
  readonly tables: TableSpec[];
  readonly charts: ChartSpec[];
  readonly names: NamedCell[];
  readonly dropDowns: DropDown[];
  readonly typedCells: CellRef[];
  readonly nextRow: number;
}

/** Build each section in turn, each starting on the row the one before it left off. */
export function foldSections<I>(sections: readonly Section<I>[], inputs: I, startRow = 0): FoldedSections {
  const folded: FoldedSections = {
    blocks: [],
    tables: [],
    charts: [],
    names: [],
    dropDowns: [],
    typedCells: [],
    nextRow: startRow,
  };
  let row = startRow;
  for (const section of sections) {
    const out = section(inputs, row);
    folded.blocks.push(...out.blocks);
    folded.tables.push(...(out.tables ?? []));
    folded.charts.push(...(out.charts ?? []));
    folded.names.push(...(out.names ?? []));
    folded.dropDowns.push(...(out.dropDowns ?? []));
    folded.typedCells.push(...(out.typedCells ?? []));
    row = out.nextRow;
  }
  return { ...folded, nextRow: row };
}

/** The drop-down of a yes/no cell: the TRUE and FALSE the sheet's formulas and functions read. */
export function yesNoDropDown(row: number, col: number): DropDown {
  return { row, col, choices: ["TRUE", "FALSE"] };
}

/**
 * For a section whose cells other sections refer to by address, worked out before the fold (the
 * inputs, the statement's guide, the district's schools table): fail at once when the list puts
 * it anywhere else, rather than write formulas that point at the wrong cells.
 */
export function expectStartRow(section: string, startRow: number, expected: number): void {
  if (startRow !== expected) {
    throw new Error(`The ${section} section must start on row ${expected + 1}; it starts on row ${startRow + 1}.`);
  }
}

/** A one-cell block in column A with a style: a title, a heading, a note line. */
export function textBlock(row: number, text: ModelCell, style: CellStyle): Block {
  return { row, col: 0, cells: [[text]], style };
}

/** A label row: label in A, the value in B with its number format (null: General). */
export type LabelRow = readonly [string, ModelCell, string | null];

/** Label rows from `startRow`, one block a row so each value keeps its own number format. */
export function labelRowBlocks(rows: readonly LabelRow[], startRow: number): Block[] {
  return rows.map(([label, value, format], i) => ({
    row: startRow + i,
    col: 0,
    cells: [[label, value]],
    numberFormat: [null, format],
    style: "label",
  }));
}

/** A note block in column A, one line a row. */
export function noteBlock(lines: readonly ModelCell[], row: number): Block {
  return { row, col: 0, cells: lines.map((line) => [line]), style: "note" };
}

/**
 * The common shape of a section: a heading, label rows under it, note lines under those, then one
 * blank row.
 */
export function labelRowsSection(
  heading: string,
  rows: readonly LabelRow[],
  notes: readonly ModelCell[],
  startRow: number,
): SectionOutput {
  const first = startRow + 1;
  const blocks = [textBlock(startRow, heading, "heading"), ...labelRowBlocks(rows, first)];
  if (notes.length > 0) blocks.push(noteBlock(notes, first + rows.length));
  return { blocks, nextRow: first + rows.length + notes.length + 1 };
}
