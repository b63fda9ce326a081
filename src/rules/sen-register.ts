/**
 * Counting a SEN register: one cell per pupil holding the SEN provision code as the school
 * census and MIS exports write it, and turning the counts into the SENCO formula's points.
 *
 * Codes (DfE school census, SEN provision codes): K SEN support, E EHC plan (both from
 * 01/09/2014, Children and Families Act 2014 / SEND Code of Practice 2014); A School Action,
 * P School Action Plus, S Statement (before 2014; the Bradford guidance's formula is written for these);
 * N no special educational need. Codes are case-insensitive and trimmed; the forms MIS exports
 * write are accepted too: the DfE descriptions in any case and spacing ("SEN Support",
 * "Education, Health and Care Plan", "No Special Educational Need"), "EHCP", "EHC plan",
 * "Statement of SEN", Arbor's "Monitoring" (N), and SIMS's "code - description" ("K - SEN
 * Support"), refused when its code and description disagree. Blank cells, and the 0 Excel on
 * Windows passes for an empty cell inside a range, are not pupils and are skipped, and a first cell that reads like a header ("SEN Status") is skipped.
 *
 * Counting is linear and allocation-light: one-character codes are read by char code with no
 * allocation; only longer text is trimmed, lower-cased and looked up in a small Map (and only
 * text not found is normalised and split into code and description).
 */
import { codeAndForm, remembered, type CodeAndForm } from "./coded-text";
import { RuleError, field, say, inputError } from "./errors";
import { checkNumber, describeValue } from "./inputs";
import {
  breakdownFromPoints,
  SCHOOL_ACTION_PLUS_WEIGHT,
  SCHOOL_ACTION_WEIGHT,
  STATEMENT_WEIGHT,
  tidyPoints,
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
  'K or "SEN support", E or "EHC plan" or "EHCP" or "Education, Health and Care Plan", A or "School Action", ' +
  'P or "School Action Plus", S or "Statement" or "Statement of SEN", N or "No SEN" or "No Special Educational Need" ' +
  'or "Monitoring", or a code and its description as SIMS writes them ("K - SEN Support"); any case; blank cells ' +
  "and 0 are skipped";

/** Words that mark the first cell of a range as the column's header (matched anywhere in it, any case). */
export const REGISTER_HEADER_WORDS: readonly string[] = Object.freeze([
  "sen",
  "status",
  "provision",
  "need",
  "stage",
  "code",
]);

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

// Classification results: an index into CODES, or one of these.
const BLANK = -1;
const UNKNOWN = -2;
/** A code and a description that name different codes ("K - Education, Health and Care Plan"). */
const CONFLICT = -3;
const CODES: readonly SenCode[] = ["K", "E", "A", "P", "S", "N"];

/** A code as the counts' labels name it: its name, then the code ("SEN support (K)"). */
export function senCodeLabel(code: SenCode): string {
  return `${SEN_CODE_NAMES[code]} (${code})`;
}

/**
 * Labels of the SENREGISTERCOUNTS rows, in a fixed order (users' sheets rely on it): "SEN support
 * (K)", "EHC plan (E)", "School Action (A)", "School Action Plus (P)", "Statement (S)", "No SEN
 * (N)", "On the SEN register (K+E+A+P+S)".
 */
export const REGISTER_COUNT_LABELS: readonly string[] = Object.freeze(
  CODES.map(senCodeLabel).concat("On the SEN register (K+E+A+P+S)"),
);

/**
 * Descriptions as MIS exports and DfE files write them, besides each code's name (SEN_CODE_NAMES),
 * for each code in CODES order. SIMS: "K - SEN Support", "E - Education, Health and Care Plan",
 * "N - No Special Educational Need", "A - School Action", "P - School Action Plus", "S -
 * Statement"; Arbor: the same descriptions without the code, and "Monitoring", which Arbor's
 * census output writes as N (SEN status codes, see docs/senco-time.md). Looked up as normalKey
 * leaves them (lower case, every run of spaces and punctuation as one space), in LONG_FORMS.
 */
const OTHER_DESCRIPTIONS: readonly (readonly string[])[] = [
  [],
  ["EHCP", "Education, Health and Care Plan"],
  [],
  [],
  ["Statement of SEN", "Statement of Special Educational Needs", "Statement of Special Educational Need"],
  ["No Special Educational Need", "No Special Educational Needs", "Monitoring"],
];
const LONG_FORMS = new Map<string, number>();
CODES.forEach((code, index) => {
  for (const form of [SEN_CODE_NAMES[code], ...OTHER_DESCRIPTIONS[index]!]) LONG_FORMS.set(normalKey(form), index);
});

/** Each code letter's index in CODES by its character code, upper and lower case; UNKNOWN for any other character below 128. */
const LETTER_INDEX = new Int8Array(128).fill(UNKNOWN);
CODES.forEach((code, index) => {
  LETTER_INDEX[code.charCodeAt(0)] = index;
  LETTER_INDEX[code.toLowerCase().charCodeAt(0)] = index;
});

/** Classify one character by its code: a code's index or UNKNOWN. */
function classifyChar(charCode: number): number {
  return charCode < 128 ? LETTER_INDEX[charCode]! : UNKNOWN;
}

/** Lower case, every run of characters other than letters and digits as one space, trimmed. */
function normalKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A code letter alone (one character): its index, else UNKNOWN. */
function codeWord(word: string): number {
  return word.length === 1 ? classifyChar(word.charCodeAt(0)) : UNKNOWN;
}

/** "k sen support" (a normal key): the code letter's index and the description's (`form`), or undefined. */
function codeAndDescription(key: string): CodeAndForm | undefined {
  return codeAndForm(key, codeWord, LONG_FORMS);
}

/** Text read the slow way, remembered: a SIMS export writes every cell as "code - description". */
const classifyText = remembered((text: string): number => {
  const lower = text.toLowerCase();
  let index = LONG_FORMS.get(lower);
  if (index !== undefined) return index;
  const key = normalKey(text);
  // An empty key, or one character: "K." or "(K)", punctuation around a code, is not one of the forms.
  if (key.length < 2) return UNKNOWN;
  index = LONG_FORMS.get(key);
  if (index !== undefined) return index;
  const pair = codeAndDescription(key);
  if (!pair || pair.form === undefined) return UNKNOWN;
  return pair.form === pair.code ? pair.code : CONFLICT;
});

/**
 * Classify one cell: a code index, BLANK, UNKNOWN or CONFLICT. Allocation-free for one-character
 * codes and blanks. A number 0 is a blank: Excel on Windows passes an empty cell inside a range as 0.
 */
function classify(cell: unknown): number {
  if (typeof cell === "string") {
    const length = cell.length;
    if (length === 1) return classifyChar(cell.charCodeAt(0));
    if (length === 0) return BLANK;
    const text = cell.trim();
    if (text.length === 0) return BLANK;
    if (text.length === 1) return classifyChar(text.charCodeAt(0));
    return classifyText(text);
  }
  if (cell === null || cell === undefined || cell === 0) return BLANK;
  return UNKNOWN; // other numbers, booleans, error values: not codes
}

/** The code a cell holds: null for a blank cell (not a pupil), undefined for anything that is not a known code. */
export function parseSenCode(cell: unknown): SenCode | null | undefined {
  const index = classify(cell);
  if (index === BLANK) return null;
  if (index < 0) return undefined;
  return CODES[index];
}

/** True for text that is not a code form and reads like a column header ("SEN Status", "sen_provision"). */
export function looksLikeRegisterHeader(cell: unknown): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  if (text.length < 2 || classify(text) !== UNKNOWN) return false;
  const lower = text.toLowerCase();
  for (const word of REGISTER_HEADER_WORDS) if (lower.indexOf(word) >= 0) return true;
  return false;
}

/** A cell's value in a message: a number is "the number 7", anything else as describeValue shows it. */
function describeCell(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) ? `the number ${value}` : describeValue(value);
}

/** For a code and description that disagree: why, in words ("its code K is SEN support but its description is EHC plan"). */
export function codeConflict(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const pair = codeAndDescription(normalKey(value));
  if (!pair || pair.form === undefined || pair.form === pair.code) return undefined;
  const code = CODES[pair.code] as SenCode;
  const described = CODES[pair.form] as SenCode;
  return `its code ${code} means ${SEN_CODE_NAMES[code]} but its description means ${SEN_CODE_NAMES[described]} (${described})`;
}

/**
 * The error for a cell of range argument `key` that holds something else than a code: "`key` row
 * 3, column 1 of the range held `shown``why`" (`why` goes on from the value shown), with the
 * cell's value and what is `allowed`.
 */
export function cellError(
  key: string,
  cell: InvalidRegisterCell,
  shown: string,
  why: string,
  allowed: string,
): RuleError {
  return inputError(say`${field(key, { row: cell.row, col: cell.col })} held ${shown}${why}`, {
    value: cell.value,
    allowed,
  });
}

/** The message for an unknown code at a zero-based position of the range (argument `key`, "register" unless given). */
export function invalidCellError(cell: InvalidRegisterCell, key = "register"): RuleError {
  const conflict = codeConflict(cell.value);
  const why =
    conflict === undefined
      ? `, which is not a SEN provision code. Allowed: ${REGISTER_CODES_HELP}.`
      : `: ${conflict}. Correct the code or the description; neither is guessed.`;
  return cellError(key, cell, describeCell(cell.value), why, REGISTER_CODES_HELP);
}

/** The message for an unknown code at a zero-based position of the range, naming it as the custom functions do. */
export function invalidCellMessage(cell: InvalidRegisterCell): string {
  return invalidCellError(cell).message;
}

/** The header a register range starts with (its first cell), when it has one. */
export interface RegisterHeader {
  readonly row: 0;
  readonly col: 0;
  readonly text: string;
}

/** 1 when a range starts with its column's header ("SEN Status": looksLikeRegisterHeader), which is then skipped; else 0. */
export function firstPupilRow(cells: readonly (readonly unknown[])[]): number {
  return cells.length > 0 && looksLikeRegisterHeader((cells[0] as readonly unknown[])[0]) ? 1 : 0;
}

/**
 * Walk the range, counting codes; call onUnknown for each unknown cell (it may throw to stop).
 * The first cell is skipped as the column's header when `skipFirst` is 1 (firstPupilRow).
 * One tally and index loops keep it linear with no per-cell allocation.
 */
function walk(
  cells: readonly (readonly unknown[])[],
  skipFirst: number,
  onUnknown: (row: number, col: number, value: unknown) => void,
): RegisterCounts {
  // Pupils per code, in CODES order.
  const tally = [0, 0, 0, 0, 0, 0];
  const rows = cells.length;
  let startCol = skipFirst;
  for (let r = 0; r < rows; r++) {
    const row = cells[r] as readonly unknown[];
    const cols = row.length;
    for (let c = startCol; c < cols; c++) {
      const value = row[c];
      const index = classify(value);
      if (index >= 0) tally[index]!++;
      else if (index !== BLANK) onUnknown(r, c, value);
    }
    startCol = 0;
  }
  const [k, e, a, p, s, n] = tally as [number, number, number, number, number, number];
  return { K: k, E: e, A: a, P: p, S: s, N: n, onRegister: k + e + a + p + s };
}

function throwUnknown(row: number, col: number, value: unknown): never {
  throw invalidCellError({ row, col, value });
}

/**
 * Count pupils by code. The first cell is skipped when it is the column's header ("SEN Status").
 * Throws a RuleError ("value", argument "register") at the first other cell that is not a code or a blank.
 */
export function countRegister(cells: readonly (readonly unknown[])[]): RegisterCounts {
  return walk(cells, firstPupilRow(cells), throwUnknown);
}

/**
 * Count pupils by code and collect the cells that are not codes, never throwing (for the task
 * pane's register check). `invalid` holds at most maxInvalid cells (default 1,000), in range
 * order; `invalidCount` counts them all; `header` is the first cell when it was skipped as the header.
 */
export function scanRegister(
  cells: readonly (readonly unknown[])[],
  maxInvalid = 1000,
): {
  counts: RegisterCounts;
  invalid: InvalidRegisterCell[];
  invalidCount: number;
  header: RegisterHeader | undefined;
} {
  const invalid: InvalidRegisterCell[] = [];
  let invalidCount = 0;
  const skipFirst = firstPupilRow(cells);
  const counts = walk(cells, skipFirst, (row, col, value) => {
    invalidCount++;
    if (invalid.length < maxInvalid) invalid.push({ row, col, value });
  });
  const header: RegisterHeader | undefined = skipFirst
    ? { row: 0, col: 0, text: ((cells[0] as readonly unknown[])[0] as string).trim() }
    : undefined;
  return { counts, invalid, invalidCount, header };
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
  const senSupport = tidyPoints(counts.K * senSupportWeight);
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
  return Object.assign({}, breakdown, {
    schoolActionPoints: points.schoolAction,
    senSupportPoints: points.senSupport,
  });
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
