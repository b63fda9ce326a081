/**
 * Columns a user has put the wrong way round in a table passed as a range (a start date column
 * holding amounts and a price column holding dates): when a row does not read as it stands but
 * reads with two of its cells swapped, the message says so, rather than reading £14,000 as
 * 30/04/1938 or a date as an amount.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { field, inputError, say, type RuleError } from "../rules/errors";
import { describeValue } from "../rules/inputs";
import type { Coercer } from "./coerce";

/** Two columns of a table (zero-based) users swap, and how each column's value reads in words. */
export interface SwappableColumns {
  readonly cols: readonly [number, number];
  /** A value of each column in words, as the column reads it ("the date 01/03/2027", "£14,000.00"). */
  readonly show: readonly [(value: unknown) => string, (value: unknown) => string];
}

/** True when `coercer` takes `cell`. */
export function reads(coercer: Coercer<unknown>, cell: unknown): boolean {
  try {
    coercer.coerce(cell);
    return true;
  } catch {
    return false;
  }
}

/**
 * The error for row `r` of range `name` when its cells read only with a pair of `swappable`
 * columns swapped; undefined when no such pair makes the row read (its own error then stands).
 */
export function swappedColumnsError(
  name: string,
  columns: readonly Coercer<unknown>[],
  row: readonly unknown[],
  r: number,
  swappable: readonly SwappableColumns[],
): RuleError | undefined {
  for (const { cols, show } of swappable) {
    const [a, b] = cols;
    const cellA = row[a];
    const cellB = row[b];
    const swapped = row.map((cell, c) => (c === a ? cellB : c === b ? cellA : cell));
    if (reads(columns[a]!, cellA) && reads(columns[b]!, cellB)) continue;
    if (!columns.every((column, c) => reads(column, swapped[c]))) continue;
    const nameA = columns[a]!.name;
    const nameB = columns[b]!.name;
    return inputError(
      say`${field(name)} row ${r + 1} looks to have columns ${a + 1} and ${b + 1} swapped: column ${a + 1} (${nameA}) holds ${describeValue(cellA)}, which reads as a ${nameB} of ${show[1](columns[b]!.coerce(cellA))}, and column ${b + 1} (${nameB}) holds ${describeValue(cellB)}, which reads as a ${nameA} of ${show[0](columns[a]!.coerce(cellB))}. Put the ${nameA} in column ${a + 1} and the ${nameB} in column ${b + 1}.`,
      { value: row },
    );
  }
  return undefined;
}
