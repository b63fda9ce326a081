/**
 * The school census's SEN rules for one pupil's record (SEN provision, primary need, secondary
 * need), and a register's pupils counted by primary need and provision. Provision is read in every
 * form sen-provision-codes.ts reads; needs in every form sen-needs.ts reads.
 *
 * The rules, with their numbers in the DfE's school census validation rules
 * ([dfe-census-validation]; the 2026 to 2027 rules are [dfe-census-2026-27]):
 * - 2120 "Pupil with missing SEN provision or invalid value": K, E and N are the codes; A and P
 *   (School Action, School Action Plus) ended with the 2014 SEND Code of Practice and are reviewed
 *   to K or N ([dfe-sen-transition-2014]);
 * - 2115 "Code 'S' (statement of SEN) has been discontinued ... re-code this as code 'E'";
 * - 2170 "A valid SEN type must be provided for pupils ... with a SEN provision equals 'K' ... or 'E'";
 * - 2125 "Pupil shows SEN information where provision is none";
 * - 2160 "If only one SEN type is present it must be the primary need";
 * - 2175 "SEN type code 'NSA' ... can only be used where SEN provision is code 'K'".
 * The census numbers no rule for a secondary need equal to the primary need; the check flags it
 * as this add-in's own (rule 0): two rankings of one need record one need. NSA as a secondary
 * need is allowed: the DfE publishes secondary-need counts of NSA ([dfe-census-validation], notes).
 */
import { field, inputError, say } from "./errors";
import { describeValue } from "./inputs";
import { cellError, invalidCellError, firstPupilRow } from "./sen-register";
import { parseSenCode, SEN_CODE_NAMES, senCodeLabel, type SenCode } from "./sen-provision-codes";
import {
  NEED_BLANK,
  NEED_CODES,
  NEED_CODES_HELP,
  NEED_NAMES,
  NEED_UNKNOWN,
  NSA,
  needIndex,
  needKey,
} from "./sen-needs";
import { needSuggestion } from "./need-suggestions";

/** The field a problem is about: 0 provision, 1 primary need, 2 secondary need (CENSUS_FIELDS names them). */
export type CensusField = 0 | 1 | 2;
/** The custom functions' argument for each CensusField. */
export const CENSUS_FIELDS = ["provision", "primary_need", "secondary_need"] as const;

/** One problem of a pupil's record: the census rule's number (0 for this add-in's own check), the field at fault, the rule in words. */
export interface CensusProblem {
  readonly rule: number;
  readonly field: CensusField;
  readonly text: string;
}

const NONE: readonly CensusProblem[] = [];

/** The problem as the check lists it: its words, then the census rule's number. */
export function problemText(problem: CensusProblem): string {
  return problem.rule > 0 ? `${problem.text} (census rule ${problem.rule})` : problem.text;
}

/**
 * "Primary need "Dyslexia" is not a census need code: record SPLD (SEND Code of Practice (2015),
 * 6.31: ...)": a need the DfE's description of a census type names gets that code suggested,
 * never recorded for the user (need-suggestions.ts).
 */
function unknownNeed(which: string, raw: unknown): string {
  const text = `${which} need ${describeValue(raw)} is not a census need code`;
  const suggestion = typeof raw === "string" ? needSuggestion(needKey(raw)) : undefined;
  return suggestion ? `${text}: record ${suggestion.code} (${suggestion.because})` : text;
}

/**
 * NSA means "SEN support but no specialist assessment of type of need" (rule 2175): a pupil with
 * an EHC plan has had the EHC needs assessment, so the type of need to record is the one it found.
 */
export const NSA_WITH_PLAN =
  "NSA is only for SEN support (K): a pupil with an EHC plan has been assessed, so record the type of need the plan names (SEMH, ASD, ...)";

/**
 * The problems of one pupil's record, in the census's words (NONE, shared and empty, when there
 * are none, and for a blank record). Every problem is listed, so a record may have several.
 */
export function checkPupil(provision: unknown, primary: unknown, secondary: unknown): readonly CensusProblem[] {
  const code = parseSenCode(provision);
  const first = needIndex(primary);
  const second = needIndex(secondary);
  // The usual records, checked with no allocation: no SEN and no need; K or E with one need.
  if (
    first === NEED_BLANK && second === NEED_BLANK
      ? code === "N" || code === null
      : second === NEED_BLANK && first >= 0 && (code === "K" || (code === "E" && first !== NSA))
  )
    return NONE;
  return problemsOf(code, first, second, [provision, primary, secondary]);
}

/**
 * checkPupil's list for a record that is not one of the usual ones (`raw`: the three cells as
 * written). A record with no need and no provision or N is one of the usual ones, so here N or no
 * provision comes with a need.
 */
function problemsOf(code: SenCode | null | undefined, first: number, second: number, raw: unknown[]): CensusProblem[] {
  const list: CensusProblem[] = [];
  const add = (rule: number, at: CensusField, text: string) => list.push({ rule, field: at, text });
  const legacy = code === "A" || code === "P";
  if (code === undefined) add(2120, 0, `SEN provision ${describeValue(raw[0])} is not K, E or N`);
  else if (legacy) add(2120, 0, `${code} (${SEN_CODE_NAMES[code]}) is no longer used: review and record K or N`);
  else if (code === "S") add(2115, 0, "S (statement) is no longer used: recode as E and review");
  if (first === NEED_UNKNOWN) add(2170, 1, unknownNeed("Primary", raw[1]));
  if (second === NEED_UNKNOWN) add(0, 2, unknownNeed("Secondary", raw[2]));
  if (code === null) add(2125, 0, "A need without SEN provision: record K or E, or remove the need");
  if (code === "N")
    add(2125, first === NEED_BLANK ? 2 : 1, "N (no SEN) with a need: remove the need, or record K or E");
  if (code === undefined || code === null || code === "N") return list;
  if (first === NEED_BLANK && second !== NEED_BLANK)
    add(2160, 2, "Secondary need without a primary need: make it the primary need");
  else if (first === NEED_BLANK && !legacy && code !== "S") add(2170, 1, `${senCodeLabel(code)} needs a primary need`);
  if (first >= 0 && first === second) add(0, 2, `Secondary need repeats the primary need (${NEED_CODES[first]})`);
  if ((first === NSA || second === NSA) && (code === "E" || code === "S"))
    add(2175, first === NSA ? 1 : 2, NSA_WITH_PLAN);
  return list;
}

/** Excel's ranges as rows of cells. */
export type Cells = readonly (readonly unknown[])[];

/** "2 rows by 1 column". */
function size(rows: number, cols: number): string {
  return `${rows} row${rows === 1 ? "" : "s"} by ${cols} column${cols === 1 ? "" : "s"}`;
}

/** Throws a RuleError ("value", argument `key`) unless `cells` has the same rows and columns as `provision`. */
export function checkSameShape(key: string, cells: Cells, provision: Cells): void {
  const rows = provision.length;
  const cols = rows > 0 ? (provision[0] as readonly unknown[]).length : 0;
  const width = cells.length > 0 ? (cells[0] as readonly unknown[]).length : 0;
  if (cells.length === rows && width === cols) return;
  const allowed = `${size(rows, cols)}, as ${CENSUS_FIELDS[0]} is (one cell per pupil)`;
  throw inputError(say`${field(key)} must be ${allowed}; it is ${size(cells.length, width)}.`, { allowed });
}

/**
 * Pupils by primary need: k[i] with SEN support (K, and the old A and P), e[i] with an EHC plan
 * (E, and the old S), for NEED_CODES[i]; index NEED_CODES.length counts those with no primary need.
 * N and blank provision are not counted.
 */
export interface NeedCounts {
  readonly k: number[];
  readonly e: number[];
}

/**
 * Count a register's pupils by primary need and provision (same-shape ranges; a header row in the
 * provision range is skipped). With `strict`, a cell that is not a provision code or a need
 * throws a RuleError naming its argument and position; without, it is left out of the counts.
 */
export function countNeeds(provision: Cells, primary: Cells, strict = true): NeedCounts {
  checkSameShape(CENSUS_FIELDS[1], primary, provision);
  const size = NEED_CODES.length + 1;
  const k: number[] = [];
  const e: number[] = [];
  for (let i = 0; i < size; i++) k[i] = e[i] = 0;
  for (let r = firstPupilRow(provision); r < provision.length; r++) {
    const codes = provision[r] as readonly unknown[];
    const needs = primary[r] as readonly unknown[];
    for (let c = 0; c < codes.length; c++) {
      const code = parseSenCode(codes[c]);
      let need = needIndex(needs[c]);
      if (strict && code === undefined) throw invalidCellError({ row: r, col: c, value: codes[c] }, CENSUS_FIELDS[0]);
      if (strict && need === NEED_UNKNOWN) {
        const suggestion = typeof needs[c] === "string" ? needSuggestion(needKey(needs[c] as string)) : undefined;
        const instead = suggestion ? ` Record ${suggestion.code} (${suggestion.because}).` : "";
        const why = `, which is not a census need code.${instead} Allowed: ${NEED_CODES_HELP}.`;
        throw cellError(
          CENSUS_FIELDS[1],
          { row: r, col: c, value: needs[c] },
          describeValue(needs[c]),
          why,
          NEED_CODES_HELP,
        );
      }
      if (need === NEED_BLANK) need = size - 1;
      if (need < 0) continue;
      if (code === "K" || code === "A" || code === "P") k[need] = (k[need] as number) + 1;
      else if (code === "E" || code === "S") e[need] = (e[need] as number) + 1;
    }
  }
  return { k, e };
}

/** The header of SEND.SENNEEDCOUNTS's spill: "Primary need", "SEN support (K)", "EHC plan (E)", "Total". */
export const NEED_COUNT_HEADER: readonly string[] = ["Primary need", senCodeLabel("K"), senCodeLabel("E"), "Total"];

/** The counts as SEND.SENNEEDCOUNTS spills them: the header, one row per need ("ASD: Autistic spectrum disorder"), "Not recorded", "Total". */
export function needCountRows(counts: NeedCounts): (string | number)[][] {
  const rows: (string | number)[][] = [NEED_COUNT_HEADER.slice()];
  let k = 0;
  let e = 0;
  counts.k.forEach((count, i) => {
    const label = i < NEED_CODES.length ? `${NEED_CODES[i]}: ${NEED_NAMES[i]}` : "Not recorded";
    const ehc = counts.e[i] as number;
    rows.push([label, count, ehc, count + ehc]);
    k += count;
    e += ehc;
  });
  rows.push(["Total", k, e, k + e]);
  return rows;
}

/** The most problems SEND.SENCENSUSCHECK lists before a last row saying how many more there are. */
export const MAX_LISTED_PROBLEMS = 10000;

/** Excel's last row (1,048,576 rows a sheet: Excel specifications and limits). */
const EXCEL_ROWS = 1048576;

/** The sheet row of the ranges' first cell, for SEND.SENCENSUSCHECK's first_row: a row Excel has. */
export const FIRST_ROW_LIMITS = {
  allowed: "a sheet row from 1 to 1,048,576, such as ROW(INDEX(Register[SEN Status],1))",
  min: 1,
  max: EXCEL_ROWS,
  integer: true,
} as const;

/** The first column's header when the sheet row of the ranges' first cell is known: the sheet's row. */
export const SHEET_ROW_HEADER = "Row";
/** The first column's header otherwise: the pupil's position in the ranges, the first cell being 1. */
export const POSITION_HEADER = "Position in range";

/**
 * SEND.SENCENSUSCHECK's spill: the header (SHEET_ROW_HEADER or POSITION_HEADER, "Problem"), then
 * one row per problem, or one row saying "No problems found". With `firstRow` (the sheet row of
 * the ranges' first cell) the first column is the sheet's row, the row the task pane names (E10 is
 * row 10); without it, the cell's position in the ranges (the first cell is 1, counting row by
 * row). `secondary` is [] when left out; one blank cell is the same.
 */
export function censusCheckRows(
  provision: Cells,
  primary: Cells,
  secondary: Cells,
  firstRow?: number,
): (string | number)[][] {
  checkSameShape(CENSUS_FIELDS[1], primary, provision);
  // One blank cell (Excel on Windows passes an empty cell as 0) is the same as leaving it out.
  const only = secondary.length === 1 ? (secondary[0] as readonly unknown[]) : undefined;
  const seconds = only && only.length === 1 && needIndex(only[0]) === NEED_BLANK ? [] : secondary;
  if (seconds.length > 0) checkSameShape(CENSUS_FIELDS[2], seconds, provision);
  const rows: (string | number)[][] = [[firstRow === undefined ? POSITION_HEADER : SHEET_ROW_HEADER, "Problem"]];
  let more = 0;
  for (let r = firstPupilRow(provision); r < provision.length; r++) {
    const codes = provision[r] as readonly unknown[];
    const cols = codes.length;
    for (let c = 0; c < cols; c++) {
      const second = seconds[r] as readonly unknown[] | undefined;
      const found = checkPupil(codes[c], (primary[r] as readonly unknown[])[c], second ? second[c] : null);
      for (const problem of found) {
        if (rows.length > MAX_LISTED_PROBLEMS) more++;
        else rows.push([firstRow === undefined ? r * cols + c + 1 : firstRow + r, problemText(problem)]);
      }
    }
  }
  if (more > 0) rows.push(["", `and ${more} more problems: fix these first`]);
  if (rows.length === 1) rows.push(["", "No problems found"]);
  return rows;
}
