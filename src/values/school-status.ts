/**
 * A school's status as tables write it, read to one of the four the DfE's register uses: Get
 * Information about Schools writes "EstablishmentStatus (name)" as "Open", "Closed", "Open, but
 * proposed to close" or "Proposed to open" [dfe-gias-status]; LAs' own tables write the same
 * words, or "Open/closed" columns of "Open" and "Closed". Case, spacing and punctuation are
 * ignored ("open but proposed to close" is the third). Anything else is not a status: the caller
 * names the cell, never guessing.
 *
 * Pure: no Office, no DOM.
 */

export type SchoolStatus = "open" | "closed" | "openProposedToClose" | "proposedToOpen";

const STATUS_BY_WORDS: ReadonlyMap<string, SchoolStatus> = new Map([
  ["open", "open"],
  ["closed", "closed"],
  ["open but proposed to close", "openProposedToClose"],
  ["open proposed to close", "openProposedToClose"],
  ["proposed to close", "openProposedToClose"],
  ["proposed to open", "proposedToOpen"],
]);

/** The status a cell holds, or undefined when it holds none of the four (a blank cell too). */
export function parseSchoolStatus(raw: unknown): SchoolStatus | undefined {
  if (typeof raw !== "string") return undefined;
  return STATUS_BY_WORDS.get(
    raw
      .toLowerCase()
      .replace(/[^a-z]+/g, " ")
      .trim(),
  );
}
