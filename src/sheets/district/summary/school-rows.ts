/**
 * Checking each row of the user's table of schools with the same coercers SEND.SENCOHOURS uses
 * for its arguments (src/functions/senco.ts), so a row is reported as bad exactly when the
 * formula would give an error, in the same words, naming the column as the table spells it. The
 * guide hours come from src/rules (sencoHours). One pass, no closures made per row.
 */
import { countArg, moneyArg, numberArg, parseNumber, percentArg, type Coercer } from "../../../values/coerce";
import { isRuleError, type FieldNamer } from "../../../rules/errors";
import { ALLOCATED_HOURS_LIMITS, sencoHours } from "../../../rules/senco-time";
import { checkStageCounts } from "../../../rules/sen-stage-counts";
import { isBlankCell, rowIsBlank } from "../read/blank-cells";
import type { ColumnMapping } from "../read/header-detection";
import type { DistrictSource } from "../read/read-types";
import type { CheckedSchools, SchoolValues } from "./context-types";
import type { BadRow, LeftOutRow, SchoolResult } from "./summary-types";

const BUDGET: Coercer<number> = moneyArg("notional_sen_budget");
const SCHOOL_ACTION: Coercer<number> = countArg("school_action");
const SCHOOL_ACTION_PLUS: Coercer<number> = countArg("school_action_plus");
const STATEMENTS: Coercer<number> = countArg("statements");
const MOBILITY: Coercer<number | undefined> = percentArg("pupil_mobility", { optional: true });
const ALLOCATED: Coercer<number | undefined> = numberArg("allocated_senco_hours", ALLOCATED_HOURS_LIMITS, {
  optional: true,
});
const TOTAL_PUPILS: Coercer<number> = countArg("total_pupils");

/** The row number Excel shows on the source sheet (1-based) for the data row at `index`. */
export function sourceSheetRow(source: DistrictSource, index: number): number {
  return source.headerRow + 2 + index;
}

/**
 * The district surface's names for the fields: each input's column header as the user's table
 * spells it ("SEN Support"), so a reason points at the column to fix.
 */
function columnNamer(source: DistrictSource, mapping: ColumnMapping): FieldNamer {
  const columns: Record<string, number | undefined> = {
    notional_sen_budget: mapping.budget,
    school_action: mapping.schoolAction,
    school_action_plus: mapping.schoolActionPlus,
    statements: mapping.statements,
    pupil_mobility: mapping.mobility,
    allocated_senco_hours: mapping.allocated,
    total_pupils: mapping.pupils,
  };
  return (ref) => {
    const col = columns[ref.key];
    const header = col === undefined ? undefined : source.headers[col];
    if (header === undefined || header === null || String(header).trim() === "") return ref.key;
    return `"${String(header).trim()}"`;
  };
}

function reasonOf(error: unknown, namer: FieldNamer): string {
  if (isRuleError(error)) return error.render(namer);
  return error instanceof Error ? error.message : String(error);
}

function nameOf(row: readonly unknown[], mapping: ColumnMapping): string {
  const name = mapping.name !== undefined ? row[mapping.name] : undefined;
  const urn = mapping.urn !== undefined ? row[mapping.urn] : undefined;
  const parts: string[] = [];
  if (!isBlankCell(name)) parts.push(String(name).trim());
  if (!isBlankCell(urn))
    parts.push(mapping.name !== undefined ? `(URN ${String(urn).trim()})` : `URN ${String(urn).trim()}`);
  return parts.length > 0 ? parts.join(" ") : "(no name)";
}

/**
 * One row's inputs through the coercers, and its SEN stage counts checked against its pupils;
 * throws the coercer's or the rule's error. `mobilityPercent`: whole numbers are percentages.
 */
function schoolValues(row: readonly unknown[], mapping: ColumnMapping, mobilityPercent: boolean): SchoolValues {
  const budget = BUDGET.coerce(row[mapping.budget!]);
  const sa = SCHOOL_ACTION.coerce(row[mapping.schoolAction!]);
  const sap = mapping.schoolActionPlus !== undefined ? SCHOOL_ACTION_PLUS.coerce(row[mapping.schoolActionPlus]) : 0;
  const st = STATEMENTS.coerce(row[mapping.statements!]);
  const rawMob = mapping.mobility !== undefined ? row[mapping.mobility] : undefined;
  // Whole percentages (13) are read as the text "13%" would be, so a bad one is named as written ("150%").
  const mob =
    mapping.mobility !== undefined
      ? MOBILITY.coerce(mobilityPercent && typeof rawMob === "number" ? `${rawMob}%` : rawMob)
      : undefined;
  const alloc = mapping.allocated !== undefined ? ALLOCATED.coerce(row[mapping.allocated]) : undefined;
  const rawPupils = mapping.pupils !== undefined ? row[mapping.pupils] : undefined;
  const pupils = isBlankCell(rawPupils) ? undefined : TOTAL_PUPILS.coerce(rawPupils);
  checkStageCounts(
    [
      { key: "school_action", value: sa },
      { key: "school_action_plus", value: sap },
      { key: "statements", value: st },
    ],
    pupils,
  );
  return { budget, sa, sap, st, mob, alloc };
}

/** A URN seen before is an error naming the row it was first in; a new one is remembered with its row. */
function checkUrnOnce(
  row: readonly unknown[],
  mapping: ColumnMapping,
  firstRowOfUrn: Map<string, number>,
  sheetRow: number,
): void {
  const urn = mapping.urn !== undefined ? row[mapping.urn] : undefined;
  if (isBlankCell(urn)) return;
  const key = String(urn).trim();
  const first = firstRowOfUrn.get(key);
  if (first !== undefined)
    throw new Error(
      `URN ${key} is in the table again (first in row ${first}): this row is left out so the school is not counted twice.`,
    );
  firstRowOfUrn.set(key, sheetRow);
}

/**
 * Every row of the table checked: a school with its guide hours, a bad row with its reason, or a
 * blank row; a row `keepRow` leaves out (a school of another LA) is none of them.
 */
export function checkSchools(
  source: DistrictSource,
  mapping: ColumnMapping,
  mobilityPercent: boolean,
  keepRow?: (index: number) => boolean,
  closed?: (index: number) => string | undefined,
): CheckedSchools {
  const schools: SchoolResult[] = [];
  const values: SchoolValues[] = [];
  const badRows: BadRow[] = [];
  const leftOut: LeftOutRow[] = [];
  let blankRows = 0;
  const namer = columnNamer(source, mapping);
  const firstRowOfUrn = new Map<string, number>();
  const rows = source.rows;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    if (keepRow && !keepRow(i)) continue;
    if (rowIsBlank(row)) {
      blankRows += 1;
      continue;
    }
    const out = closed?.(i) ?? emptySchool(row, mapping, source.headers);
    if (out !== undefined) {
      leftOut.push({ index: i, sheetRow: sourceSheetRow(source, i), name: nameOf(row, mapping), reason: out });
      continue;
    }
    try {
      const v = schoolValues(row, mapping, mobilityPercent);
      checkUrnOnce(row, mapping, firstRowOfUrn, sourceSheetRow(source, i));
      const guideHours = sencoHours({
        notionalSenBudget: v.budget,
        schoolAction: v.sa,
        schoolActionPlus: v.sap,
        statements: v.st,
        pupilMobility: v.mob,
      });
      const belowGuide = v.alloc !== undefined && v.alloc < guideHours;
      schools.push({ index: i, name: nameOf(row, mapping), guideHours, allocatedHours: v.alloc, belowGuide });
      values.push(v);
    } catch (error) {
      badRows.push({
        index: i,
        sheetRow: sourceSheetRow(source, i),
        name: nameOf(row, mapping),
        reason: reasonOf(error, namer),
      });
    }
  }
  return { schools, values, badRows, leftOut, blankRows };
}

function isZero(raw: unknown): boolean {
  return isBlankCell(raw) || parseNumber(raw, { money: true }) === 0;
}

/**
 * Why a row is no school to summarise though its cells are valid: 0 pupils (or, without a total
 * pupils column, none at any SEN stage) and no notional SEN budget. Summarised, it would show 0
 * hours for a school that has no pupils this year (closed, not open yet, or a record kept).
 */
function emptySchool(row: readonly unknown[], mapping: ColumnMapping, headers: readonly unknown[]): string | undefined {
  if (!isZero(row[mapping.budget!])) return undefined;
  const pupils = mapping.pupils;
  const counts = pupils === undefined ? [mapping.schoolAction, mapping.schoolActionPlus, mapping.statements] : [];
  if (pupils !== undefined && (isBlankCell(row[pupils]) || parseNumber(row[pupils]) !== 0)) return undefined;
  if (!counts.every((c) => c === undefined || isZero(row[c]))) return undefined;
  const what =
    pupils === undefined ? "no pupils at any SEN stage" : `0 pupils ("${String(headers[pupils] ?? "").trim()}")`;
  return `${what} and no notional SEN budget ("${String(headers[mapping.budget!] ?? "").trim()}"): not summarised as 0 hours`;
}
