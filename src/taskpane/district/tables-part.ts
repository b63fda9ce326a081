/**
 * The District tab's tables: one group per table read, with where it is and a Remove button; with
 * two or more tables, each table's URN and LAESTAB columns (found by header, changeable, with what
 * they hold) and the key it is matched to the table of schools by. No Excel, no state: it is
 * given the tables to show, and the handlers get what the user chose.
 */
import type { KeyChoice } from "../../sheets/district/read/key-columns";
import type { MatchKind, TablePlan } from "../../sheets/district/join/join-types";
import { KEY_LABELS } from "../../values/school-keys";
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
import type { TablesHandlers } from "./district-handlers";
import type { Joined, Loaded } from "./tables-read";

/** "Tables read", hidden until one is; `body` holds one group per table. */
export type TablesPart = HeadedSection;

/** What the part shows: the tables read, their join (two or more), and whether the pane runs in Excel. */
export interface TablesShown {
  readonly sources: readonly Loaded[];
  readonly joined: Joined | undefined;
  readonly inExcel: boolean;
}

const TABLES_HINT =
  "Up to four tables: the DfE's school-level SEN file, your budget table, a survey of SENCO hours... Two or more are joined into one row per school by URN or LAESTAB, or by the schools' names within the LA where they share neither.";

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

/** What each way of matching is called in the select. */
const MATCH_OPTION: Readonly<Record<MatchKind, string>> = {
  urn: "URN",
  laestab: "LAESTAB",
  name: "School name (matches to accept)",
};

/** How the table is matched: the table of schools, the one key both hold, or a choice of keys and the schools' names. */
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
  const plan = join.tables[t]!;
  const choices: MatchKind[] = (["urn", "laestab"] as const).filter(
    (k) => plan.keys[k].chosen && spinePlan.keys[k].chosen,
  );
  if (plan.mapping.name !== undefined && spinePlan.mapping.name !== undefined) choices.push("name");
  const matched = join.matchBy[t] ?? shown.sources[t]!.matchBy;
  if (choices.length === 0) return undefined;
  if (choices.length === 1 && matched === choices[0] && matched !== "name")
    return el(doc, "p", `Matched to ${tables[join.spine]!.label} by ${KEY_LABELS[matched!]}.`, "hint");
  const select = withId(el(doc, "select"), id);
  if (matched === undefined || !choices.includes(matched)) select.append(option(doc, "", "(choose how to match)"));
  for (const kind of choices) select.append(option(doc, kind, MATCH_OPTION[kind]));
  select.value = matched !== undefined && choices.includes(matched) ? matched : "";
  const source = shown.sources[t]!;
  select.addEventListener("change", () => {
    if (select.value !== "") on.chooseMatchBy(source, select.value as MatchKind);
  });
  return labelledControl(doc, select, `Match to ${tables[join.spine]!.label} by`);
}

/** A table whose first row looks like a school's: is it the header row? The summary waits for the answer. */
function headerQuestion(doc: Document, source: Loaded, t: number, on: TablesHandlers): HTMLElement {
  const select = withId(el(doc, "select"), `district-header-${t}`);
  if (source.headerRow === "ask") select.append(option(doc, "ask", "(choose)"));
  select.append(
    option(doc, "none", "This table has no header row: every row is a school, the columns named by letter"),
    option(doc, "header", "The first row is the header row"),
  );
  select.value = source.headerRow ?? "ask";
  select.addEventListener("change", () => {
    if (select.value !== "ask") on.chooseHeaderRow(source, select.value as "header" | "none");
  });
  const first = source.asRead.headers.slice(0, 4).map((h) => `"${String(h ?? "").trim()}"`);
  const hint = `Its first row, ${first.join(", ")}, looks like a school's row, not headers (numbers where headers are words).`;
  return labelledControl(doc, select, "Header row", hint);
}

function tableGroup(doc: Document, shown: TablesShown, t: number, on: TablesHandlers): HTMLFieldSetElement {
  const source = shown.sources[t]!;
  const group = el(doc, "fieldset", undefined, "table-read");
  group.append(el(doc, "legend", source.tableLabel), el(doc, "p", whereText(shown.inExcel, source), "hint"));
  if (source.headerRow !== undefined) group.append(headerQuestion(doc, source, t, on));
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
