/** The checks (src/sheets/plan/plan-checks.ts) as a table: check, result, what it means, the rule. */
import { textBlock, type SectionOutput } from "../../sections";
import { planChecks } from "../plan-checks";
import type { PlanContext } from "../plan-context";

export function checksSection({ inputs, figures, todaySerial }: PlanContext, startRow: number): SectionOutput {
  const checks = planChecks(inputs, figures, todaySerial);
  return {
    blocks: [
      textBlock(startRow, "Checks", "heading"),
      { row: startRow + 1, col: 0, cells: [["Check", "Result", "What it means", "Rule"]], style: "header" },
      { row: startRow + 2, col: 0, cells: checks.map((c) => [c.check, c.result, c.detail, c.rule]) },
    ],
    nextRow: startRow + 2 + checks.length + 1,
  };
}
