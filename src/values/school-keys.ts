/**
 * School identifiers as tables really write them, read to one canonical text so two tables can
 * be matched:
 * - URN (unique reference number): six digits, 100000 to 999999. A number, digits as text, or a
 *   whole number written by statistical software in scientific notation ("1e+05" is URN 100000
 *   in the DfE's 2025 school file) or with a thousands separator ("100,000"). A value that is not
 *   exactly a whole number ("1.5e+00", "100000.5") is not a URN: nothing is rounded.
 * - LAESTAB: the three-digit LA code and the four-digit establishment number, seven digits in all.
 *   LA codes run from 201 (City of London) upward: none starts with 0 or 1, so neither does a
 *   LAESTAB. LAs write it 2013614, 201/3614, 201-3614 or 201 3614; the canonical text is "2013614".
 *
 * Pure: no Office, no DOM. A value that is not a key gives undefined: the caller lists it with
 * its row, never guessing.
 */
import { parseNumber } from "./coerce";

export type KeyKind = "urn" | "laestab";

/** What each key is called in the pane and on the sheet. */
export const KEY_LABELS: Readonly<Record<KeyKind, string>> = { urn: "URN", laestab: "LAESTAB" };

/** What each key looks like, for messages. */
export const KEY_SHAPES: Readonly<Record<KeyKind, string>> = {
  urn: "a six-digit URN such as 100000",
  laestab: "a LAESTAB: the LA code and establishment number, such as 2013614 or 201/3614",
};

const SPLIT_LAESTAB = /^([2-9]\d{2})\s*[/\- ]\s*(\d{4})$/;
/** Keys already in canonical form (the common case, read without parsing a number). */
const PLAIN_URN = /^[1-9]\d{5}$/;
const PLAIN_LAESTAB = /^[2-9]\d{6}$/;

/** A whole number from a cell, only when the value is exactly one (no rounding). */
function wholeNumber(raw: unknown): number | undefined {
  if (typeof raw === "boolean") return undefined;
  const n = parseNumber(raw);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/** The URN a cell holds, as six digits of text, or undefined when it holds none. */
export function parseUrn(raw: unknown): string | undefined {
  if (typeof raw === "string" && PLAIN_URN.test(raw)) return raw;
  const n = wholeNumber(raw);
  return n !== undefined && n >= 100000 && n <= 999999 ? String(n) : undefined;
}

/** The LAESTAB a cell holds, as seven digits of text ("2013614"), or undefined when it holds none. */
export function parseLaestab(raw: unknown): string | undefined {
  if (typeof raw === "string" && PLAIN_LAESTAB.test(raw)) return raw;
  if (typeof raw === "string") {
    const split = SPLIT_LAESTAB.exec(raw.trim());
    if (split) return split[1]! + split[2]!;
  }
  const n = wholeNumber(raw);
  return n !== undefined && n >= 2000000 && n <= 9999999 ? String(n) : undefined;
}

export function parseKey(kind: KeyKind, raw: unknown): string | undefined {
  return kind === "urn" ? parseUrn(raw) : parseLaestab(raw);
}

/** The LA code a LAESTAB starts with: "2013614" gives "201". */
export function laCodeOfLaestab(laestab: string): string {
  return laestab.slice(0, 3);
}
