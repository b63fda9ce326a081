/**
 * The District tab's columns when several tables are read: one select per input, its options
 * every column of every table grouped by table, so the user says both which table an input is
 * read from (where two hold it) and which column; the join's problems and notes below them.
 * No Excel, no state.
 */
import { FIELD_LABELS, REQUIRED_FIELDS } from "../../sheets/district/header-detection";
import { DATA_FIELDS, type DataField } from "../../sheets/district/join";
import { el, withId } from "../shared/dom";
import type { DistrictTab } from "./district-state";

/** `choose` gets the field and the table and column chosen, or undefined for no column. */
export type ChooseFieldColumn = (field: DataField, at: { table: number; column: number } | undefined) => void;

/** An option as the closed select shows it, so the table shows too: "Budget 2025-26: Notional SEN Budget (column 3)". */
function columnText(table: string, header: unknown, column: number): string {
  const text =
    header === null || header === undefined || String(header).trim() === "" ? "(blank header)" : String(header);
  return `${table}: ${text} (column ${column + 1})`;
}

function fieldSelect(tab: DistrictTab, field: DataField, choose: ChooseFieldColumn): HTMLElement {
  const doc = tab.panel.ownerDocument;
  const joined = tab.joined!;
  const select = withId(el(doc, "select"), `district-map-${field}`);
  const none = el(doc, "option", "(no column)");
  none.value = "";
  select.append(none);
  joined.tables.forEach((table, t) => {
    const group = el(doc, "optgroup");
    group.label = table.label;
    table.headers.forEach((header, column) => {
      const option = el(doc, "option", columnText(table.label, header, column));
      option.value = `${t}:${column}`;
      group.append(option);
    });
    select.append(group);
  });
  const source = joined.join.fields.find((f) => f.field === field)!;
  select.value = source.table === undefined ? "" : `${source.table}:${source.column}`;
  select.addEventListener("change", () => {
    const [table, column] = select.value.split(":").map(Number);
    choose(field, select.value === "" ? undefined : { table: table!, column: column! });
  });
  const label = el(doc, "label", FIELD_LABELS[field]);
  label.htmlFor = select.id;
  if (REQUIRED_FIELDS.includes(field)) select.setAttribute("aria-required", "true");
  else label.append(el(doc, "span", " (optional)", "optional"));
  const wrapper = el(doc, "div", undefined, "field");
  const holders =
    source.holders.length > 1
      ? `In ${source.holders.map((h) => tab.joined!.tables[h.table]!.label).join(" and ")}: choose the table to read it from.`
      : undefined;
  wrapper.append(label, select);
  if (holders) wrapper.append(el(doc, "div", holders, "hint"));
  return wrapper;
}

/** One select per input of the join, then its problems (what must be settled) and notes. */
export function renderJoinFields(tab: DistrictTab, choose: ChooseFieldColumn, extraNotes: readonly string[]): void {
  const joined = tab.joined;
  if (!joined) return;
  const doc = tab.panel.ownerDocument;
  tab.mapping.section.hidden = false;
  tab.mapping.hint.textContent =
    "Each input is read from the table that has it; where two tables hold one, choose the table. Check each choice before building the summary.";
  tab.mapping.fields.replaceChildren(...DATA_FIELDS.map((field) => fieldSelect(tab, field, choose)));
  tab.mapping.notes.replaceChildren(
    ...joined.join.problems.map((p) => el(doc, "li", p, "preview-warning")),
    ...[...joined.join.notes, ...extraNotes].map((n) => el(doc, "li", n)),
  );
}
