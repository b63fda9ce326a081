/**
 * What Excel does to the references in formulas (and in names) when a sheet is deleted or whole
 * rows are inserted or deleted, for the fake Excel: a reference to a deleted sheet becomes #REF!
 * (`='Plan'!B30` → `=#REF!B30`), and renaming another sheet to the old name does not bring it back;
 * a reference to a row below inserted rows moves down with it, one to a deleted row becomes #REF!.
 * Text in quotes is left alone. A1 references only (with or without a sheet and $ signs): enough
 * for the links a test makes and the formulas the add-in writes.
 */

/** A sheet prefix (quoted or not) and an A1 cell reference, or a text literal to skip. */
const REFERENCE =
  /("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(![])/g;

/** The sheet name a prefix names ("'My sheet'!" → "My sheet"), or undefined without one. */
function prefixSheet(prefix: string | undefined): string | undefined {
  if (!prefix) return undefined;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function sameSheet(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

/** True when the character before `index` makes the match part of a longer name (Plan_B2, LOG10). */
function insideName(text: string, index: number): boolean {
  return index > 0 && /[A-Za-z0-9_.$]/.test(text[index - 1]!);
}

/** A formula after the sheet `deleted` is gone: every reference to it becomes #REF!. */
export function afterSheetDeleted(formula: string, deleted: string): string {
  return formula.replace(REFERENCE, (match, literal, prefix, c$, col, r$, row, offset: number, text: string) => {
    if (literal || insideName(text, offset)) return match;
    return sameSheet(prefixSheet(prefix), deleted) ? `#REF!${c$}${col}${r$}${row}` : match;
  });
}

/** Whole rows inserted (count > 0) or deleted (count < 0) at zero-based `row` of sheet `shifted`. */
export interface RowShift {
  readonly shifted: string;
  readonly row: number;
  readonly count: number;
}

/**
 * A formula on sheet `onSheet` after a row shift: references to the shifted sheet (by name, or
 * without one on that sheet itself) below the shift move with their rows; one to a deleted row is #REF!.
 */
export function afterRowShift(formula: string, onSheet: string | undefined, shift: RowShift): string {
  return formula.replace(REFERENCE, (match, literal, prefix, c$, col, r$, row, offset: number, text: string) => {
    if (literal || insideName(text, offset)) return match;
    const sheet = prefixSheet(prefix) ?? onSheet;
    if (sheet === undefined || !sameSheet(sheet, shift.shifted)) return match;
    const r = Number(row) - 1;
    if (r < shift.row) return match;
    if (shift.count < 0 && r < shift.row - shift.count) return `${prefix ?? ""}#REF!`;
    return `${prefix ?? ""}${c$}${col}${r$}${r + 1 + shift.count}`;
  });
}

/** The cell a formula that is one reference points at (`='SENCO time statement'!B22`, `=Sheet1!$B$8`), or undefined. */
export function referencedCell(formula: string): { sheet: string | undefined; a1: string } | undefined {
  const m = /^=((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?([A-Z]{1,3})\$?(\d+)$/.exec(formula.trim());
  if (!m) return undefined;
  return { sheet: prefixSheet(m[1]), a1: `${m[2]}${m[3]}` };
}
