/**
 * Read the district table the user selected: the Excel table holding the active cell, or else
 * the block of cells around it (its first recognisable row is the header), as selected-block.ts
 * reads it. Returns a DistrictSource for the summary model. Syncs: 1 (selection, tables, region) +
 * 1 when inside a table + 1 per read chunk.
 */
import type { DistrictSource } from "../sheets/district/read/read-types";
import { findHeaderRow } from "../sheets/district/read/header-detection";
import { readSelectedBlock } from "./selected-block";

export interface SelectedDistrict {
  readonly source: DistrictSource;
  /** Where it came from, for the pane and the sheet: "Schools!A1:H115" or "table Schools (Schools!A1:H115)". */
  readonly label: string;
  /** The Excel table's name when the selection is in one (lookups then name its columns: Schools[[URN]]). */
  readonly tableName?: string;
}

export async function readSelectedDistrict(
  context: Excel.RequestContext,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<SelectedDistrict> {
  const block = await readSelectedBlock(
    context,
    {
      what: "Reading the selected table",
      tooSmall: "Select a cell inside the table of schools: a header row with at least one school below it.",
    },
    onProgress,
    signal,
  );
  const { values, tableName, address } = block;
  const headerOffset = tableName ? 0 : findHeaderRow(values);
  return {
    source: {
      sheetName: block.sheetName,
      headerRow: block.rowIndex + headerOffset,
      firstCol: block.columnIndex,
      headers: values[headerOffset] ?? [],
      rows: values.slice(headerOffset + 1),
    },
    label: tableName ? `table ${tableName} (${address})` : address,
    ...(tableName ? { tableName } : {}),
  };
}
