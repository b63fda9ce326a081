/**
 * School names as LA tables write them, made from the DfE's own names for tests and the bench:
 * "C of E" or "CE" for "Church of England" and "CofE", "St." or "Saint" for "St", "&" for "and",
 * curly apostrophes, capitals, "School" left off; each name gets a few of these by its position,
 * so the same name always comes out the same. Not a school's real spelling in any one LA: the
 * variety LA tables show.
 */

/** The LA's spelling of the DfE's `name`; `i` picks which variations it gets. */
export function laSpelling(name: string, i: number): string {
  let text = name;
  text = text.replace(
    /\bChurch of England\b|\bCofE\b/g,
    i % 3 === 0 ? "C of E" : i % 3 === 1 ? "CE" : "Church of England",
  );
  if (i % 4 === 1) text = text.replace(/\bSt /g, "St. ");
  else if (i % 4 === 2) text = text.replace(/\bSt /g, "Saint ");
  if (i % 2 === 0) text = text.replace(/ and /g, " & ");
  if (i % 5 === 0) text = text.replace(/'/g, "\u2019");
  if (i % 6 === 0) text = text.replace(/ School$/, "");
  if (i % 7 === 0) text = text.toUpperCase();
  return text;
}
