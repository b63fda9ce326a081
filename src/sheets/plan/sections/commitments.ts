/** The line manager's (or mentor's) commitments, as the provider's guidance lists them ("Time Commitment"). */
import { LINE_MANAGER_COMMITMENTS } from "../../../rules/slmda-line-manager";
import { noteBlock, textBlock, type SectionOutput } from "../../sections";
import type { PlanContext } from "../plan-context";

export function commitmentsSection(_context: PlanContext, startRow: number): SectionOutput {
  return {
    blocks: [
      textBlock(startRow, "The line manager's (or mentor's) commitments", "heading"),
      noteBlock(
        LINE_MANAGER_COMMITMENTS.map((text) => `• ${text}`),
        startRow + 1,
      ),
    ],
    nextRow: startRow + 1 + LINE_MANAGER_COMMITMENTS.length + 1,
  };
}
