/**
 * Lining a sheet's rows up with a model's before an update writes it in place (pure: no
 * Office.js). Both are read as anchors: each row whose column A holds a text (a label, a heading,
 * a note, a table's header or item) and the row after each table. The longest run of anchors the
 * two have in common, in order, stays; between two anchors kept, whole sheet rows are inserted or
 * deleted (as a person would: Excel moves everything below with them, the user's own cells, the
 * tables, and the links and names that point at them) until the sheet's rows fall where the
 * model's do. A table that needs more rows gets them inside it, above its last row, so it grows.
 */

/** A place an update finds again: a row whose column A holds `key`, or (tableEnd) the row after a table. */
export interface Anchor {
  readonly row: number;
  readonly key: string;
  readonly tableEnd?: boolean;
}

/** Whole rows to insert or delete, in the sheet's rows as they are before any op (apply them in order). */
export interface RowOp {
  readonly kind: "insert" | "delete";
  readonly row: number;
  readonly count: number;
}

export interface Alignment {
  /** Bottom-up, so each op's row is still the sheet's row when it is applied. */
  readonly ops: readonly RowOp[];
  /** The sheet rows the ops delete. */
  readonly deleted: readonly number[];
  /** Where a sheet row ends up (undefined: deleted). */
  newRow(oldRow: number): number | undefined;
  /** Which sheet row ends up at a row (undefined: an inserted row). */
  oldRow(newRow: number): number | undefined;
}

/** Anchors in sheet order: by row, a table's end (a boundary above its row) before the row's text. */
function ordered(anchors: readonly Anchor[]): Anchor[] {
  return [...anchors].sort((a, b) => a.row - b.row || (a.tableEnd ? 0 : 1) - (b.tableEnd ? 0 : 1));
}

const start = (a: Anchor): number => a.row;
const end = (a: Anchor): number => (a.tableEnd ? a.row : a.row + 1);

/** The longest common run of anchors by key, as pairs of indexes into `a` and `b`. */
function commonRun(a: readonly Anchor[], b: readonly Anchor[]): [number, number][] {
  const width = b.length + 1;
  const lengths = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        a[i]!.key === b[j]!.key
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]!.key === b[j]!.key) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i += 1;
    else j += 1;
  }
  return pairs;
}

/**
 * What deleting a sheet row costs: 0 for an empty row, more for a row holding what the user typed.
 * A gap that must shrink loses its cheapest rows (the lowest of equals).
 */
export type DeletionCost = (row: number) => number;

/** The ops that make the gap before `next` as tall on the sheet as in the model, if it is not. */
function gapOps(oldFrom: number, next: Anchor, newSpan: number, cost: DeletionCost): RowOp[] {
  const oldSpan = start(next) - oldFrom;
  const diff = newSpan - oldSpan;
  if (diff > 0) {
    // Rows a table needs go inside it (above its last row), so that the table grows.
    const row = next.tableEnd ? Math.max(start(next) - 1, 0) : start(next);
    return [{ kind: "insert", row, count: diff }];
  }
  if (diff === 0) return [];
  const rows = Array.from({ length: oldSpan }, (_v, k) => oldFrom + k);
  rows.sort((x, y) => cost(x) - cost(y) || y - x);
  return rows.slice(0, -diff).map((row) => ({ kind: "delete", row, count: 1 }));
}

/**
 * Line the sheet's anchors up with the model's: the row ops, and where each row goes. `cost` says
 * which rows of a gap that must shrink to delete first (default: the lowest).
 */
export function alignRows(
  sheetAnchors: readonly Anchor[],
  modelAnchors: readonly Anchor[],
  cost: DeletionCost = () => 0,
): Alignment {
  const a = ordered(sheetAnchors);
  const b = ordered(modelAnchors);
  const ops: RowOp[] = [];
  let oldFrom = 0;
  let newFrom = 0;
  for (const [i, j] of commonRun(a, b)) {
    ops.push(...gapOps(oldFrom, a[i]!, start(b[j]!) - newFrom, cost));
    oldFrom = end(a[i]!);
    newFrom = end(b[j]!);
  }
  ops.sort((x, y) => y.row - x.row);
  return withMapping(ops);
}

/** The alignment of `ops` (bottom-up): the rows deleted and where every other row goes. */
function withMapping(ops: readonly RowOp[]): Alignment {
  const deleted: number[] = [];
  for (const op of ops) if (op.kind === "delete") for (let r = 0; r < op.count; r += 1) deleted.push(op.row + r);
  const newRow = (oldRow: number): number | undefined => {
    let row = oldRow;
    for (const op of ops) {
      if (op.kind === "insert" && oldRow >= op.row) row += op.count;
      if (op.kind === "delete") {
        if (oldRow >= op.row && oldRow < op.row + op.count) return undefined;
        if (oldRow >= op.row + op.count) row -= op.count;
      }
    }
    return row;
  };
  // Each op moves rows by at most its count: the sheet row that lands on `target` is within reach.
  const reach = ops.reduce((n, op) => n + op.count, 0);
  const oldRow = (target: number): number | undefined => {
    for (let r = Math.max(0, target - reach); r <= target + reach; r += 1) if (newRow(r) === target) return r;
    return undefined;
  };
  return { ops, deleted: deleted.sort((x, y) => x - y), newRow, oldRow };
}
