/**
 * Counting a SEN register: one cell per pupil holding the SEN provision code as the school
 * census and MIS exports write it, and turning the counts into the SENCO formula's points.
 *
 * Codes (DfE school census, SEN provision codes): K SEN support, E EHC plan (both from
 * 01/09/2014, Children and Families Act 2014 / SEND Code of Practice 2014); A School Action,
 * P School Action Plus, S Statement (before 2014; the Bradford guidance's formula is written for these);
 * N no special educational need. Codes are case-insensitive and trimmed; the long forms MIS
 * exports write ("SEN support", "EHC plan", "EHCP", ...) are accepted too. Blank cells are not
 * pupils and are skipped, so a whole-column reference works.
 *
 * Counting is linear and allocation-light: one-character codes are read by char code with no
 * allocation; only longer text is trimmed, lower-cased and looked up in a small Map.
 */
import { RuleError, field, say } from "./errors";
import { checkNumber } from "./inputs";
import {
  breakdownFromPoints,
  SCHOOL_ACTION_PLUS_WEIGHT,
  SCHOOL_ACTION_WEIGHT,
  STATEMENT_WEIGHT,
  type SencoBreakdown,
} from "./senco-time";

export type SenCode = "K" | "E" | "A" | "P" | "S" | "N";

export const SEN_CODE_NAMES: Record<SenCode, string> = Object.freeze({
  K: "SEN support",
  E: "EHC plan",
  A: "School Action",
  P: "School Action Plus",
  S: "Statement",
  N: "No SEN",
});

/** Accepted codes and long forms, for messages. */
export const REGISTER_CODES_HELP =
  'K or "SEN support", E or "EHC plan" or "EHCP", A or "School Action", P or "School Action Plus", ' +
  'S or "Statement", N or "No SEN" (any case; blank cells are skipped)';

export interface RegisterCounts {
  K: number;
  E: number;
  A: number;
  P: number;
  S: number;
  N: number;
  /** Pupils on the SEN register: K + E + A + P + S (N is not on the register). */
  onRegister: number;
}

/** A cell that holds something other than a code or a blank; row and col are zero-based within the range. */
export interface InvalidRegisterCell {
  row: number;
  col: number;
  value: unknown;
}

/** Labels of the SENREGISTERCOUNTS rows, in a fixed order (users' sheets rely on it). */
export const REGISTER_COUNT_LABELS: readonly string[] = Object.freeze([
  "SEN support (K)",
  "EHC plan (E)",
  "School Action (A)",
  "School Action Plus (P)",
  "Statement (S)",
  "No SEN (N)",
  "On the SEN register (K+E+A+P+S)",
]);

// Classification results: an index into CODES, or one of these.
const BLANK = -1;
const UNKNOWN = -2;
const CODES: readonly SenCode[] = ["K", "E", "A", "P", "S", "N"];
const IDX_K = 0;
const IDX_E = 1;
const IDX_A = 2;
const IDX_P = 3;
const IDX_S = 4;
const IDX_N = 5;

/** Long forms (lower case, single spaces) as MIS exports write them. */
const LONG_FORMS: ReadonlyMap<string, number> = new Map([
  ["sen support", IDX_K],
  ["ehc plan", IDX_E],
  ["ehcp", IDX_E],
  ["school action", IDX_A],
  ["school action plus", IDX_P],
  ["statement", IDX_S],
  ["no sen", IDX_N],
]);

function classifyChar(code: number): number {
  switch (code) {
    case 75: // K
    case 107: // k
      return IDX_K;
    case 69: // E
    case 101:
      return IDX_E;
    case 65: // A
    case 97:
      return IDX_A;
    case 80: // P
    case 112:
      return IDX_P;
    case 83: // S
    case 115:
      return IDX_S;
    case 78: // N
    case 110:
      return IDX_N;
    default:
      return UNKNOWN;
  }
}

const SPACES = /\s+/g;
/** Runs of spaces, tabs or non-breaking spaces: only then is the key rebuilt with single spaces. */
const ODD_SPACES = /\s{2}|[^\S ]/;

/** Classify one cell: a code index, BLANK or UNKNOWN. Allocation-free for one-character codes and blanks. */
function classify(cell: unknown): number {
  if (typeof cell === "string") {
    const length = cell.length;
    if (length === 1) return classifyChar(cell.charCodeAt(0));
    if (length === 0) return BLANK;
    const text = cell.trim();
    if (text.length === 0) return BLANK;
    if (text.length === 1) return classifyChar(text.charCodeAt(0));
    const key = text.toLowerCase();
    let index = LONG_FORMS.get(key);
    if (index === undefined && ODD_SPACES.test(key)) index = LONG_FORMS.get(key.replace(SPACES, " "));
    return index === undefined ? UNKNOWN : index;
  }
  if (cell === null || cell === undefined) return BLANK;
  return UNKNOWN; // numbers, booleans, error values: not codes
}

/** The code a cell holds: null for a blank cell (not a pupil), undefined for anything that is not a known code. */
export function parseSenCode(cell: unknown): SenCode | null | undefined {
  const index = classify(cell);
  if (index === BLANK) return null;
  if (index === UNKNOWN) return undefined;
  return CODES[index];
}

function describeCell(value: unknown): string {
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `the text "${shown}"`;
  }
  if (typeof value === "number") return Number.isFinite(value) ? `the number ${value}` : "a number Excel cannot hold";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "a value of an unknown kind";
}

/** The message for an unknown code at a zero-based position of the range. */
export function invalidCellError(cell: InvalidRegisterCell): RuleError {
  return new RuleError(
    "value",
    say`${field("register", { row: cell.row, col: cell.col })} held ${describeCell(cell.value)}, which is not a SEN provision code. Allowed: ${REGISTER_CODES_HELP}.`,
    { value: cell.value, allowed: REGISTER_CODES_HELP },
  );
}

/** The message for an unknown code at a zero-based position of the range, naming it as the custom functions do. */
export function invalidCellMessage(cell: InvalidRegisterCell): string {
  return invalidCellError(cell).message;
}

/**
 * Walk the range, counting codes; call onUnknown for each unknown cell (it may throw to stop).
 * Local counters and index loops keep it linear with no per-cell allocation.
 */
function walk(
  cells: readonly (readonly unknown[])[],
  onUnknown: (row: number, col: number, value: unknown) => void,
): RegisterCounts {
  let k = 0;
  let e = 0;
  let a = 0;
  let p = 0;
  let s = 0;
  let n = 0;
  const rows = cells.length;
  for (let r = 0; r < rows; r++) {
    const row = cells[r] as readonly unknown[];
    const cols = row.length;
    for (let c = 0; c < cols; c++) {
      const value = row[c];
      switch (classify(value)) {
        case BLANK:
          break;
        case IDX_K:
          k++;
          break;
        case IDX_E:
          e++;
          break;
        case IDX_A:
          a++;
          break;
        case IDX_P:
          p++;
          break;
        case IDX_S:
          s++;
          break;
        case IDX_N:
          n++;
          break;
        default:
          onUnknown(r, c, value);
      }
    }
  }
  return { K: k, E: e, A: a, P: p, S: s, N: n, onRegister: k + e + a + p + s };
}

function throwUnknown(row: number, col: number, value: unknown): never {
  throw invalidCellError({ row, col, value });
}

/** Count pupils by code. Throws a RuleError ("value", argument "register") at the first cell that is not a code or a blank. */
export function countRegister(cells: readonly (readonly unknown[])[]): RegisterCounts {
  return walk(cells, throwUnknown);
}

/**
 * Count pupils by code and collect the cells that are not codes, never throwing (for the task
 * pane's register check). `invalid` holds at most maxInvalid cells (default 1,000), in range
 * order; `invalidCount` counts them all.
 */
export function scanRegister(
  cells: readonly (readonly unknown[])[],
  maxInvalid = 1000,
): { counts: RegisterCounts; invalid: InvalidRegisterCell[]; invalidCount: number } {
  const invalid: InvalidRegisterCell[] = [];
  let invalidCount = 0;
  const counts = walk(cells, (row, col, value) => {
    invalidCount++;
    if (invalid.length < maxInvalid) invalid.push({ row, col, value });
  });
  return { counts, invalid, invalidCount };
}

/** The counts as [label, count] rows in REGISTER_COUNT_LABELS order (for spills and sheets). */
export function registerCountRows(counts: RegisterCounts): [string, number][] {
  const values = [counts.K, counts.E, counts.A, counts.P, counts.S, counts.N, counts.onRegister];
  return REGISTER_COUNT_LABELS.map((label, index) => [label, values[index] as number]);
}

/**
 * No source fixes a weight for SEN support (K): the 2014 SEND Code of Practice merged School
 * Action (x 1) and School Action Plus (x 5) into SEN support. The weight is the user's choice
 * from 1 (a floor: every K pupil counted as School Action) to 5 (every K pupil counted as School
 * Action Plus); fractions blend the two (e.g. 2.2 when about 30% of K pupils need SA+-level input).
 */
export const DEFAULT_SEN_SUPPORT_WEIGHT = SCHOOL_ACTION_WEIGHT;
export const MIN_SEN_SUPPORT_WEIGHT = SCHOOL_ACTION_WEIGHT;
export const MAX_SEN_SUPPORT_WEIGHT = SCHOOL_ACTION_PLUS_WEIGHT;

/** What the SEN support weight may be (the same words in every surface). */
export const SEN_SUPPORT_WEIGHT_LIMITS = {
  allowed:
    "a number from 1 to 5 (1 counts SEN support pupils like School Action, 5 like School Action Plus; blank means 1)",
  min: MIN_SEN_SUPPORT_WEIGHT,
  max: MAX_SEN_SUPPORT_WEIGHT,
} as const;

export function checkSenSupportWeight(senSupportWeight: number): void {
  checkNumber("sen_support_weight", senSupportWeight, SEN_SUPPORT_WEIGHT_LIMITS);
}

/**
 * Register points (B) from a register's counts, as points (not pupils):
 * - senSupport: K x senSupportWeight (rounded to a millionth of a point against floating-point noise);
 * - schoolAction: A x 1; schoolActionPlus: P x 5 ([bradford-senco-time] Appendix (B));
 * - statements: (S + E) x 5 ([bradford-senco-time] Appendix (B)(c); EHC plans replaced statements from 01/09/2014);
 * - total: the sum. N pupils add nothing.
 */
export interface RegisterPoints {
  senSupport: number;
  schoolAction: number;
  schoolActionPlus: number;
  statements: number;
  total: number;
}

export function registerPoints(counts: RegisterCounts, senSupportWeight: number): RegisterPoints {
  checkSenSupportWeight(senSupportWeight);
  const raw = counts.K * senSupportWeight;
  const tidy = Math.round(raw * 1e6) / 1e6;
  const senSupport = Number.isFinite(tidy) ? tidy : raw;
  const schoolAction = counts.A * SCHOOL_ACTION_WEIGHT;
  const schoolActionPlus = counts.P * SCHOOL_ACTION_PLUS_WEIGHT;
  const statements = (counts.S + counts.E) * STATEMENT_WEIGHT;
  return {
    senSupport,
    schoolAction,
    schoolActionPlus,
    statements,
    total: senSupport + schoolAction + schoolActionPlus + statements,
  };
}

/**
 * The SENCO working from a register's counts. SEN support points are not one of the guidance's rows,
 * so they are returned beside the breakdown (senSupportPoints) and included in totalPoints.
 */
export function sencoBreakdownFromRegister(
  notionalSenBudget: number,
  counts: RegisterCounts,
  pupilMobility?: number,
  senSupportWeight: number = DEFAULT_SEN_SUPPORT_WEIGHT,
): SencoBreakdown & { senSupportPoints: number } {
  const points = registerPoints(counts, senSupportWeight);
  const breakdown = breakdownFromPoints(
    notionalSenBudget,
    {
      schoolActionPoints: points.senSupport + points.schoolAction,
      schoolActionPlusPoints: points.schoolActionPlus,
      statementPoints: points.statements,
    },
    pupilMobility,
  );
  return {
    ...breakdown,
    schoolActionPoints: points.schoolAction,
    senSupportPoints: points.senSupport,
  };
}

/** Recommended whole hours per week from a register's counts (SENCOHOURSFROMREGISTER). */
export function sencoHoursFromRegister(
  notionalSenBudget: number,
  counts: RegisterCounts,
  pupilMobility?: number,
  senSupportWeight: number = DEFAULT_SEN_SUPPORT_WEIGHT,
): number {
  return sencoBreakdownFromRegister(notionalSenBudget, counts, pupilMobility, senSupportWeight).recommendedHours;
}
