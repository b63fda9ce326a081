/**
 * Finding a table's columns by their headers, for any set of fields (the district table's, the
 * SEN register's): headers normalised, scored against each field's synonyms, each header given to
 * the field it matches best; when several headers match one field the best wins and the others
 * are reported as duplicates; when the best ones tie, none is picked by position: the field is
 * left for the user to choose (`ambiguous`). Pure: no DOM, no Office.
 */

export interface Synonym {
  readonly text: string;
  /** Short synonyms match only a whole header, never part of one ("name" must not match "LA name"). */
  readonly exactOnly?: boolean;
}

/** Synonyms that also match inside a longer header. */
export function syn(...texts: string[]): Synonym[] {
  return texts.map((text) => ({ text }));
}

/** Synonyms that match only a whole header. */
export function exact(...texts: string[]): Synonym[] {
  return texts.map((text) => ({ text, exactOnly: true }));
}

/** Lower case, "+" as " plus ", "&" as " and ", every other run of non-letters/digits as one space. */
export function normalizeHeader(header: unknown): string {
  if (header === null || header === undefined) return "";
  return String(header)
    .toLowerCase()
    .replace(/\+/g, " plus ")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * How well a normalized header matches a list of synonyms: 0 none; an exact synonym 1000 (500
 * for a short, generic one); a contained one its length (longer beats shorter).
 */
export function synonymScore(header: string, synonyms: readonly Synonym[]): number {
  if (header === "") return 0;
  let best = 0;
  for (const s of synonyms) {
    if (header === s.text)
      best = Math.max(best, s.exactOnly ? 500 : 1000); // equal exact matches tie, so none wins by position
    else if (!s.exactOnly && ` ${header} `.includes(` ${s.text} `)) best = Math.max(best, s.text.length);
  }
  return best;
}

/** A header as a message shows it: `"SEN Status" (column 4)`. */
/** The first column whose normalized header is one of `names` (in the order given), or -1. */
export function findHeader(normalized: readonly string[], ...names: string[]): number {
  for (const name of names) {
    const i = normalized.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
}

export function headerText(headers: readonly unknown[], column: number): string {
  const h = headers[column];
  const text = h === null || h === undefined || String(h).trim() === "" ? "(blank)" : String(h).trim();
  return `"${text}" (column ${column + 1})`;
}

export interface ColumnMatch<F extends string> {
  /** Each field's column; undefined for a field with no column, or whose best candidates tie. */
  readonly mapping: { [K in F]: number | undefined };
  /** Fields with two or more equally good columns: none is picked by position; the user chooses. */
  readonly ambiguous: ReadonlyArray<{ field: F; columns: readonly number[] }>;
  /** Headers that matched a field already taken by a better column: the field, that column, the one chosen. */
  readonly duplicates: ReadonlyArray<{ field: F; column: number; chosen: number }>;
}

/** Each header's best field by `score` (normalized header, field, column), or undefined. */
function bestFields<F extends string>(
  headers: readonly unknown[],
  fields: readonly F[],
  score: (header: string, field: F, column: number) => number,
): ({ field: F; score: number } | undefined)[] {
  return headers.map((raw, column) => {
    const header = normalizeHeader(raw);
    let top: { field: F; score: number } | undefined;
    for (const field of fields) {
      const s = score(header, field, column);
      if (s > (top ? top.score : 0)) top = { field, score: s };
    }
    return top;
  });
}

/** Map each field to a column by its header (see the module comment). */
export function matchColumns<F extends string>(
  headers: readonly unknown[],
  fields: readonly F[],
  score: (header: string, field: F, column: number) => number,
): ColumnMatch<F> {
  const best = bestFields(headers, fields, score);
  const mapping = {} as { [K in F]: number | undefined };
  for (const field of fields) mapping[field] = undefined;
  const chosenScore: Partial<Record<F, number>> = {};
  const tied: Partial<Record<F, number[]>> = {};
  best.forEach((match, column) => {
    if (!match) return;
    const current = chosenScore[match.field];
    if (current === undefined || match.score > current) {
      mapping[match.field] = column;
      chosenScore[match.field] = match.score;
      tied[match.field] = [column];
    } else if (match.score === current) tied[match.field]!.push(column);
  });
  const ambiguous: { field: F; columns: number[] }[] = [];
  for (const field of fields) {
    const columns = tied[field];
    if (columns && columns.length > 1) {
      ambiguous.push({ field, columns });
      mapping[field] = undefined;
    }
  }
  const duplicates: { field: F; column: number; chosen: number }[] = [];
  best.forEach((match, column) => {
    const chosen = match ? mapping[match.field] : undefined;
    if (match && chosen !== undefined && chosen !== column) duplicates.push({ field: match.field, column, chosen });
  });
  return { mapping, ambiguous, duplicates };
}

/**
 * The header row of a block: among the first `scan` rows, the first one in which `recognised`
 * finds the most fields (at least 2). Returns 0 when no row has 2 (the first row is then taken
 * as the header and the user maps the columns by hand).
 */
export function findHeaderRow(
  rows: readonly (readonly unknown[])[],
  recognised: (row: readonly unknown[]) => number,
  scan = 10,
): number {
  let bestRow = 0;
  let bestCount = 1;
  const limit = Math.min(scan, rows.length);
  for (let r = 0; r < limit; r += 1) {
    const count = recognised(rows[r]!);
    if (count > bestCount) {
      bestCount = count;
      bestRow = r;
    }
  }
  return bestRow;
}
