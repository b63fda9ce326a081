/**
 * The cells a dynamic-array formula will spill into: what they hold now and which Excel tables
 * they lie in (a spill into a table is always #SPILL!), and writing formulas into their anchor
 * cells, clearing the spill cells first when the user agreed to. Thin Office.js edge: values and
 * formulas, Range.getTables (ExcelApi 1.9, the manifest's floor).
 */
import { cellAddress, parseAddress } from "../sheets/a1-address";

/** A cell that holds something: its address and its formula, or its value. */
export interface FilledCell {
  readonly address: string;
  readonly content: unknown;
}

export interface SpillAreaContent {
  /** The area looked at, e.g. "H1:K17". */
  readonly area: string;
  /** Its cells that hold a value or a formula, in reading order. */
  readonly filled: readonly FilledCell[];
  /** The Excel tables the area overlaps. */
  readonly tables: readonly string[];
}

function filledCells(area: string, formulas: unknown[][], values: unknown[][]): FilledCell[] {
  const p = parseAddress(area);
  const filled: FilledCell[] = [];
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      const content = formula !== "" && formula !== null && formula !== undefined ? formula : values[r]?.[c];
      if (content !== "" && content !== null && content !== undefined)
        filled.push({ address: cellAddress(p.row + r, p.col + c), content });
    }),
  );
  return filled;
}

/** What each area on `sheetName` holds and the tables it overlaps. 1 sync. */
export async function readSpillAreas(
  context: Excel.RequestContext,
  sheetName: string,
  areas: readonly string[],
): Promise<SpillAreaContent[]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const reads = areas.map((area) => {
    const range = sheet.getRange(area);
    range.load("values,formulas");
    const tables = range.getTables(false);
    tables.load("items/name");
    return { area, range, tables };
  });
  await context.sync();
  return reads.map(({ area, range, tables }) => ({
    area,
    filled: filledCells(area, range.formulas, range.values),
    tables: tables.items.map((t) => t.name),
  }));
}

/** A formula for an anchor cell, with the area it spills into (the anchor included). */
export interface SpillFormula {
  readonly cell: string;
  readonly area: string;
  readonly formula: string;
}

/**
 * Write each formula into its cell on `sheetName`, first emptying its spill area when `clear`
 * (only after the user confirmed), and select the first. 1 sync.
 */
export async function writeSpillFormulas(
  context: Excel.RequestContext,
  sheetName: string,
  formulas: readonly SpillFormula[],
  clear: boolean,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  for (const { area } of clear ? formulas : []) {
    const p = parseAddress(area);
    sheet.getRange(area).values = Array.from({ length: p.rowCount }, () => Array<string>(p.colCount).fill(""));
  }
  for (const { cell, formula } of formulas) sheet.getRange(cell).formulas = [[formula]];
  if (formulas[0]) sheet.getRange(formulas[0].cell).select();
  await context.sync();
}
