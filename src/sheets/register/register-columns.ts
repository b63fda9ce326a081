/**
 * Finding a SEN register's columns by their headers as MIS exports spell them: the SEN provision
 * ("SEN Status" in SIMS, Arbor and ScholarPack, "SEN Provision" in the DfE's data items), the
 * primary and secondary need ("Primary Need", "Primary SEN Need", "SEN Type 1", "SEN Need 1";
 * "Secondary Need", "SEN Type 2"), and to name each pupil the name ("Name", or "Legal Surname" and
 * "Legal Forename", "Preferred Forename" ...), the UPN and the year ("Year", "NC Year", "Year
 * Group"); and for the review check the EHC plan's date ("EHCP start date", "EHC plan date"),
 * its last annual review ("Date of last annual review", "Annual review date") and the date of
 * birth. Two equally good columns for a field are reported as ambiguous, never chosen by
 * position. Matching is src/sheets/header-match.ts, shared with the district table. Pure.
 */
import {
  exact,
  findHeaderRow,
  headerText,
  matchColumns,
  syn,
  synonymScore,
  type ColumnMatch,
  type Synonym,
} from "../header-match";

export type RegisterField =
  | "provision"
  | "primaryNeed"
  | "secondaryNeed"
  | "name"
  | "surname"
  | "forename"
  | "upn"
  | "year"
  | "planDate"
  | "lastReview"
  | "birthDate";

export const REGISTER_FIELDS: readonly RegisterField[] = [
  "provision",
  "primaryNeed",
  "secondaryNeed",
  "name",
  "surname",
  "forename",
  "upn",
  "year",
  "planDate",
  "lastReview",
  "birthDate",
];

/** The dates the review check reads: when the plan was made, when it was last reviewed, the pupil's birth. */
export const REVIEW_DATE_FIELDS: readonly RegisterField[] = ["planDate", "lastReview", "birthDate"];

/** What the pane calls each field. */
export const REGISTER_FIELD_NAMES: Readonly<Record<RegisterField, string>> = {
  provision: "SEN provision (SEN status)",
  primaryNeed: "Primary need",
  secondaryNeed: "Secondary need",
  name: "Pupil name",
  surname: "Surname",
  forename: "Forename",
  upn: "UPN",
  year: "Year group",
  planDate: "EHC plan date (when it was made)",
  lastReview: "Date of the last annual review",
  birthDate: "Date of birth",
};

/** The census check needs these two; the rest only name the pupils or are left out. */
export const REQUIRED_REGISTER_FIELDS: readonly RegisterField[] = ["provision", "primaryNeed"];

/** Synonyms as normalizeHeader leaves them. A legal name beats a preferred one (it is the census's). */
const SYNONYMS: Readonly<Record<RegisterField, readonly Synonym[]>> = {
  provision: [
    ...syn("sen status", "sen provision", "send status", "send provision", "sen stage", "sen status code"),
    ...exact("sen", "send", "sen code", "provision"),
  ],
  primaryNeed: [
    ...syn("primary need", "primary sen need", "sen primary need", "primary sen type", "primary send need"),
    ...syn("sen type 1", "sen need 1", "primary type of need", "primary area of need", "main need"),
    ...exact("sen type", "sen need", "type of need", "need", "need 1"),
  ],
  secondaryNeed: [
    ...syn("secondary need", "secondary sen need", "sen secondary need", "secondary sen type", "secondary send need"),
    ...syn("sen type 2", "sen need 2", "secondary type of need", "secondary area of need"),
    ...exact("need 2"),
  ],
  name: [...syn("pupil name", "student name", "child name", "full name", "learner name"), ...exact("name", "pupil")],
  surname: [...syn("surname", "legal surname", "last name", "family name")],
  forename: [...syn("forename", "legal forename", "first name", "given name", "forenames")],
  upn: [...syn("upn", "unique pupil number")],
  year: [...syn("year group", "nc year", "national curriculum year", "curriculum year"), ...exact("year", "yr", "ncy")],
  planDate: [
    ...syn("ehcp start date", "ehc plan start date", "ehc plan date", "ehcp date", "date of ehcp", "date of ehc plan"),
    ...syn("ehcp issue date", "ehc plan issue date", "date ehcp issued", "ehcp issued", "date ehc plan issued"),
  ],
  lastReview: [
    ...syn("date of last annual review", "last annual review date", "last annual review", "annual review date"),
    ...syn("date of last review", "last review date", "ehcp review date", "ehc plan review date"),
    ...exact("annual review", "review date", "last reviewed"),
  ],
  birthDate: [...syn("date of birth", "birth date", "birthdate"), ...exact("dob", "d o b")],
};

/** Headers of a date still to come, never a plan's date or its last review ("Next annual review date"). */
const NOT_A_PAST_DATE = /(^| )(next|due|planned|scheduled|expected|end|ceased|ceases)( |$)/;

/** How well a normalized header names `field` (see header-match.ts). */
function fieldScore(header: string, field: RegisterField): number {
  if (REVIEW_DATE_FIELDS.includes(field))
    return NOT_A_PAST_DATE.test(header) ? 0 : synonymScore(header, SYNONYMS[field]);
  return NOT_A_FIELD.test(header) ? 0 : synonymScore(header, SYNONYMS[field]);
}

/** Headers of dates, reviews and money about the SEN record, never the record itself ("SEN Status Start Date"). */
const NOT_A_FIELD = /(^| )(date|start|end|review|reviewed|dob|birth|hours|budget|funding)( |$)/;

export interface RegisterColumns extends ColumnMatch<RegisterField> {
  /** Required fields with no column (or with a tie left for the user). */
  readonly missingRequired: readonly RegisterField[];
  /** Plain-English notes for the pane: ties, duplicates, missing columns and what follows. */
  readonly notes: readonly string[];
}

function notesFor(match: ColumnMatch<RegisterField>, headers: readonly unknown[], missing: RegisterField[]): string[] {
  const named = (f: RegisterField) => `"${REGISTER_FIELD_NAMES[f]}"`;
  const notes = match.ambiguous.map(
    (a) =>
      `${a.columns.map((c) => headerText(headers, c)).join(" and ")} look equally like ${named(a.field)}: choose one.`,
  );
  for (const d of match.duplicates)
    notes.push(
      `${headerText(headers, d.column)} also looks like ${named(d.field)}; ${headerText(headers, d.chosen)} is used.`,
    );
  for (const f of missing)
    if (!match.ambiguous.some((a) => a.field === f))
      notes.push(`No column holds ${named(f)}: choose it to check the register.`);
  const m = match.mapping;
  if (m.secondaryNeed === undefined) notes.push("No secondary need column: only primary needs are checked.");
  if (m.name === undefined && m.surname === undefined && m.forename === undefined)
    notes.push(
      m.upn === undefined
        ? "No name or UPN column: pupils are named by their cells."
        : "No name column: pupils are named by UPN.",
    );
  return notes;
}

/** Map the register's fields to columns by their headers (a table's header row). */
export function detectRegisterColumns(headers: readonly unknown[]): RegisterColumns {
  const match = matchColumns(headers, REGISTER_FIELDS, fieldScore);
  const missingRequired = REQUIRED_REGISTER_FIELDS.filter((f) => match.mapping[f] === undefined);
  return { ...match, missingRequired, notes: notesFor(match, headers, missingRequired) };
}

/** The columns the user chose in the pane, by field: a column, or undefined for none. A field not in it is as the headers gave it. */
export type ColumnChoices = { readonly [F in RegisterField]?: number | undefined };

/**
 * The columns with the user's choices over what the headers gave: a chosen field takes its column
 * (or none), and its tie, duplicate and missing notes go. `unresolved`: the ties still to choose.
 */
export function withChoices(
  columns: RegisterColumns,
  headers: readonly unknown[],
  choices: ColumnChoices,
): RegisterColumns & { readonly unresolved: readonly RegisterField[] } {
  const chosen = (f: RegisterField) => Object.prototype.hasOwnProperty.call(choices, f);
  const match = {
    mapping: { ...columns.mapping, ...choices },
    ambiguous: columns.ambiguous.filter((a) => !chosen(a.field)),
    duplicates: columns.duplicates.filter((d) => !chosen(d.field)),
  };
  const missingRequired = REQUIRED_REGISTER_FIELDS.filter((f) => match.mapping[f] === undefined);
  const notes = notesFor(match, headers, missingRequired);
  return { ...match, missingRequired, notes, unresolved: match.ambiguous.map((a) => a.field) };
}

/** The register's header row under any title rows of an export (the first of the first 10 rows naming most fields). */
export function registerHeaderRow(rows: readonly (readonly unknown[])[]): number {
  return findHeaderRow(rows, (row) => {
    const m = detectRegisterColumns(row).mapping;
    return REGISTER_FIELDS.filter((f) => m[f] !== undefined).length;
  });
}
