/**
 * The District tab's lists of what did not match when tables are joined (match-lists.ts): one
 * disclosure per list, its heading giving the number and what became of the schools, each school
 * with its row and key as its table writes it. Long lists show their first schools here; the
 * summary sheet lists every one. No Excel, no state.
 */
import { listHeading, schoolText, type MatchList } from "../../sheets/district/join/match-lists";
import { el, headedSection, type HeadedSection } from "../shared/dom";
import { counted } from "../shared/words";

/** Schools shown per list in the pane. */
export const LIST_LIMIT = 100;

export type ListsPart = HeadedSection;

export function createListsPart(doc: Document): ListsPart {
  return headedSection(doc, "district-lists", "What did not match, and schools left out", "match-lists");
}

function listElement(doc: Document, list: MatchList): HTMLDetailsElement {
  const details = el(doc, "details");
  details.append(el(doc, "summary", listHeading(list)));
  const items = el(doc, "ul");
  for (const school of list.schools.slice(0, LIST_LIMIT)) items.append(el(doc, "li", schoolText(school)));
  details.append(items);
  const more = list.schools.length - LIST_LIMIT;
  if (more > 0)
    details.append(el(doc, "p", `and ${counted(more, "more")}: the summary sheet lists every one.`, "hint"));
  return details;
}

/** What an empty list of lists says: every school matched, or matched but for the matches by name still to decide. */
function nothingListed(doc: Document, waiting: number): HTMLElement {
  if (waiting === 0) return el(doc, "p", "Every school of every table has its row in the others.", "ok");
  return el(
    doc,
    "p",
    `No school is left unmatched so far: ${counted(waiting, "match", "matches")} by name ${waiting === 1 ? "waits" : "wait"} for your decision (above).`,
  );
}

/**
 * The lists of a join; `undefined` (one table, or tables not matched yet) hides the part, so
 * "Every school of every table has its row in the others" shows only when it is so (never while
 * `waiting` matches by name are undecided).
 */
export function showLists(part: ListsPart, lists: readonly MatchList[] | undefined, waiting = 0): void {
  const doc = part.section.ownerDocument;
  part.section.hidden = lists === undefined;
  if (lists === undefined) return;
  part.body.replaceChildren(
    ...(lists.length === 0 ? [nothingListed(doc, waiting)] : lists.map((list) => listElement(doc, list))),
  );
}
