/**
 * The District tab's column mapping for one table: one select per field (the column the summary
 * takes it from), the notes on the file, the columns, the LA, the mobility units and the schools
 * left out, all worked out from the choices made now; the columns that do not look like their
 * field (checks-part.ts), and whether Build summary may run. Several tables use the same fieldset
 * with a select per input across the tables (join-fields.ts). No Excel, no state: it is given the
 * table it shows.
 */
import {
  DISTRICT_FIELDS,
  FIELD_LABELS,
  REQUIRED_FIELDS,
  checkMapping,
  detectColumns,
  type DistrictField,
  type HeaderDetection,
} from "../../sheets/district/read/header-detection";
import { guessNote, hoursGuesses } from "../../sheets/district/read/allocated-hours";
import { headerText } from "../../sheets/header-match";
import { mappingWarnings, type ColumnWarning } from "../../sheets/district/read/column-checks";
import type { OneTableLa } from "../../sheets/district/join/one-table-la";
import { mobilityUnits } from "../../sheets/district/read/mobility-units";
import { columnOptions, el, hiddenFieldset, labelledControl, option, withId } from "../shared/dom";
import type { Loaded } from "./tables-read";

export interface MappingPart {
  /** The fieldset "Columns used", hidden until a table is read. */
  readonly section: HTMLFieldSetElement;
  readonly hint: HTMLElement;
  readonly fields: HTMLElement;
  readonly notes: HTMLElement;
}

const SINGLE_HINT = "Check each choice; change any that is wrong before building the summary.";

export function createMappingPart(doc: Document): MappingPart {
  const section = hiddenFieldset(doc, "Columns used");
  const fields = el(doc, "div");
  const notes = el(doc, "ul", undefined, "notes");
  notes.setAttribute("aria-label", "Notes on the columns");
  const hint = el(doc, "p", SINGLE_HINT, "hint");
  section.append(hint, fields, notes);
  return { section, hint, fields, notes };
}

/** Columns as a select offers them: "Column 4: SEN Status"; a table read without a header row: "Column D". */
export function districtColumnOptions(doc: Document, headers: readonly unknown[], noHeaderRow: boolean | undefined) {
  return noHeaderRow ? headers.map((h, i) => option(doc, String(i), String(h))) : columnOptions(doc, headers);
}

/** A field's select: "(no column)", then every column by number and header; `current` chosen; "(choose)" first while the field waits for the user. */
function columnSelect(doc: Document, field: DistrictField, loaded: Loaded): HTMLSelectElement {
  const select = withId(el(doc, "select"), `district-map-${field}`);
  const pending = loaded.unresolved.has(field);
  if (pending) select.append(option(doc, "?", "(choose: see the notes)"));
  select.append(
    option(doc, "", "(no column)"),
    ...districtColumnOptions(doc, loaded.source.headers, loaded.source.noHeaderRow),
  );
  const current = loaded.mapping[field];
  select.value = pending ? "?" : current === undefined ? "" : String(current);
  return select;
}

/** What follows a field's label: a required field is marked required instead; the others say what they are. */
export function fieldNote(field: DistrictField, select: HTMLSelectElement): string | undefined {
  if (!REQUIRED_FIELDS.includes(field)) return field === "name" || field === "urn" ? " (name or URN)" : " (optional)";
  select.setAttribute("aria-required", "true");
  return undefined;
}

/** One select per field for the loaded table; `onChoose` gets the field and its column (undefined for none). */
export function renderMapping(
  part: MappingPart,
  loaded: Loaded,
  onChoose: (field: DistrictField, column: number | undefined) => void,
): void {
  const doc = part.section.ownerDocument;
  part.section.hidden = false;
  part.hint.textContent = SINGLE_HINT;
  part.fields.replaceChildren();
  for (const field of DISTRICT_FIELDS) {
    const select = columnSelect(doc, field, loaded);
    select.addEventListener("change", () => {
      if (select.value !== "?") onChoose(field, select.value === "" ? undefined : Number(select.value));
    });
    const note = fieldNote(field, select);
    part.fields.append(labelledControl(doc, select, FIELD_LABELS[field], undefined, { note }));
  }
}

/** The key a confirmed column is kept under on its table: "budget:3". */
export function confirmedKey(warning: Pick<ColumnWarning, "field" | "column">): string {
  return `${warning.field}:${warning.column}`;
}

/** The chosen columns that do not look like their field, each with whether the user confirmed it. */
export function checkedWarnings(loaded: Loaded) {
  return mappingWarnings(loaded.source, loaded.mapping).map((warning) => ({
    warning,
    confirmed: loaded.confirmed.has(confirmedKey(warning)),
  }));
}

/**
 * What keeps a single table's summary from being built: its header row in question, a required
 * column missing or undecided, the LA not chosen, mixed mobility units, an unconfirmed column.
 */
export function singleBlocked(loaded: Loaded, la: OneTableLa | undefined): boolean {
  if (la?.problem || loaded.headerRow === "ask") return true;
  const check = checkMapping(loaded.mapping, loaded.source.headers);
  if (check.missingRequired.length > 0 || loaded.unresolved.size > 0) return true;
  if (mobilityUnits(loaded.source, loaded.mapping)?.problem) return true;
  return checkedWarnings(loaded).some((w) => !w.confirmed);
}

/** What a table whose first row looks like data waits for. */
export function headerQuestionNote(loaded: Loaded): string {
  return `Say whether the first row of ${loaded.tableLabel} is its header row (under Tables read).`;
}

/** A note for the pane, in red when it must be settled before building. */
export interface PaneNote {
  readonly text: string;
  readonly blocks: boolean;
}

/** The notes on the fields still to choose: two equally good columns named, or a column that may hold the allocated hours. */
function waitingNotes(loaded: Loaded, detection: HeaderDetection): string[] {
  const headers = loaded.source.headers;
  return [...loaded.unresolved].map((field) => {
    const tie = detection.ambiguous.find((a) => a.field === field);
    if (tie)
      return `${tie.columns.map((c) => headerText(headers, c)).join(" and ")} look equally like "${FIELD_LABELS[field]}": choose one below (Build summary waits for your choice).`;
    const taken = new Set(Object.values(loaded.mapping).filter(isColumn));
    return hoursGuesses(loaded.source, taken)
      .map((g) => guessNote(g))
      .join(" ");
  });
}

/** Whether a note of checkMapping is about a field the user is still to choose (its note above says what to do). */
function waitsFor(loaded: Loaded, note: string): boolean {
  for (const field of loaded.unresolved) {
    if (note.includes(`"${FIELD_LABELS[field]}"`)) return true;
    if (field === "allocated" && note.startsWith("No allocated SENCO hours column")) return true;
  }
  return false;
}

function isColumn(c: number | undefined): c is number {
  return c !== undefined;
}

/**
 * One table's notes, worked out from its cells and the choices made now (never kept from an
 * earlier choice): what must be settled, in red (the header row, the LA, the fields to choose,
 * mixed mobility units), then the notes on the file, the columns (a header that also looks like
 * a field while the column it lost to is still used), the LA and the mobility units. (The schools
 * closed or not open yet are listed with the summary, which reads them on its date.)
 */
export function singleNotes(loaded: Loaded, la: OneTableLa | undefined): PaneNote[] {
  const { source, mapping } = loaded;
  const units = mobilityUnits(source, mapping);
  const detection = detectColumns(source.headers);
  const stillTrue = detection.duplicates.filter((d) => mapping[d.field] === d.chosen);
  const blocking = [
    ...(loaded.headerRow === "ask" ? [headerQuestionNote(loaded)] : []),
    ...(la?.problem ? [la.problem] : []),
    ...waitingNotes(loaded, detection),
    ...(units?.problem ? [units.problem] : []),
  ];
  const notes = [
    ...loaded.fileNotes,
    ...stillTrue.map(
      (d) =>
        `${headerText(source.headers, d.column)} also looks like "${FIELD_LABELS[d.field]}"; ${headerText(source.headers, d.chosen)} is used. Change the choice below if that is wrong.`,
    ),
    ...checkMapping(mapping, source.headers).notes.filter((note) => !waitsFor(loaded, note)),
    ...(la ? la.notes : []),
    ...(units?.note ? [units.note] : []),
  ];
  return [...blocking.map((text) => ({ text, blocks: true })), ...notes.map((text) => ({ text, blocks: false }))];
}

/** Show notes in the list under the selects, the ones to settle first and in red. */
export function showNotes(part: MappingPart, notes: readonly PaneNote[]): void {
  const doc = part.section.ownerDocument;
  part.notes.replaceChildren(...notes.map((n) => el(doc, "li", n.text, n.blocks ? "preview-warning" : undefined)));
}
