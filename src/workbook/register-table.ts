/**
 * Read the register table the user selected, for the census check: the Excel table holding the
 * selection, else the selection when it is more than one cell (its used part), else the block of
 * cells around the active cell (selected-block.ts). A block's header row is found under any title
 * rows by the register's headers (registerHeaderRow). Syncs: 1 (selection, tables, region) + 1
 * inside a table + 1 per read chunk.
 */
import type { RegisterTable } from "../sheets/register/census-check";
import { registerHeaderRow } from "../sheets/register/register-columns";
import { readSelectedBlock } from "./selected-block";

export interface SelectedRegisterTable {
  readonly sheetName: string;
  /** The Excel table's name, when the register is one. */
  readonly tableName?: string;
  readonly table: RegisterTable;
  /** The cells read, e.g. "Pupils!A1:F41". */
  readonly address: string;
}

export async function readRegisterTable(
  context: Excel.RequestContext,
  onProgress?: (done: number, total: number) => void,
): Promise<SelectedRegisterTable> {
  const block = await readSelectedBlock(
    context,
    {
      what: "Reading the register table",
      tooSmall:
        "Select a cell of the register: a header row (SEN Status, Primary Need, ...) with at least one pupil below it.",
      selectionFirst: true,
    },
    onProgress,
  );
  const { values, tableName } = block;
  const h = tableName ? 0 : registerHeaderRow(values);
  return {
    sheetName: block.sheetName,
    ...(tableName ? { tableName } : {}),
    table: {
      headers: values[h] ?? [],
      rows: values.slice(h + 1),
      origin: { row: block.rowIndex + h, col: block.columnIndex },
    },
    address: block.address,
  };
}
