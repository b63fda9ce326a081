/**
 * Finding the district table's columns by their headers, with the usual synonyms. Pure: no DOM,
 * no Office. The pane shows the result and lets the user correct it before anything is written.
 * The matching itself (synonyms, ties, duplicates) is src/sheets/header-match.ts.
 */
import {
  exact,
  findHeaderRow as findHeaderRowBy,
  headerText,
  matchColumns,
  normalizeHeader,
  syn,
  synonymScore,
  type Synonym,
} from "../../header-match";

export { normalizeHeader };

/** The columns the district summary uses. */
export type DistrictField =
  "name" | "urn" | "budget" | "schoolAction" | "schoolActionPlus" | "statements" | "mobility" | "allocated" | "pupils";

export const DISTRICT_FIELDS: readonly DistrictField[] = [
  "name",
  "urn",
  "budget",
  "schoolAction",
  "schoolActionPlus",
  "statements",
  "mobility",
  "allocated",
  "pupils",
];

/** What each field is called in the pane and in messages. */
export const FIELD_LABELS: Readonly<Record<DistrictField, string>> = {
  name: "School name",
  urn: "URN",
  budget: "Notional SEN budget",
  schoolAction: "School Action or SEN support (K)",
  schoolActionPlus: "School Action Plus",
  statements: "Statements or EHC plans (E)",
  mobility: "Pupil mobility (turnover)",
  allocated: "Allocated SENCO hours",
  pupils: "Total pupils",
};

/**
 * Required: a school name or a URN (at least one), the budget, School Action / SEN support and
 * statements / EHC plans. Optional: School Action Plus (0 when the table has none: the 2014 Code
 * of Practice merged it into SEN support), mobility (adds 0 hours when absent, as a blank does in
 * SEND.SENCOHOURS), the allocated hours (without them, no comparison is made) and the total
 * pupils (used only to check that a count at an SEN stage is not more than the school's pupils).
 */
export const REQUIRED_FIELDS: readonly DistrictField[] = ["budget", "schoolAction", "statements"];
export const OPTIONAL_FIELDS: readonly DistrictField[] = ["schoolActionPlus", "mobility", "allocated", "pupils"];

/** Column index (within the table) of each field, or undefined when the table has no such column. */
export type ColumnMapping = { [F in DistrictField]: number | undefined };

/** Synonyms, written as normalizeHeader leaves them (lower case, words separated by one space, "+" as "plus"). */
const SYNONYMS: Readonly<Record<DistrictField, readonly Synonym[]>> = {
  name: [...syn("school name", "establishment name", "name of school"), ...exact("name", "school", "establishment")],
  // "LAESTAB" and "DfE number" (LA code + establishment number) are not URNs: they are left unmapped.
  urn: [...syn("urn", "unique reference number"), ...exact("school urn")],
  budget: [
    ...syn(
      "notional sen budget",
      "notional send budget",
      "notional sen",
      "notional send",
      "notional budget",
      "sen notional budget",
      "sen budget",
    ),
    ...exact("budget", "notional"),
  ],
  schoolAction: [
    ...syn("school action", "sen support", "send support", "pupils on sen support", "number on sen support"),
    ...exact(
      "k",
      "sa",
      "sen support k",
      "school action sa",
      "school action or sen support",
      "school action or sen support k",
    ),
  ],
  schoolActionPlus: [...syn("school action plus"), ...exact("sa plus", "sap", "p", "school action plus p")],
  statements: [
    ...syn(
      "statements",
      "statement",
      "ehc plan",
      "ehc plans",
      "ehcp",
      "ehcps",
      "education health and care plan",
      "education health and care plans",
      "statements or ehc plans",
    ),
    ...exact("e", "s", "ehc"),
  ],
  mobility: [...syn("mobility", "turnover", "pupil mobility", "pupil turnover", "mobility rate", "turnover rate")],
  pupils: [
    ...syn(
      "total pupils",
      "number of pupils",
      "pupils on roll",
      "number on roll",
      "total number of pupils",
      "pupil headcount",
      "headcount",
    ),
    ...exact("pupils", "nor", "roll", "total pupils on roll"),
  ],
  allocated: [
    ...syn(
      "allocated senco hours",
      "current senco hours",
      "senco hours",
      "senco time",
      "allocated hours",
      "current hours",
      "actual senco hours",
      "senco hours allocated",
      "senco hours per week",
      "hours allocated",
      "hours the senco is allocated",
      "allocated senco time",
      "non contact time for the senco",
      "senco non contact time",
    ),
  ],
};

/**
 * LA surveys name the allocated hours in many ways ("SENCO hours", "Hours the SENCO is allocated a
 * week", "SENCO time (hours a week)", "Allocated SENCO time", "Non-contact time for the SENCO
 * (hours)"): any header naming the SENCO (SENCO, SENDCo) and hours or time is taken for them, below
 * the synonyms above. A header naming only one of the two is a guess, offered as a choice
 * (allocated-hours.ts), never taken by itself.
 */
const SENCO_WORD = /(^| )(senco|sencos|sendco|sendcos)( |$)/;
const HOURS_WORD = /(^| )(hours|hour|hrs|time)( |$)/;
const SENCO_AND_HOURS = 20;

/** Whether a normalised header names the SENCO and hours or time ("hours the senco is allocated a week"). */
export function namesSencoHours(header: string): boolean {
  return SENCO_WORD.test(header) && HOURS_WORD.test(header);
}

/** Whether a normalised header names only one of the SENCO and hours or time: a guess at the allocated hours. */
export function hintsSencoHours(header: string): boolean {
  return SENCO_WORD.test(header) !== HOURS_WORD.test(header);
}

/** What a header says its column's unit is: money, a percentage, or nothing said. */
export type HeaderUnit = "money" | "percent" | undefined;

const MONEY_WORDS = /(^| )(funding|funded|cost|costs|spend|spending|budget|budgets|gbp|pounds|amount|income)( |$)/;
const PERCENT_WORDS = /(^| )(percent|percentage|pct|rate|proportion|share)( |$)/;

/** The unit a header names: "£" or money words, "%" or percentage words. */
export function headerUnit(header: unknown): HeaderUnit {
  if (header === null || header === undefined) return undefined;
  const raw = String(header);
  const normal = normalizeHeader(raw);
  if (raw.indexOf("%") >= 0 || PERCENT_WORDS.test(normal)) return "percent";
  if (raw.indexOf("£") >= 0 || MONEY_WORDS.test(normal)) return "money";
  return undefined;
}

/** Fields that hold a number of pupils: never a money or percentage column. */
const COUNT_FIELDS: ReadonlySet<DistrictField> = new Set<DistrictField>([
  "schoolAction",
  "schoolActionPlus",
  "statements",
  "pupils",
  "urn",
  "allocated",
]);

/**
 * How well a header matches a field, knowing its unit: a money or percentage header is never a
 * count (or a URN or hours); a percentage is never the budget; a percentage is preferred for
 * mobility (it beats a plain "Mobility" column).
 */
function score(header: string, field: DistrictField, unit: HeaderUnit): number {
  if (unit !== undefined && COUNT_FIELDS.has(field)) return 0;
  if (unit === "percent" && field === "budget") return 0;
  if (unit === "money" && field === "mobility") return 0;
  const base = textScore(header, field);
  return base > 0 && unit === "percent" && field === "mobility" ? base + 100 : base;
}

/** How well a normalized header matches a field's synonyms (header-match.ts's synonymScore). */
function textScore(header: string, field: DistrictField): number {
  const score = synonymScore(header, SYNONYMS[field]);
  return score === 0 && field === "allocated" && namesSencoHours(header) ? SENCO_AND_HOURS : score;
}

/** The synonyms a field's header is recognised by (the school keys reuse the URN's). */
export function fieldSynonyms(field: DistrictField): readonly Synonym[] {
  return SYNONYMS[field];
}

export interface HeaderDetection {
  /** Each field's column; undefined for a field whose best candidates tie (see `ambiguous`). */
  readonly mapping: ColumnMapping;
  /** Fields with two or more equally good columns: none is picked by position; the user chooses. */
  readonly ambiguous: ReadonlyArray<{ field: DistrictField; columns: readonly number[] }>;
  /** Headers that matched a field already taken by a better or earlier column: field → extra column indexes. */
  readonly duplicates: ReadonlyArray<{ field: DistrictField; column: number; chosen: number }>;
  /** Required fields with no column (a name or URN counts as one). */
  readonly missingRequired: readonly DistrictField[];
  /** Optional fields with no column. */
  readonly missingOptional: readonly DistrictField[];
  /** Plain-English notes for the pane (duplicates, missing columns and what follows from them). */
  readonly notes: readonly string[];
}

export function emptyMapping(): ColumnMapping {
  return {
    name: undefined,
    urn: undefined,
    budget: undefined,
    schoolAction: undefined,
    schoolActionPlus: undefined,
    statements: undefined,
    mobility: undefined,
    allocated: undefined,
    pupils: undefined,
  };
}

/** What is missing from a mapping, and the notes that follow (used after detection and after the user edits it). */
export function checkMapping(
  mapping: ColumnMapping,
  headers: readonly unknown[] = [],
): Pick<HeaderDetection, "missingRequired" | "missingOptional" | "notes"> {
  const missingRequired: DistrictField[] = [];
  const missingOptional: DistrictField[] = [];
  const notes: string[] = [];
  if (mapping.name === undefined && mapping.urn === undefined) {
    missingRequired.push("name");
    notes.push("No column holds the school name or URN: choose one so each school can be named.");
  }
  for (const field of REQUIRED_FIELDS) {
    if (mapping[field] === undefined) {
      missingRequired.push(field);
      notes.push(`No column holds "${FIELD_LABELS[field]}": choose it before building the summary.`);
    }
  }
  for (const field of OPTIONAL_FIELDS) if (mapping[field] === undefined) missingOptional.push(field);
  if (mapping.schoolActionPlus === undefined)
    notes.push("No School Action Plus column: it counts as 0 (since 2014 those pupils are on SEN support).");
  if (mapping.mobility === undefined) notes.push("No mobility column: mobility adds 0 hours for every school.");
  if (mapping.allocated === undefined)
    notes.push("No allocated SENCO hours column: the summary shows guide hours only, with no below-guide comparison.");
  const used = new Map<number, DistrictField>();
  for (const field of DISTRICT_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    const other = used.get(column);
    if (other !== undefined)
      notes.push(
        `${headerText(headers, column)} is chosen for both "${FIELD_LABELS[other]}" and "${FIELD_LABELS[field]}".`,
      );
    else used.set(column, field);
  }
  return { missingRequired, missingOptional, notes };
}

/**
 * Map each field to a column by its header and its unit. Each header goes to the field it matches
 * best; when several headers match one field, the best match wins and the others are reported as
 * duplicates, never used silently; when the best ones tie, none is picked by position: the field
 * is left for the user to choose (`ambiguous`).
 */
export function detectColumns(headers: readonly unknown[]): HeaderDetection {
  const { mapping, ambiguous, duplicates } = matchColumns(headers, DISTRICT_FIELDS, (header, field, column) =>
    score(header, field, headerUnit(headers[column])),
  );
  const checked = checkMapping(mapping, headers);
  const notes = [
    ...ambiguous.map(
      (a) =>
        `${a.columns.map((c) => headerText(headers, c)).join(" and ")} look equally like "${FIELD_LABELS[a.field]}": choose one below (Build summary waits for your choice).`,
    ),
    ...duplicates.map(
      (d) =>
        `${headerText(headers, d.column)} also looks like "${FIELD_LABELS[d.field]}"; ${headerText(headers, d.chosen)} is used. Change the choice below if that is wrong.`,
    ),
    ...checked.notes.filter((note) => !ambiguous.some((a) => note.indexOf(`"${FIELD_LABELS[a.field]}"`) >= 0)),
  ];
  return {
    mapping,
    ambiguous,
    duplicates,
    missingRequired: checked.missingRequired,
    missingOptional: checked.missingOptional,
    notes,
  };
}

/** How many fields a row's cells would map: used to find the header row under title rows. */
function recognised(row: readonly unknown[]): number {
  const d = detectColumns(row);
  return DISTRICT_FIELDS.filter((f) => d.mapping[f] !== undefined).length;
}

/**
 * The header row of a block: among the first `scan` rows, the first one that maps the most fields
 * (at least 2). Returns 0 when no row maps 2 fields (the first row is then taken as the header
 * and the user maps the columns by hand).
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[], scan = 10): number {
  return findHeaderRowBy(rows, recognised, scan);
}
