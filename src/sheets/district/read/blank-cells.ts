/** The one test of a blank cell and a blank row of a table read, for every room of the district. */

export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function rowIsBlank(row: readonly unknown[]): boolean {
  for (let i = 0; i < row.length; i += 1) if (!isBlankCell(row[i])) return false;
  return true;
}
