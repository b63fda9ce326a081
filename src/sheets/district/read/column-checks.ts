/**
 * Before a summary is built: does each chosen column look like what it was chosen for? A budget
 * column of pupil counts ("Total SEN": 46, 72, 174), a count column of money, a mobility column of
 * money each get a warning naming the column, and the summary waits until the user confirms the
 * column or chooses another. The limits are the rules' (src/rules/column-plausibility.ts). Pure.
 */
import { implausibility, type ColumnKind, type ColumnNumbers } from "../../../rules/column-plausibility";
import { shown } from "../../../rules/sen-stage-counts";
import { parseNumber } from "../../../values/coerce";
import { DISTRICT_FIELDS, FIELD_LABELS, type ColumnMapping, type DistrictField } from "./header-detection";

/** What each field's column must look like (the name and URN are not checked here). */
const KIND_OF: Partial<Record<DistrictField, ColumnKind>> = {
  budget: "budget",
  schoolAction: "count",
  schoolActionPlus: "count",
  statements: "count",
  pupils: "count",
  mobility: "mobility",
  allocated: "hours",
};

/** The numbers of a column: how many, whether all whole, the largest, the median, how many written with "£". */
export function columnNumbers(rows: readonly (readonly unknown[])[], column: number): ColumnNumbers {
  const values: number[] = [];
  let whole = true;
  let poundSigns = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const raw = rows[i]![column];
    if (typeof raw === "string" && raw.trim().startsWith("£")) poundSigns += 1;
    const n = parseNumber(raw, { money: true });
    if (n === undefined || !Number.isFinite(n)) continue;
    values.push(n);
    if (whole && !Number.isInteger(n)) whole = false;
  }
  const sorted = Float64Array.from(values).sort();
  const count = sorted.length;
  const median = count === 0 ? 0 : (sorted[Math.floor((count - 1) / 2)]! + sorted[Math.floor(count / 2)]!) / 2;
  return { count, whole, max: count === 0 ? 0 : sorted[count - 1]!, median, poundSigns };
}

/** A column that does not look like its field. */
export interface ColumnWarning {
  readonly field: DistrictField;
  readonly table: number;
  readonly column: number;
  readonly header: string;
  /** For the pane: names the column, says why, asks to confirm or choose another. */
  readonly message: string;
}

function round(n: number): string {
  return shown(Math.round(n * 100) / 100);
}

/**
 * The warning for a field's column, or undefined when it looks right. `tableLabel` is added to
 * the column's name when the summary reads several tables.
 */
export function checkColumn(
  field: DistrictField,
  rows: readonly (readonly unknown[])[],
  column: number,
  header: unknown,
  table = 0,
  tableLabel?: string,
): ColumnWarning | undefined {
  const kind = KIND_OF[field];
  if (kind === undefined) return undefined;
  const numbers = columnNumbers(rows, column);
  const why = implausibility(kind, numbers);
  if (why === undefined) return undefined;
  const text =
    header === null || header === undefined || String(header).trim() === ""
      ? `column ${column + 1}`
      : String(header).trim();
  const where = tableLabel === undefined ? "" : ` in ${tableLabel}`;
  const message = `"${text}"${where}, chosen as "${FIELD_LABELS[field]}", does not look like it: ${why} (largest ${round(numbers.max)}, median ${round(numbers.median)}). Confirm it is the right column, or choose another.`;
  return { field, table, column, header: text, message };
}

/** The warnings for a single table's mapped columns (a table read alone, not joined). */
export function mappingWarnings(
  table: { readonly headers: readonly unknown[]; readonly rows: readonly (readonly unknown[])[] },
  mapping: ColumnMapping,
): ColumnWarning[] {
  const warnings: ColumnWarning[] = [];
  for (const field of DISTRICT_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    const warning = checkColumn(field, table.rows, column, table.headers[column]);
    if (warning) warnings.push(warning);
  }
  return warnings;
}
