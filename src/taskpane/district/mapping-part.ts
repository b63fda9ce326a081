/**
 * The District tab's column mapping for one table: one select per field (the column the summary
 * takes it from), the notes on the file, the columns, the LA and the mobility units, the columns
 * that do not look like their field (checks-part.ts), and whether Build summary may run. Several tables
 * use the same fieldset with a select per input across the tables (join-fields.ts). No Excel, no
 * state: it is given the table it shows.
 */
import {
  DISTRICT_FIELDS,
  FIELD_LABELS,
  REQUIRED_FIELDS,
  checkMapping,
  type DistrictField,
} from "../../sheets/district/read/header-detection";
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

/** A field's select: "(no column)", then every column by number and header; `current` chosen. */
function columnSelect(
  doc: Document,
  field: DistrictField,
  headers: readonly unknown[],
  current: number | undefined,
): HTMLSelectElement {
  const select = withId(el(doc, "select"), `district-map-${field}`);
  select.append(option(doc, "", "(no column)"), ...columnOptions(doc, headers));
  select.value = current === undefined ? "" : String(current);
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
    const select = columnSelect(doc, field, loaded.source.headers, loaded.mapping[field]);
    select.addEventListener("change", () => onChoose(field, select.value === "" ? undefined : Number(select.value)));
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

/** What keeps a single table's summary from being built: a required column missing or undecided, the LA not chosen, mixed mobility units, an unconfirmed column. */
export function singleBlocked(loaded: Loaded, la: OneTableLa | undefined): boolean {
  if (la?.problem) return true;
  const check = checkMapping(loaded.mapping, loaded.source.headers);
  if (check.missingRequired.length > 0 || loaded.unresolved.size > 0) return true;
  if (mobilityUnits(loaded.source, loaded.mapping)?.problem) return true;
  return checkedWarnings(loaded).some((w) => !w.confirmed);
}

/** Notes on the file, the columns, the LA (`la`: the table's LA choice) and the mobility units. */
export function showNotes(
  part: MappingPart,
  loaded: Loaded,
  la: OneTableLa | undefined,
  columnNotes: readonly string[],
): void {
  const doc = part.section.ownerDocument;
  const units = mobilityUnits(loaded.source, loaded.mapping);
  const all = [...loaded.fileNotes, ...columnNotes, ...(la ? la.notes : [])];
  if (units?.note) all.push(units.note);
  part.notes.replaceChildren(...all.map((note) => el(doc, "li", note)));
  if (la?.problem) part.notes.prepend(el(doc, "li", la.problem, "preview-warning"));
  if (units?.problem) part.notes.append(el(doc, "li", units.problem, "preview-warning"));
}

/** The columns' notes after the user chose a column: a reminder for each field still to choose, then the mapping's notes. */
export function notesAfterEdit(loaded: Loaded): string[] {
  const check = checkMapping(loaded.mapping, loaded.source.headers);
  const waiting = [...loaded.unresolved].map(
    (field) => `Choose the column for "${FIELD_LABELS[field]}": two columns look equally like it.`,
  );
  return [...waiting, ...check.notes];
}
