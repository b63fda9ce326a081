/**
 * The District tab's matches by name, for a table matched to the table of schools by the schools'
 * names: every proposed match with both names and both rows, each to accept or reject (a select
 * per match, "Decide" until the user does), and Accept all or Reject all. The matches where the
 * names differ in more than spelling (School, Primary, Academy ...) come first. Long lists show
 * their first matches here; Accept all and Reject all decide every one, and the summary sheet
 * lists every match accepted. No Excel, no state.
 */
import type { JoinTable, NameMatches, NameProposal } from "../../sheets/district/join/join-types";
import {
  button,
  buttonRow,
  el,
  headedSection,
  labelledControl,
  option,
  withId,
  type HeadedSection,
} from "../shared/dom";
import { counted } from "../shared/words";

/** Proposals shown per table in the pane. */
export const PROPOSAL_LIMIT = 100;

export type NamesPart = HeadedSection;

export function createNamesPart(doc: Document): NamesPart {
  return headedSection(doc, "district-names", "Matches by name", "name-matches");
}

/** What the part shows: the tables read and each name-matched table's proposals. */
export interface NamesShown {
  readonly tables: readonly JoinTable[];
  readonly spine: number | undefined;
  readonly names: readonly NameMatches[];
}

/** `decide` gets the table's index, the proposals' ids and the decision (undefined: undecided). */
export type DecideNames = (table: number, ids: readonly string[], accepted: boolean | undefined) => void;

/** A proposal in words: "St. Mary's C of E Primary (Budget row 5) and St Mary's CofE Primary School (DfE SEN by school row 12)". */
export function proposalText(shown: NamesShown, p: NameProposal): string {
  const table = shown.tables[p.table]!;
  const spine = shown.tables[shown.spine!]!;
  const alike = p.tier === "short" ? " (alike without School, Primary, Academy...)" : "";
  return `${p.name} (${table.label} row ${table.headerRow + 2 + p.row}) and ${p.spineName} (${spine.label} row ${spine.headerRow + 2 + p.spineRow})${alike}`;
}

function decisionValue(accepted: boolean | undefined): string {
  return accepted === undefined ? "" : accepted ? "accept" : "reject";
}

function proposalField(doc: Document, shown: NamesShown, p: NameProposal, i: number, decide: DecideNames): HTMLElement {
  const select = withId(el(doc, "select"), `district-name-${p.table}-${i}`);
  select.append(option(doc, "", "Decide"), option(doc, "accept", "Accept"), option(doc, "reject", "Reject"));
  select.value = decisionValue(p.accepted);
  select.addEventListener("change", () =>
    decide(p.table, [p.id], select.value === "" ? undefined : select.value === "accept"),
  );
  return labelledControl(doc, select, proposalText(shown, p), undefined, { className: "field name-match" });
}

function tableGroup(doc: Document, shown: NamesShown, m: NameMatches, decide: DecideNames): HTMLElement {
  const group = el(doc, "fieldset", undefined, "name-matches-table");
  const label = shown.tables[m.table]!.label;
  const accepted = m.proposals.filter((p) => p.accepted === true).length;
  const rejected = m.proposals.filter((p) => p.accepted === false).length;
  group.append(
    el(doc, "legend", `${label}: ${counted(m.proposals.length, "match", "matches")} proposed`),
    el(
      doc,
      "p",
      `${accepted} accepted, ${rejected} rejected. Only a name found once on each side, in the LA, is proposed.`,
      "hint",
    ),
  );
  const ids = m.proposals.map((p) => p.id);
  const all = button(doc, "Accept all");
  all.addEventListener("click", () => decide(m.table, ids, true));
  const none = button(doc, "Reject all");
  none.addEventListener("click", () => decide(m.table, ids, false));
  group.append(buttonRow(doc, all, none));
  m.proposals.slice(0, PROPOSAL_LIMIT).forEach((p, i) => group.append(proposalField(doc, shown, p, i, decide)));
  const more = m.proposals.length - PROPOSAL_LIMIT;
  if (more > 0)
    group.append(
      el(
        doc,
        "p",
        `and ${counted(more, "more match", "more matches")}: Accept all or Reject all decides them too.`,
        "hint",
      ),
    );
  return group;
}

/** Every table matched by name; hidden when none is. */
export function showNames(part: NamesPart, shown: NamesShown, decide: DecideNames): void {
  const doc = part.section.ownerDocument;
  part.section.hidden = shown.names.length === 0;
  part.body.replaceChildren(...shown.names.map((m) => tableGroup(doc, shown, m, decide)));
}
