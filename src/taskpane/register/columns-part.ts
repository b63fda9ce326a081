/**
 * The Register tab's register columns: where the table was read from, one select per field (the
 * column found by its header; two equally good columns leave the select on "Choose a column"
 * until the user picks one, never by position) and the notes on the columns. No Excel, no state.
 */
import {
  REGISTER_FIELDS,
  REGISTER_FIELD_NAMES,
  REQUIRED_REGISTER_FIELDS,
  type RegisterColumns,
  type RegisterField,
} from "../../sheets/register/register-columns";
import type { RegisterTable } from "../../sheets/register/census-check";
import { columnOptions, el, hiddenFieldset, labelledControl, option, withId } from "../shared/dom";

export interface ColumnsPart {
  /** The fieldset "Register columns", hidden until a register table is read. */
  readonly section: HTMLFieldSetElement;
  readonly status: HTMLElement;
  readonly fields: HTMLElement;
  readonly notes: HTMLElement;
}

/** The value of a select still waiting for the user's choice. */
const CHOOSE = "choose";

export function createColumnsPart(doc: Document): ColumnsPart {
  const section = hiddenFieldset(doc, "Register columns");
  const part = {
    section,
    status: withId(el(doc, "p", undefined, "status"), "register-table-status"),
    fields: el(doc, "div", undefined, "column-fields"),
    notes: el(doc, "ul", undefined, "notes"),
  };
  part.notes.setAttribute("aria-label", "Notes on the register's columns");
  section.append(
    part.status,
    el(doc, "p", "Found by their headers. Change any that is wrong; the check follows.", "hint"),
    part.fields,
    part.notes,
  );
  return part;
}

function columnSelect(doc: Document, field: RegisterField, table: RegisterTable, waiting: boolean, current?: number) {
  const select = withId(el(doc, "select"), `register-col-${field}`);
  if (waiting) select.append(option(doc, CHOOSE, "Choose a column"));
  select.append(option(doc, "", "(no column)"), ...columnOptions(doc, table.headers));
  select.value = waiting ? CHOOSE : current === undefined ? "" : String(current);
  if (REQUIRED_REGISTER_FIELDS.includes(field)) select.setAttribute("aria-required", "true");
  return select;
}

/** One select per field for `columns` (with the user's choices); `onChoose` gets the field and its column (undefined for none). */
export function showColumns(
  part: ColumnsPart,
  table: RegisterTable,
  columns: RegisterColumns & { readonly unresolved: readonly RegisterField[] },
  onChoose: (field: RegisterField, column: number | undefined) => void,
): void {
  const doc = part.section.ownerDocument;
  // The selects are made again after a choice: the one the user was on keeps the focus.
  const focused = part.fields.contains(doc.activeElement) ? doc.activeElement!.id : undefined;
  part.section.hidden = false;
  part.fields.replaceChildren();
  for (const field of REGISTER_FIELDS) {
    const waiting = columns.unresolved.includes(field);
    const select = columnSelect(doc, field, table, waiting, columns.mapping[field]);
    select.addEventListener("change", () => {
      if (select.value !== CHOOSE) onChoose(field, select.value === "" ? undefined : Number(select.value));
    });
    const className = waiting ? "field to-choose" : "field";
    part.fields.append(labelledControl(doc, select, REGISTER_FIELD_NAMES[field], undefined, { className }));
  }
  part.notes.replaceChildren(...columns.notes.map((note) => el(doc, "li", note)));
  if (focused) doc.getElementById(focused)?.focus();
}
