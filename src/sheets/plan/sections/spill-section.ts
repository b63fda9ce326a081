/**
 * The shape of the plan's sections around a spilled SEND.* formula (funding, payments, blocks,
 * timeline): a heading, any lines between it and the table, a header row, then the spill, with
 * room kept below it for the other route's longer spill.
 */
import { formula } from "../../rule-preview";
import { textBlock, type SectionOutput } from "../../sections";
import type { Block } from "../../sheet-model";
import type { PlanContext } from "../plan-context";

type Scalar = string | number | boolean;

export interface SpillSpec {
  readonly heading: string;
  readonly headers: readonly string[];
  /** The spilling formula, and the rows it gives for this plan (its preview). */
  readonly formula: string;
  readonly values: readonly (readonly Scalar[])[];
  /** How many rows it gives on the other route. */
  readonly otherRouteRows: number;
  /** Number format per column of the spill. */
  readonly formats: readonly (string | null)[];
  /** Lines between the heading and the table (notes, a related figure), one row each; their row is set here. */
  readonly lead?: readonly Omit<Block, "row">[];
}

export function spillSection(context: PlanContext, startRow: number, spec: SpillSpec): SectionOutput {
  const lead = spec.lead ?? [];
  const headerRow = startRow + lead.length + 1;
  const reserved = Math.max(spec.values.length, context.reserveForOtherRoute ? spec.otherRouteRows : 0, 1);
  const spill: Block = {
    row: headerRow + 1,
    col: 0,
    cells: [[formula(spec.formula, spec.values[0]?.[0] ?? "")]],
    numberFormat: spec.formats,
    spill: { rows: reserved, cols: spec.headers.length, preview: spec.values },
  };
  return {
    blocks: [
      textBlock(startRow, spec.heading, "heading"),
      ...lead.map((line, i) => ({ ...line, row: startRow + 1 + i })),
      { row: headerRow, col: 0, cells: [spec.headers], style: "header" },
      spill,
    ],
    nextRow: headerRow + 1 + reserved + 1,
  };
}
