/**
 * Excel's rules for worksheet names, as pure functions (no Office types), so the writer can pick
 * a free, valid name without asking Excel twice:
 * - at most 31 characters;
 * - none of the characters [ ] : * ? / \ ;
 * - not starting or ending with an apostrophe;
 * - not blank, and not the reserved name "History";
 * - unique in the workbook, compared without regard to case.
 */

export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;
// Control characters cannot be typed into a sheet tab either.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;
const RESERVED = new Set(["history"]);

/** Why a name is not a valid sheet name, or undefined when it is. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > MAX_SHEET_NAME_LENGTH) return `a sheet name can have at most ${MAX_SHEET_NAME_LENGTH} characters`;
  if (/[[\]:*?/\\]/.test(name)) return "a sheet name cannot contain any of [ ] : * ? / \\";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return "a sheet name cannot contain control characters";
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name cannot start or end with an apostrophe";
  if (RESERVED.has(name.toLowerCase())) return `"${name}" is reserved by Excel`;
  return undefined;
}

function trimApostrophes(text: string): string {
  return text.replace(/^[\s']+/, "").replace(/[\s']+$/, "");
}

/** Turn any wanted title into a valid sheet name (not yet checked for uniqueness). */
export function sanitizeSheetName(wanted: string, fallback = "Sheet"): string {
  let name = wanted.replace(CONTROL, " ").replace(FORBIDDEN, " ").replace(/\s+/g, " ");
  name = trimApostrophes(name);
  if (name.length > MAX_SHEET_NAME_LENGTH) name = trimApostrophes(name.slice(0, MAX_SHEET_NAME_LENGTH));
  if (name === "") name = fallback;
  if (RESERVED.has(name.toLowerCase())) name = `${name} sheet`;
  return name;
}

/** Excel compares sheet names without regard to case. */
export function sheetNameKey(name: string): string {
  return name.toLocaleLowerCase("en-GB");
}

/**
 * A valid sheet name from `wanted` that none of `existing` holds (case-insensitive). When the
 * name is taken, " (2)", " (3)", ... is added, shortening the name so it stays within 31
 * characters.
 */
export function freeSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set<string>();
  for (const name of existing) taken.add(sheetNameKey(name));
  const base = sanitizeSheetName(wanted);
  if (!taken.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const stem = trimApostrophes(base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)) || "Sheet";
    const candidate = `${stem}${suffix}`;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}

/** A sheet name quoted for use in a formula or address: 'My sheet'!A1 (apostrophes doubled). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A column name inside a structured reference: ' [ ] # are escaped with a leading apostrophe (Excel's rule). */
export function escapeTableColumn(name: string): string {
  return name.replace(/['[\]#]/g, "'$&");
}

/** `Pupils[SEN status]`: a table's data column. */
export function tableColumnReference(tableName: string, columnName: string): string {
  return `${tableName}[${escapeTableColumn(columnName)}]`;
}

/**
 * Excel table names: letters, digits, underscores and periods, starting with a letter or an
 * underscore, at most 255 characters, not a cell reference ("A1", "R1C1"), unique in the
 * workbook (case-insensitive).
 */
export function freeTableName(wanted: string, existing: Iterable<string>): string {
  let base = wanted.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]$/.test(base) || /^[Rr]\d*[Cc]\d*$/.test(base)) base = `_${base}`;
  base = base.slice(0, 240);
  const taken = new Set<string>();
  for (const name of existing) taken.add(name.toLowerCase());
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}_${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
