/**
 * The school census's type-of-need codes (the "SEN type" of a pupil with SEN support or an EHC
 * plan, ranked 1 for the primary need and 2 for a secondary need), read in every form registers
 * hold them: the code ("SEMH", "SpLD"), SIMS's "code - description" ("ASD - Autistic Spectrum
 * Disorder", refused when code and description disagree), and the DfE description in any case,
 * spacing and punctuation ("Social, emotional and mental health", "Profound & Multiple Learning
 * Difficulty", "Other Difficulty/Disability").
 *
 * [dfe-sen2-guide] lists the twelve needs from SPLD to OTH "consistent with those collected within
 * the spring term school census"; [dfe-census-validation] rule 2175 adds NSA "SEN support but no
 * specialist assessment of type of need"; [dfe-down-syndrome-2025] adds Down syndrome (DS) from the
 * January 2025 census, so the census has 14 codes, not 13. The descriptions are the DfE's
 * ([dfe-sen-long-2026], sen_primary_need labels, sentence case).
 */
import { codeAndForm, remembered } from "./coded-text";

/** The census codes, in the order the DfE lists them. */
export const NEED_CODES = [
  "SPLD",
  "MLD",
  "SLD",
  "PMLD",
  "SEMH",
  "SLCN",
  "HI",
  "VI",
  "MSI",
  "PD",
  "ASD",
  "DS",
  "OTH",
  "NSA",
] as const;

export type NeedCode = (typeof NEED_CODES)[number];

/** The DfE's description of each code, in NEED_CODES order. */
export const NEED_NAMES: readonly string[] = [
  "Specific learning difficulty",
  "Moderate learning difficulty",
  "Severe learning difficulty",
  "Profound and multiple learning difficulty",
  "Social, emotional and mental health",
  "Speech, language and communication needs",
  "Hearing impairment",
  "Vision impairment",
  "Multi-sensory impairment",
  "Physical disability",
  "Autistic spectrum disorder",
  "Down syndrome",
  "Other difficulty or disability",
  "SEN support but no specialist assessment of type of need",
];

/** Index of NSA in NEED_CODES (only for SEN support, census rule 2175). */
export const NSA = 13;
/** needIndex of a blank cell (null, "", spaces, or the 0 Excel on Windows passes for an empty cell). */
export const NEED_BLANK = -1;
/** needIndex of anything that is not a census code or one of its descriptions. */
export const NEED_UNKNOWN = -2;

/** Accepted forms, for messages. */
export const NEED_CODES_HELP = `${NEED_CODES.join(", ")}, a DfE description or SIMS's "ASD - Autistic Spectrum Disorder"; blank for none`;

/** Lower case, apostrophes dropped, "&" as "and", other punctuation and spaces as one space, plurals of "difficulty" as singular. */
export function needKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/difficulties$/, "difficulty");
}

/** Other spellings in MIS exports and DfE files, as needKey leaves them. */
const OTHER_SPELLINGS: readonly [string, number][] = [
  ["visual impairment", 7],
  ["multisensory impairment", 8],
  ["speech language and communications needs", 5],
  ["autism spectrum disorder", 10],
  ["downs syndrome", 11],
  ["other difficulty disability", 12],
];

const FORMS = new Map<string, number>(OTHER_SPELLINGS);
NEED_CODES.forEach((code, index) => {
  FORMS.set(code, index);
  FORMS.set(code.toLowerCase(), index);
  FORMS.set(needKey(NEED_NAMES[index] as string), index);
});

/** A census code written alone ("semh"): its index, else NEED_UNKNOWN. */
function needCode(word: string): number {
  return NEED_CODES.indexOf(word.toUpperCase() as NeedCode);
}

/** Text read the slow way, remembered (registers repeat a few forms). */
const classifyText = remembered((text: string): number => {
  const key = needKey(text);
  if (key === "") return NEED_BLANK;
  const index = FORMS.get(key);
  if (index !== undefined) return index;
  // "ASD - Autistic Spectrum Disorder": a code, then that code's own description.
  const pair = codeAndForm(key, needCode, FORMS);
  return pair && pair.form === pair.code ? pair.code : NEED_UNKNOWN;
});

/** The index in NEED_CODES of the need a cell holds, NEED_BLANK or NEED_UNKNOWN. */
export function needIndex(cell: unknown): number {
  if (typeof cell !== "string") return cell === null || cell === undefined || cell === 0 ? NEED_BLANK : NEED_UNKNOWN;
  const index = FORMS.get(cell);
  return index === undefined ? classifyText(cell) : index;
}

/** The code a cell holds: null for a blank, undefined for anything else that is not a census need. */
export function parseNeed(cell: unknown): NeedCode | null | undefined {
  const index = needIndex(cell);
  return index >= 0 ? NEED_CODES[index] : index === NEED_BLANK ? null : undefined;
}
