/** The programme's blocks, one a term: SEND.SLMDABLOCKS's spill (module and work-based project). */
import { SLMDA_ROUTES } from "../../../rules/slmda-programme";
import type { SectionOutput } from "../../sections";
import type { PlanContext } from "../plan-context";
import { inputCell } from "../plan-layout";
import { spillSection } from "./spill-section";

export function blocksSection(context: PlanContext, startRow: number): SectionOutput {
  return spillSection(context, startRow, {
    heading: "Blocks (one a term, each starting with a 1-day workshop)",
    headers: ["Block", "Module", "Work-based project"],
    formula: `=SEND.SLMDABLOCKS(${inputCell("nasencoCompleted")})`,
    values: SLMDA_ROUTES[context.figures.route].blocks.map((b) => [b.number, b.module, b.project]),
    otherRouteRows: SLMDA_ROUTES[context.otherRoute].blocks.length,
    formats: ["0", null, null],
  });
}
