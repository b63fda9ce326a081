/**
 * What an update in place would do to the cells of a sheet, worked out before anything is written
 * (pure: no Office.js): which cells hold something the user typed that the update would write
 * over or remove with a row (named to the user before Update), and which cells the add-in wrote
 * before and the new model no longer owns (cleared). A cell holds what the add-in wrote when it
 * holds a formula, lies in a spill area, or holds what the sheet's model (rebuilt from the inputs
 * on the sheet) or the new model puts there; anything else is the user's, except where the new
 * model writes its own text (a label, a check, a note: its text replaces the old). The cells the
 * user fills in (the model's typedCells: inputs, checklist answers) are the tab's to carry over or
 * name.
 */
import type { CellRef, SheetModel } from "../sheets/sheet-model";
import { cellAddress } from "../sheets/a1-address";
import { cellKey, keyCell, shownValue, SPILLED, type ModelCells, type OwnedCell } from "./model-cells";
import type { Alignment } from "./row-alignment";

/** The sheet as read: formulas (a constant's value where there is no formula) and values, from A1. */
export interface SheetGrid {
  readonly formulas: readonly (readonly unknown[])[];
  readonly values: readonly (readonly unknown[])[];
}

/** Something the user typed that an update would write over or remove. */
export interface UpdateConflict extends CellRef {
  /** Where it is now, e.g. "D40" (row and col are its zero-based place). */
  readonly address: string;
  readonly content: unknown;
  /** "row": on a row the update removes; "figure": typed over a figure the update writes again; "cell": in a cell the update writes. */
  readonly why: "row" | "figure" | "cell";
}

export interface UpdateCheck {
  readonly conflicts: readonly UpdateConflict[];
  /** Cells (after the row ops) the add-in wrote before and the new model leaves: emptied. */
  readonly clear: readonly CellRef[];
}

export interface CheckInputs {
  readonly grid: SheetGrid;
  readonly alignment: Alignment;
  /** The new model's cells, in its rows. */
  readonly cells: ModelCells;
  /** What the add-in wrote on the sheet, in the sheet's rows (the sheet's own model rebuilt); absent: the new model's. */
  readonly previous: ModelCells | undefined;
  readonly typedCells: SheetModel["typedCells"];
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** A cell's formula, or its value when it holds none; "" when empty. */
export function gridContent(grid: SheetGrid, row: number, col: number): unknown {
  const formula = grid.formulas[row]?.[col];
  if (typeof formula === "string" && formula.startsWith("=")) return formula;
  const value = grid.values[row]?.[col];
  return isEmpty(value) ? "" : value;
}

/** True when a cell of the model holds `content` (a formula by its text, a constant as Excel shows it). */
function holds(owned: ModelCells | undefined, row: number, col: number, content: unknown): boolean {
  const cell = owned?.get(cellKey(row, col));
  if (cell === undefined) return false;
  if (cell === SPILLED) return true;
  return shownValue(cell) === content;
}

class CellJudge {
  readonly typed: Set<string>;
  constructor(private readonly inputs: CheckInputs) {
    this.typed = new Set((inputs.typedCells ?? []).map((c) => cellKey(c.row, c.col)));
  }

  /** What the add-in wrote at the sheet's (row, col) before, when the sheet's own model is not known: the new model's there. */
  private previousHolds(row: number, col: number, content: unknown): boolean {
    const { previous, alignment, cells } = this.inputs;
    if (previous) return holds(previous, row, col, content);
    const now = alignment.newRow(row);
    return now !== undefined && holds(cells, now, col, content);
  }

  /** True when the add-in wrote what the sheet's cell holds. */
  ours(row: number, col: number, content: unknown): boolean {
    if (typeof content === "string" && content.startsWith("=")) return true;
    if (this.previousHolds(row, col, content)) return true;
    const now = this.inputs.alignment.newRow(row);
    return now !== undefined && holds(this.inputs.cells, now, col, content);
  }
}

function conflictsOnDeletedRows(inputs: CheckInputs, judge: CellJudge): UpdateConflict[] {
  const conflicts: UpdateConflict[] = [];
  for (const row of inputs.alignment.deleted) {
    const cols = inputs.grid.formulas[row]?.length ?? 0;
    for (let col = 0; col < cols; col += 1) {
      const content = gridContent(inputs.grid, row, col);
      if (content !== "" && !judge.ours(row, col, content))
        conflicts.push({ address: cellAddress(row, col), row, col, content, why: "row" });
    }
  }
  return conflicts;
}

/** True when the model writes its own text in a cell: a label, a heading, a check, a note (never a figure or a blank). */
function writesText(cell: OwnedCell): boolean {
  return typeof cell === "string" && cell !== "" && !cell.startsWith("=");
}

function conflictsInWrittenCells(inputs: CheckInputs, judge: CellJudge): UpdateConflict[] {
  const conflicts: UpdateConflict[] = [];
  for (const [key, cell] of inputs.cells) {
    // The add-in's own text (a check worked out on another day, a label reworded) replaces the old.
    if (judge.typed.has(key) || writesText(cell)) continue;
    const { row, col } = keyCell(key);
    const old = inputs.alignment.oldRow(row);
    if (old === undefined) continue;
    const content = gridContent(inputs.grid, old, col);
    if (content === "" || judge.ours(old, col, content)) continue;
    const figure = typeof cell === "string" && cell.startsWith("=");
    conflicts.push({ address: cellAddress(old, col), row: old, col, content, why: figure ? "figure" : "cell" });
  }
  return conflicts;
}

/** The add-in's old cells that the new model does not write: emptied, unless the user typed over them. */
function cellsToClear(inputs: CheckInputs, judge: CellJudge): CellRef[] {
  const clear: CellRef[] = [];
  for (const key of inputs.previous?.keys() ?? []) {
    const { row, col } = keyCell(key);
    const now = inputs.alignment.newRow(row);
    if (now === undefined || inputs.cells.has(cellKey(now, col))) continue;
    const content = gridContent(inputs.grid, row, col);
    if (content !== "" && judge.ours(row, col, content)) clear.push({ row: now, col });
  }
  return clear;
}

/** The conflicts to name before the update, in the sheet's order, and the cells it empties. */
export function checkUpdate(inputs: CheckInputs): UpdateCheck {
  const judge = new CellJudge(inputs);
  const conflicts = [...conflictsOnDeletedRows(inputs, judge), ...conflictsInWrittenCells(inputs, judge)];
  conflicts.sort((x, y) => x.row - y.row || x.col - y.col);
  return { conflicts, clear: cellsToClear(inputs, judge) };
}
