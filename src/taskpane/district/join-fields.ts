/**
 * The District tab's columns when several tables are read: one select per input, its options
 * every column of every table grouped by table, so the user says both which table an input is
 * read from (where two hold it) and which column; the join's problems and notes below them.
 * No Excel, no state.
 */
import { FIELD_LABELS } from "../../sheets/district/read/header-detection";
import { DATA_FIELDS } from "../../sheets/district/join/join-plan";
import type { DataField } from "../../sheets/district/join/join-types";
import { el, headerName, labelledControl, option, withId } from "../shared/dom";
import { fieldNote, type MappingPart } from "./mapping-part";
import type { Joined } from "./tables-read";

/** `choose` gets the field and the table and column chosen, or undefined for no column. */
export type ChooseFieldColumn = (field: DataField, at: { table: number; column: number } | undefined) => void;

/** An option as the closed select shows it, so the table shows too: "Budget 2025-26: Notional SEN Budget (column 3)". */
function columnText(table: string, header: unknown, column: number): string {
  return `${table}: ${headerName(header)} (column ${column + 1})`;
}

function fieldSelect(doc: Document, joined: Joined, field: DataField, choose: ChooseFieldColumn): HTMLElement {
  const select = withId(el(doc, "select"), `district-map-${field}`);
  const source = joined.join.fields.find((f) => f.field === field)!;
  const pending = source.guesses.length > 0;
  if (pending) select.append(option(doc, "?", "(choose: see the notes)"));
  select.append(option(doc, "", "(no column)"));
  joined.tables.forEach((table, t) => {
    const group = el(doc, "optgroup");
    group.label = table.label;
    table.headers.forEach((header, column) =>
      group.append(option(doc, `${t}:${column}`, columnText(table.label, header, column))),
    );
    select.append(group);
  });
  select.value = pending ? "?" : source.table === undefined ? "" : `${source.table}:${source.column}`;
  select.addEventListener("change", () => {
    if (select.value === "?") return;
    const [table, column] = select.value.split(":").map(Number);
    choose(field, select.value === "" ? undefined : { table: table!, column: column! });
  });
  const wrapper = labelledControl(doc, select, FIELD_LABELS[field], undefined, { note: fieldNote(field, select) });
  if (source.holders.length > 1) {
    const holders = source.holders.map((h) => joined.tables[h.table]!.label).join(" and ");
    wrapper.append(el(doc, "div", `In ${holders}: choose the table to read it from.`, "hint"));
  }
  return wrapper;
}

/** One select per input of the join, then its problems (what must be settled) and notes, the pane's own (`extra`) with them. */
export function renderJoinFields(
  part: MappingPart,
  joined: Joined,
  choose: ChooseFieldColumn,
  extra: { readonly problems: readonly string[]; readonly notes: readonly string[] },
): void {
  const doc = part.section.ownerDocument;
  part.section.hidden = false;
  part.hint.textContent =
    "Each input is read from the table that has it; where two tables hold one, choose the table. Check each choice before building the summary.";
  part.fields.replaceChildren(...DATA_FIELDS.map((field) => fieldSelect(doc, joined, field, choose)));
  part.notes.replaceChildren(
    ...[...extra.problems, ...joined.join.problems].map((p) => el(doc, "li", p, "preview-warning")),
    ...[...joined.join.notes, ...extra.notes].map((n) => el(doc, "li", n)),
  );
}
