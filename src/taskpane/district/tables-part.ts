/**
 * The District tab's tables: one group per table read, with where it is and a Remove button; with
 * two or more tables, each table's URN and LAESTAB columns (found by header, changeable, with what
 * they hold) and the key it is matched to the table of schools by. No Excel, no state: it is
 * given the tables to show, and the handlers get what the user chose.
 */
import type { KeyChoice } from "../../sheets/district/read/key-columns";
import type { TablePlan } from "../../sheets/district/join/join-types";
import { KEY_LABELS, type KeyKind } from "../../values/school-keys";
import {
  button,
  columnOptions,
  el,
  headedSection,
  labelledControl,
  option,
  withId,
  type HeadedSection,
} from "../shared/dom";
import { counted } from "../shared/words";
import type { Joined, Loaded } from "./tables-read";

/** "Tables read", hidden until one is; `body` holds one group per table. */
export type TablesPart = HeadedSection;

/** What the part shows: the tables read, their join (two or more), and whether the pane runs in Excel. */
export interface TablesShown {
  readonly sources: readonly Loaded[];
  readonly joined: Joined | undefined;
  readonly inExcel: boolean;
}

export interface TablesHandlers {
  remove(source: Loaded): void;
  /** A key column chosen: its index, or null for "this table has none". */
  chooseKey(source: Loaded, kind: KeyKind, column: number | null): void;
  chooseMatchBy(source: Loaded, kind: KeyKind): void;
}

const TABLES_HINT =
  "Up to four tables: the DfE's school-level SEN file, your budget table, a survey of SENCO hours... Two or more are joined into one row per school by URN or LAESTAB.";

export function createTablesPart(doc: Document): TablesPart {
  const part = headedSection(doc, "district-tables", "Tables read", "tables-read");
  part.body.before(el(doc, "p", TABLES_HINT, "hint"));
  return part;
}

/** Where the table's cells are, for its line: "on sheet Budget", or read from a file in the pane. */
function whereText(inExcel: boolean, source: Loaded): string {
  const rows = counted(source.source.rows.length, source.pivot ? "school" : "row");
  if (source.onSheet)
    return `${rows}, ${source.tableName ? `Excel table ${source.tableName}` : "a range"} on sheet ${source.source.sheetName}.`;
  const what = source.pivot ? `pivoted from ${source.label}` : `from ${source.fileName ?? source.label}`;
  return inExcel
    ? `${rows} ${what}: written to a new sheet when you build, so the summary can look them up.`
    : `${rows} ${what}.`;
}

/** What a key column holds: "URN: 4 keys" or "LAESTAB: 5 keys, 1 not a LAESTAB". */
function keyHolds(choice: KeyChoice): string {
  const chosen = choice.chosen;
  if (!chosen) return "";
  const label = KEY_LABELS[choice.kind];
  const parts = [counted(chosen.keys, "key")];
  if (chosen.invalid > 0) parts.push(`${chosen.invalid} not a ${label}`);
  if (chosen.blank > 0) parts.push(counted(chosen.blank, "blank"));
  return `"${chosen.header}" holds ${parts.join(", ")}.`;
}

function keySelect(doc: Document, id: string, source: Loaded, choice: KeyChoice, on: TablesHandlers): HTMLElement {
  const select = withId(el(doc, "select"), id);
  select.append(option(doc, "none", "(none)"), ...columnOptions(doc, source.source.headers));
  select.value = choice.chosen ? String(choice.chosen.column) : "none";
  select.addEventListener("change", () =>
    on.chooseKey(source, choice.kind, select.value === "none" ? null : Number(select.value)),
  );
  const hint = [keyHolds(choice), choice.note ?? ""].filter((t) => t !== "").join(" ");
  return labelledControl(doc, select, `${KEY_LABELS[choice.kind]} column`, hint === "" ? undefined : hint);
}

/** How the table is matched: the table of schools, a choice of keys, or the one key both hold. */
function matchLine(
  doc: Document,
  shown: TablesShown,
  t: number,
  id: string,
  on: TablesHandlers,
): HTMLElement | undefined {
  const joined = shown.joined;
  if (!joined) return undefined;
  const { join, tables } = joined;
  if (t === join.spine)
    return el(doc, "p", "The summary's schools are this table's rows (it gives the SEN support counts).", "hint");
  if (join.spine === undefined) return undefined;
  const spinePlan: TablePlan = join.tables[join.spine]!;
  const shared = (["urn", "laestab"] as const).filter(
    (k) => join.tables[t]!.keys[k].chosen && spinePlan.keys[k].chosen,
  );
  const matched = join.matchBy[t];
  if (shared.length < 2)
    return matched
      ? el(doc, "p", `Matched to ${tables[join.spine]!.label} by ${KEY_LABELS[matched]}.`, "hint")
      : undefined;
  const select = withId(el(doc, "select"), id);
  for (const kind of shared) select.append(option(doc, kind, KEY_LABELS[kind]));
  select.value = matched ?? shared[0]!;
  const source = shown.sources[t]!;
  select.addEventListener("change", () => on.chooseMatchBy(source, select.value as KeyKind));
  return labelledControl(doc, select, `Match to ${tables[join.spine]!.label} by`);
}

function tableGroup(doc: Document, shown: TablesShown, t: number, on: TablesHandlers): HTMLFieldSetElement {
  const source = shown.sources[t]!;
  const group = el(doc, "fieldset", undefined, "table-read");
  group.append(el(doc, "legend", source.tableLabel), el(doc, "p", whereText(shown.inExcel, source), "hint"));
  const plan = shown.joined?.join.tables[t];
  if (plan) {
    for (const kind of ["urn", "laestab"] as const)
      group.append(keySelect(doc, `district-key-${t}-${kind}`, source, plan.keys[kind], on));
    const match = matchLine(doc, shown, t, `district-match-${t}`, on);
    if (match) group.append(match);
  }
  const remove = button(doc, "Remove");
  remove.setAttribute("aria-label", `Remove ${source.tableLabel}`);
  remove.addEventListener("click", () => on.remove(source));
  group.append(remove);
  return group;
}

/** One group per table read; hidden when there is none. */
export function showTables(part: TablesPart, shown: TablesShown, on: TablesHandlers): void {
  const doc = part.section.ownerDocument;
  part.section.hidden = shown.sources.length === 0;
  part.body.replaceChildren(...shown.sources.map((_s, t) => tableGroup(doc, shown, t, on)));
}
