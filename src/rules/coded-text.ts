/**
 * Reading a coded value (a SEN provision code, a census need code) from text as registers hold
 * it: both readers (sen-provision-codes.ts, sen-needs.ts) look a normalised form up in a map of the
 * forms they accept, read SIMS's "code - description" as a code and a description that must
 * agree, and remember what they read the slow way (a SIMS export writes every cell the same few
 * ways). Pure TypeScript: no Office, no DOM.
 */

/** The code word's index and the index of the form after it, for "k sen support" (a normalised key). */
export interface CodeAndForm {
  readonly code: number;
  /** The index the rest of the key reads as in `forms`, or undefined when it is not one of them. */
  readonly form: number | undefined;
}

/**
 * A normalised key read as a code word, one space and a form ("asd autistic spectrum disorder",
 * "k sen support"), or undefined when its first word is not a code (`codeOf` gives a negative).
 */
export function codeAndForm(
  key: string,
  codeOf: (word: string) => number,
  forms: ReadonlyMap<string, number>,
): CodeAndForm | undefined {
  const space = key.indexOf(" ");
  const code = space > 0 ? codeOf(key.slice(0, space)) : -1;
  return code < 0 ? undefined : { code, form: forms.get(key.slice(space + 1)) };
}

/** `read`, remembering its answer for each text it is given, up to 500 texts. */
export function remembered(read: (text: string) => number): (text: string) => number {
  const seen = new Map<string, number>();
  return (text) => {
    let index = seen.get(text);
    if (index === undefined) {
      index = read(text);
      if (seen.size < 500) seen.set(text, index);
    }
    return index;
  };
}
