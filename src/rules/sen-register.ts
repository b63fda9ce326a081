/**
 * Counting a SEN register: one cell per pupil holding the SEN provision code (read as
 * sen-provision-codes.ts reads it), a first cell that reads like a header ("SEN Status") skipped,
 * blank cells not pupils, and a clear error, or a list for the task pane, for cells that are not
 * codes. The counts become the SENCO formula's points in sen-register-points.ts.
 *
 * Counting is linear and allocation-light: one tally and index loops, no per-cell allocation.
 */
import { RuleError, field, say, inputError } from "./errors";
import { describeValue } from "./inputs";
import {
  codeConflict,
  looksLikeRegisterHeader,
  REGISTER_CODES_HELP,
  SEN_CODE_BLANK,
  SEN_CODES,
  senCodeIndex,
  senCodeLabel,
} from "./sen-provision-codes";

export interface RegisterCounts {
  K: number;
  E: number;
  A: number;
  P: number;
  S: number;
  N: number;
  /** Pupils on the SEN register: K + E + A + P + S (N is not on the register). */
  onRegister: number;
}

/** A cell that holds something other than a code or a blank; row and col are zero-based within the range. */
export interface InvalidRegisterCell {
  row: number;
  col: number;
  value: unknown;
}

/**
 * Labels of the SENREGISTERCOUNTS rows, in a fixed order (users' sheets rely on it): "SEN support
 * (K)", "EHC plan (E)", "School Action (A)", "School Action Plus (P)", "Statement (S)", "No SEN
 * (N)", "On the SEN register (K+E+A+P+S)".
 */
export const REGISTER_COUNT_LABELS: readonly string[] = Object.freeze(
  SEN_CODES.map(senCodeLabel).concat("On the SEN register (K+E+A+P+S)"),
);

/** A cell's value in a message: a number is "the number 7", anything else as describeValue shows it. */
function describeCell(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) ? `the number ${value}` : describeValue(value);
}

/**
 * The error for a cell of range argument `key` that holds something else than a code: "`key` row
 * 3, column 1 of the range held `shown``why`" (`why` goes on from the value shown), with the
 * cell's value and what is `allowed`.
 */
export function cellError(
  key: string,
  cell: InvalidRegisterCell,
  shown: string,
  why: string,
  allowed: string,
): RuleError {
  return inputError(say`${field(key, { row: cell.row, col: cell.col })} held ${shown}${why}`, {
    value: cell.value,
    allowed,
  });
}

/** The message for an unknown code at a zero-based position of the range (argument `key`, "register" unless given). */
export function invalidCellError(cell: InvalidRegisterCell, key = "register"): RuleError {
  const conflict = codeConflict(cell.value);
  const why =
    conflict === undefined
      ? `, which is not a SEN provision code. Allowed: ${REGISTER_CODES_HELP}.`
      : `: ${conflict}. Correct the code or the description; neither is guessed.`;
  return cellError(key, cell, describeCell(cell.value), why, REGISTER_CODES_HELP);
}

/** The message for an unknown code at a zero-based position of the range, naming it as the custom functions do. */
export function invalidCellMessage(cell: InvalidRegisterCell): string {
  return invalidCellError(cell).message;
}

/** The header a register range starts with (its first cell), when it has one. */
export interface RegisterHeader {
  readonly row: 0;
  readonly col: 0;
  readonly text: string;
}

/** 1 when a range starts with its column's header ("SEN Status": looksLikeRegisterHeader), which is then skipped; else 0. */
export function firstPupilRow(cells: readonly (readonly unknown[])[]): number {
  return cells.length > 0 && looksLikeRegisterHeader((cells[0] as readonly unknown[])[0]) ? 1 : 0;
}

/**
 * Walk the range, counting codes; call onUnknown for each unknown cell (it may throw to stop).
 * The first cell is skipped as the column's header when `skipFirst` is 1 (firstPupilRow).
 * One tally and index loops keep it linear with no per-cell allocation.
 */
function walk(
  cells: readonly (readonly unknown[])[],
  skipFirst: number,
  onUnknown: (row: number, col: number, value: unknown) => void,
): RegisterCounts {
  // Pupils per code, in SEN_CODES order.
  const tally = [0, 0, 0, 0, 0, 0];
  const rows = cells.length;
  let startCol = skipFirst;
  for (let r = 0; r < rows; r++) {
    const row = cells[r] as readonly unknown[];
    const cols = row.length;
    for (let c = startCol; c < cols; c++) {
      const value = row[c];
      const index = senCodeIndex(value);
      if (index >= 0) tally[index]!++;
      else if (index !== SEN_CODE_BLANK) onUnknown(r, c, value);
    }
    startCol = 0;
  }
  const [k, e, a, p, s, n] = tally as [number, number, number, number, number, number];
  return { K: k, E: e, A: a, P: p, S: s, N: n, onRegister: k + e + a + p + s };
}

function throwUnknown(row: number, col: number, value: unknown): never {
  throw invalidCellError({ row, col, value });
}

/**
 * Count pupils by code. The first cell is skipped when it is the column's header ("SEN Status").
 * Throws a RuleError ("value", argument "register") at the first other cell that is not a code or a blank.
 */
export function countRegister(cells: readonly (readonly unknown[])[]): RegisterCounts {
  return walk(cells, firstPupilRow(cells), throwUnknown);
}

/**
 * Count pupils by code and collect the cells that are not codes, never throwing (for the task
 * pane's register check). `invalid` holds at most maxInvalid cells (default 1,000), in range
 * order; `invalidCount` counts them all; `header` is the first cell when it was skipped as the header.
 */
export function scanRegister(
  cells: readonly (readonly unknown[])[],
  maxInvalid = 1000,
): {
  counts: RegisterCounts;
  invalid: InvalidRegisterCell[];
  invalidCount: number;
  header: RegisterHeader | undefined;
} {
  const invalid: InvalidRegisterCell[] = [];
  let invalidCount = 0;
  const skipFirst = firstPupilRow(cells);
  const counts = walk(cells, skipFirst, (row, col, value) => {
    invalidCount++;
    if (invalid.length < maxInvalid) invalid.push({ row, col, value });
  });
  const header: RegisterHeader | undefined = skipFirst
    ? { row: 0, col: 0, text: ((cells[0] as readonly unknown[])[0] as string).trim() }
    : undefined;
  return { counts, invalid, invalidCount, header };
}

/** The counts as [label, count] rows in REGISTER_COUNT_LABELS order (for spills and sheets). */
export function registerCountRows(counts: RegisterCounts): [string, number][] {
  const values = [counts.K, counts.E, counts.A, counts.P, counts.S, counts.N, counts.onRegister];
  return REGISTER_COUNT_LABELS.map((label, index) => [label, values[index] as number]);
}
