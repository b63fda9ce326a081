/**
 * School names as tables write them, read to the text two tables can be compared by when they
 * share no URN or LAESTAB. The DfE writes "St Mary's CofE Primary School" and "All Saints'
 * Church of England Voluntary Aided Primary School, Dovercourt" (curly apostrophes too); LAs'
 * tables write "St. Mary's C of E Primary", "Saint Mary's CE Primary School", "All Saints CE (VA)
 * Primary, Dovercourt". Two levels:
 *
 * - `nameKey`: case, accents, apostrophes and punctuation ignored; "&" is "and"; "St", "St." and
 *   "Saint" are one; "C of E", "CE", "CofE" and "Church of England" are one; "RC" and "Roman
 *   Catholic" are one. "St Mary's C of E Primary School" and "Saint Marys CE Primary School" have
 *   the same key.
 * - `shortNameKey`: the key without the words that say what kind of school it is rather than
 *   which: "School", "Primary", "Academy", "The", "VA", "VC", "Voluntary Aided", "Voluntary
 *   Controlled" ("Mandeville Primary School" and "Mandeville Academy" are both "mandeville").
 *   The matching (join/name-matching.ts) uses it only where it still tells the schools apart.
 *
 * Pure; one pass of a few regular expressions a name, fast enough for all of England.
 */
import { isBlankCell } from "./blank-cells";

const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g;
const DIACRITICS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^a-z0-9]+/g;
const NON_ASCII = /[\u0080-\uffff]/;
/** Spellings of one word or phrase, to the one written in keys (one pass over the name for all of them). */
const SAME_WORDS = /\b(?:church of england|c of e|cofe|saint|roman catholic)\b/g;
const SAME_AS: Readonly<Record<string, string>> = {
  "church of england": "ce",
  "c of e": "ce",
  cofe: "ce",
  saint: "st",
  "roman catholic": "rc",
};
/** The words of a key that say what kind of school it is, not which. */
const KIND_WORDS = /\b(?:school|primary|academy|the|va|vc|voluntary aided|voluntary controlled)\b/g;

/** The name as compared, or undefined for a blank cell or a name of punctuation only. */
export function nameKey(raw: unknown): string | undefined {
  if (isBlankCell(raw)) return undefined;
  let text = String(raw);
  if (NON_ASCII.test(text)) text = text.normalize("NFKD").replace(DIACRITICS, "");
  text = text.toLowerCase().replace(APOSTROPHES, "").replace(/&/g, " and ").replace(NOT_WORD, " ").trim();
  if (text === "") return undefined;
  return text.replace(SAME_WORDS, (words) => SAME_AS[words]!);
}

/** The key without the words that say what kind of school it is ("" when nothing else is left). */
export function shortNameKey(key: string): string {
  return key.replace(KIND_WORDS, " ").replace(/ +/g, " ").trim();
}
