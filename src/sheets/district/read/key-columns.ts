/**
 * Which column of a table holds the school's URN and which its LAESTAB: found by header (the
 * spellings of the DfE's files, the Authority Proforma Tool and LAs' own tables), checked against
 * the values (how many cells are such a key), shown to the user and changeable. Pure.
 */
import { KEY_LABELS, parseKey, type KeyKind } from "../../../values/school-keys";
import { exact, normalizeHeader, syn, synonymScore, type Synonym } from "../../header-match";
import { fieldSynonyms } from "./header-detection";

export const KEY_KINDS: readonly KeyKind[] = ["urn", "laestab"];

/**
 * Header synonyms, normalized (lower case, punctuation as spaces). URN: the district fields' own
 * ("URN", "school_urn", "Unique reference number"). LAESTAB: "LAESTAB" and "school_laestab" (DfE
 * files), "LAEstab" (DfE's maintained-schools returns), "LEAEstab" (CFR returns), "LA Estab",
 * "LA/Estab", "DfE number", "DfE No" (LAs' own tables). "Estab" alone is the four-digit
 * establishment number, not a LAESTAB, and is not recognised.
 */
const KEY_SYNONYMS: Readonly<Record<KeyKind, readonly Synonym[]>> = {
  urn: fieldSynonyms("urn"),
  laestab: [
    ...syn("laestab", "la estab", "leaestab", "lea estab", "dfe number", "dfe no", "la establishment number"),
    ...exact("dfe", "la and estab", "dfes number", "dcsf number"),
  ],
};

/** A column that may hold a key, with what its values are. */
export interface KeyColumn {
  readonly column: number;
  /** The header as the table spells it ("(blank)" for an empty header). */
  readonly header: string;
  /** How well the header names the key (0 for a column the user chose whose header does not). */
  readonly score: number;
  /** Cells that hold such a key, blank cells, and cells that hold something else. */
  readonly keys: number;
  readonly blank: number;
  readonly invalid: number;
  /** Up to three of the cells that are not such a key: 'row 7: "3614"'. */
  readonly invalidExamples: readonly string[];
  /** Each row's key as read ("2013614"), undefined where the cell is blank or not such a key. */
  readonly values: readonly (string | undefined)[];
}

/** The key of one kind for a table: the columns whose header names it, and the one used. */
export interface KeyChoice {
  readonly kind: KeyKind;
  /** Columns whose header names this key, best first (with a user's choice among them). */
  readonly candidates: readonly KeyColumn[];
  /** The column used, or undefined: none found, equally good ones (the user chooses), or none wanted. */
  readonly chosen: KeyColumn | undefined;
  /** "header" (found by its header), "user" (chosen), or undefined when none is used. */
  readonly chosenBy: "header" | "user" | undefined;
  /** Plain-English note for the pane when something needs the user's eye. */
  readonly note: string | undefined;
}

/** The user's choice for a key: a column index, or null for "this table has no such key". */
export type KeyOverride = number | null | undefined;

interface TableCells {
  readonly headers: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** Zero-based sheet row of the header (row numbers in messages are the sheet's). */
  readonly headerRow: number;
}

function headerText(header: unknown): string {
  const text = header === null || header === undefined ? "" : String(header).trim();
  return text === "" ? "(blank)" : text;
}

function describeCell(value: unknown): string {
  return typeof value === "string" ? `"${value.length > 20 ? `${value.slice(0, 20)}...` : value}"` : String(value);
}

/** How many cells of a column hold a key of this kind. */
export function profileKeyColumn(table: TableCells, kind: KeyKind, column: number, score = 0): KeyColumn {
  let keys = 0;
  let blank = 0;
  const bad: string[] = [];
  let invalid = 0;
  const rows = table.rows;
  const values: (string | undefined)[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const value = rows[i]![column];
    const key = parseKey(kind, value);
    values[i] = key;
    if (key !== undefined) keys += 1;
    else if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) blank += 1;
    else {
      invalid += 1;
      if (bad.length < 3) bad.push(`row ${table.headerRow + 2 + i}: ${describeCell(value)}`);
    }
  }
  const header = headerText(table.headers[column]);
  return { column, header, score, keys, blank, invalid, invalidExamples: bad, values };
}

function candidatesOf(table: TableCells, kind: KeyKind): KeyColumn[] {
  const found: KeyColumn[] = [];
  table.headers.forEach((header, column) => {
    const score = synonymScore(normalizeHeader(header), KEY_SYNONYMS[kind]);
    if (score > 0) found.push(profileKeyColumn(table, kind, column, score));
  });
  // Best header first; between equal headers, the column holding more such keys.
  return found.sort((a, b) => b.score - a.score || b.keys - a.keys || a.column - b.column);
}

function invalidNote(kind: KeyKind, key: KeyColumn): string | undefined {
  if (key.invalid === 0) return undefined;
  const label = KEY_LABELS[kind];
  return `"${key.header}": ${key.invalid} of ${key.keys + key.invalid} values are not a ${label} (${key.invalidExamples.join("; ")}); those rows cannot be matched and are listed.`;
}

/**
 * The key of one kind for a table. Without a choice from the user: the column whose header names
 * it best and that holds such keys; two equally good ones are left for the user (never the
 * leftmost); a column named like the key but holding none is not used, and the note says why.
 */
export function detectKey(table: TableCells, kind: KeyKind, override?: KeyOverride): KeyChoice {
  const candidates = candidatesOf(table, kind);
  const label = KEY_LABELS[kind];
  if (override === null) return { kind, candidates, chosen: undefined, chosenBy: undefined, note: undefined };
  if (override !== undefined) {
    const chosen = candidates.find((c) => c.column === override) ?? profileKeyColumn(table, kind, override);
    const note =
      chosen.keys === 0 ? `"${chosen.header}" holds no ${label}: choose another column.` : invalidNote(kind, chosen);
    return { kind, candidates, chosen: chosen.keys === 0 ? undefined : chosen, chosenBy: "user", note };
  }
  const usable = candidates.filter((c) => c.keys > 0);
  const best = usable[0];
  if (!best) {
    const named = candidates[0];
    const note = named ? `"${named.header}" is headed like a ${label} but holds none: choose the column.` : undefined;
    return { kind, candidates, chosen: undefined, chosenBy: undefined, note };
  }
  const tie = usable.filter((c) => c.score === best.score && c.keys === best.keys);
  if (tie.length > 1)
    return {
      kind,
      candidates,
      chosen: undefined,
      chosenBy: undefined,
      note: `${tie.map((c) => `"${c.header}"`).join(" and ")} look equally like the ${label}: choose one.`,
    };
  return { kind, candidates, chosen: best, chosenBy: "header", note: invalidNote(kind, best) };
}

/** Both keys of a table, with the user's choices. */
export function detectKeys(
  table: TableCells,
  overrides: Partial<Record<KeyKind, KeyOverride>> = {},
): Record<KeyKind, KeyChoice> {
  return { urn: detectKey(table, "urn", overrides.urn), laestab: detectKey(table, "laestab", overrides.laestab) };
}
