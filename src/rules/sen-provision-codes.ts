/**
 * The SEN provision codes a register holds, one cell per pupil, as the school census and MIS
 * exports write them, and reading one cell: its code, a blank, a column header, or a code and a
 * description that disagree.
 *
 * Codes (DfE school census, SEN provision codes): K SEN support, E EHC plan (both from
 * 01/09/2014, Children and Families Act 2014 / SEND Code of Practice 2014); A School Action,
 * P School Action Plus, S Statement (before 2014; the Bradford guidance's formula is written for these);
 * N no special educational need. Codes are case-insensitive and trimmed; the forms MIS exports
 * write are accepted too: the DfE descriptions in any case and spacing ("SEN Support",
 * "Education, Health and Care Plan", "No Special Educational Need"), "EHCP", "EHC plan",
 * "Statement of SEN", Arbor's "Monitoring" (N), and SIMS's "code - description" ("K - SEN
 * Support"), refused when its code and description disagree. Blank cells, and the 0 Excel on
 * Windows passes for an empty cell inside a range, read as blanks (not pupils); text that is no
 * code and reads like a column header ("SEN Status") as a header.
 *
 * Reading is allocation-light: one-character codes are read by char code with no allocation;
 * only longer text is normalised (trimmed, lower-cased, punctuation as spaces) and looked up in a
 * small Map, once for each text (remembered), and only text not found is split into code and
 * description.
 */
import { codeAndForm, remembered, type CodeAndForm } from "./coded-text";

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

/** senCodeIndex of a blank cell (null, "", spaces, or the 0 Excel on Windows passes for an empty cell). */
export const SEN_CODE_BLANK = -1;
/** senCodeIndex of anything that is not a code or one of its forms. */
const UNKNOWN = -2;
/** A code and a description that name different codes ("K - Education, Health and Care Plan"). */
const CONFLICT = -3;
/** The codes in the order registers are counted (senCodeIndex gives a cell's place in it). */
export const SEN_CODES: readonly SenCode[] = ["K", "E", "A", "P", "S", "N"];

/** A code as the counts' labels name it: its name, then the code ("SEN support (K)"). */
export function senCodeLabel(code: SenCode): string {
  return `${SEN_CODE_NAMES[code]} (${code})`;
}

/**
 * Descriptions as MIS exports and DfE files write them, besides each code's name (SEN_CODE_NAMES),
 * for each code in SEN_CODES order. SIMS: "K - SEN Support", "E - Education, Health and Care Plan",
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
SEN_CODES.forEach((code, index) => {
  for (const form of [SEN_CODE_NAMES[code], ...OTHER_DESCRIPTIONS[index]!]) LONG_FORMS.set(normalKey(form), index);
});

/** Each code letter's index in SEN_CODES by its character code, upper and lower case; UNKNOWN for any other character below 128. */
const LETTER_INDEX = new Int8Array(128).fill(UNKNOWN);
SEN_CODES.forEach((code, index) => {
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
  // An empty key, or one character ("K." or "(K)": punctuation around a code), is neither a form
  // nor a code and a description: UNKNOWN below.
  const key = normalKey(text);
  const index = LONG_FORMS.get(key);
  if (index !== undefined) return index;
  const pair = codeAndDescription(key);
  if (!pair || pair.form === undefined) return UNKNOWN;
  return pair.form === pair.code ? pair.code : CONFLICT;
});

/**
 * The index in SEN_CODES of the code a cell holds, SEN_CODE_BLANK, or below it for anything else.
 * Allocation-free for one-character codes and blanks. A number 0 is a blank: Excel on Windows
 * passes an empty cell inside a range as 0.
 */
export function senCodeIndex(cell: unknown): number {
  if (typeof cell === "string") {
    // trim gives back the text itself when there is nothing to trim: "K" allocates nothing.
    const text = cell.trim();
    if (text.length === 1) return classifyChar(text.charCodeAt(0));
    return text.length === 0 ? SEN_CODE_BLANK : classifyText(text);
  }
  if (cell === null || cell === undefined || cell === 0) return SEN_CODE_BLANK;
  return UNKNOWN; // other numbers, booleans, error values: not codes
}

/** The code a cell holds: null for a blank cell (not a pupil), undefined for anything that is not a known code. */
export function parseSenCode(cell: unknown): SenCode | null | undefined {
  const index = senCodeIndex(cell);
  if (index === SEN_CODE_BLANK) return null;
  if (index < 0) return undefined;
  return SEN_CODES[index];
}

/** True for text that is not a code form and reads like a column header ("SEN Status", "sen_provision"). */
export function looksLikeRegisterHeader(cell: unknown): boolean {
  // Blanks and codes are no headers (senCodeIndex trims); spaces around a header word change nothing.
  if (typeof cell !== "string" || senCodeIndex(cell) !== UNKNOWN) return false;
  const lower = cell.toLowerCase();
  for (const word of REGISTER_HEADER_WORDS) if (lower.indexOf(word) >= 0) return true;
  return false;
}

/** For a code and description that disagree: why, in words ("its code K is SEN support but its description is EHC plan"). */
export function codeConflict(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const pair = codeAndDescription(normalKey(value));
  if (!pair || pair.form === undefined || pair.form === pair.code) return undefined;
  const code = SEN_CODES[pair.code] as SenCode;
  const described = SEN_CODES[pair.form] as SenCode;
  return `its code ${code} means ${SEN_CODE_NAMES[code]} but its description means ${SEN_CODE_NAMES[described]} (${described})`;
}
