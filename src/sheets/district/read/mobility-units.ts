/** How a district table's mobility column is read: shares (0.13) or whole percentages (13), decided once for the column. */
import { headerUnit, type ColumnMapping } from "./header-detection";
import type { DistrictSource } from "./read-types";

/** How the mobility column's numbers are read. */
export interface MobilityUnits {
  /** "fraction": 0.13 is 13% (as Excel holds 13%); "percent": whole numbers are percentages (13 is 13%). */
  readonly mode: "fraction" | "percent";
  /** Said once in the mapping notes when the numbers are read as percentages. */
  readonly note?: string;
  /** The column mixes shares (0.13) and whole percentages (13): the user fixes it; nothing is guessed row by row. */
  readonly problem?: string;
}

/**
 * Decide once, for the whole mobility column, what its numbers mean: when its header names a
 * percentage ("Mobility %", "Turnover rate") or it holds numbers above 1, whole numbers are
 * percentages (13 means 13%); a column holding both shares between 0 and 1 (0.13) and numbers
 * above 1 (13) is a problem to fix. Text such as "13%" is read as written either way.
 */
export function mobilityUnits(source: DistrictSource, mapping: ColumnMapping): MobilityUnits | undefined {
  const column = mapping.mobility;
  if (column === undefined) return undefined;
  const header = source.headers[column];
  const name =
    header === null || header === undefined || String(header).trim() === ""
      ? `column ${column + 1}`
      : `"${String(header).trim()}"`;
  let fractionRow = -1;
  let overOneRow = -1;
  const rows = source.rows;
  for (let i = 0; i < rows.length; i += 1) {
    const v = rows[i]![column];
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    if (v > 0 && v < 1 && fractionRow < 0) fractionRow = i;
    else if (v > 1 && overOneRow < 0) overOneRow = i;
    if (fractionRow >= 0 && overOneRow >= 0) break;
  }
  const sheetRow = (i: number): number => source.headerRow + 2 + i;
  if (fractionRow >= 0 && overOneRow >= 0)
    return {
      mode: "fraction",
      problem: `${name} mixes shares such as ${String(rows[fractionRow]![column])} (row ${sheetRow(fractionRow)}) with whole percentages such as ${String(rows[overOneRow]![column])} (row ${sheetRow(overOneRow)}): write every mobility the same way (13% or 0.13) before building the summary, or choose no mobility column.`,
    };
  if (overOneRow >= 0 || (headerUnit(header) === "percent" && fractionRow < 0))
    return {
      mode: "percent",
      note: `${name} ${overOneRow >= 0 ? "holds numbers above 1" : "is headed as a percentage"}: its numbers are read as percentages for the whole column (13 means 13%).`,
    };
  return { mode: "fraction" };
}
