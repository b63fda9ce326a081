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

/**
 * The lists of a join; `undefined` (one table, or tables not matched yet) hides the part, so
 * "Every school of every table has its row in the others" shows only when it is so.
 */
export function showLists(part: ListsPart, lists: readonly MatchList[] | undefined): void {
  const doc = part.section.ownerDocument;
  part.section.hidden = lists === undefined;
  if (lists === undefined) return;
  part.body.replaceChildren(
    ...(lists.length === 0
      ? [el(doc, "p", "Every school of every table has its row in the others.", "ok")]
      : lists.map((list) => listElement(doc, list))),
  );
}
