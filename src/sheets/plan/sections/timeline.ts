/** The timeline: SEND.SLMDASCHEDULE's spill of dated milestones, after a note on the workshops it dates. */
import { SLMDA_ROUTES } from "../../../rules/slmda-programme";
import { slmdaSchedule } from "../../../rules/slmda-schedule";
import { DATE_FORMAT } from "../../number-format";
import { formula } from "../../rule-preview";
import type { SectionOutput } from "../../sections";
import type { PlanContext } from "../plan-context";
import { inputCell } from "../plan-layout";
import { spillSection } from "./spill-section";

export function timelineSection(context: PlanContext, startRow: number): SectionOutput {
  const { inputs, figures } = context;
  const nasenco = inputCell("nasencoCompleted");
  const blocksCount = `ROWS(SEND.SLMDABLOCKS(${nasenco}))`;
  const dated = SLMDA_ROUTES[figures.route].blocks.length;
  const note = formula(
    `="The timeline dates one workshop a block ("&${blocksCount}&" of "&SEND.SLMDAWORKSHOPS(${nasenco})&"); the provider sets the dates of the other "&(SEND.SLMDAWORKSHOPS(${nasenco})-${blocksCount})&". Dates falling on a weekend or bank holiday are moved to the next working day."`,
    `The timeline dates one workshop a block (${dated} of ${figures.workshops}); the provider sets the dates of the other ${figures.workshops - dated}. Dates falling on a weekend or bank holiday are moved to the next working day.`,
  );
  return spillSection(context, startRow, {
    heading: "Timeline",
    headers: ["Date", "Milestone"],
    formula: `=SEND.SLMDASCHEDULE(${inputCell("startSerial")},${nasenco})`,
    values: slmdaSchedule(inputs.startSerial, figures.route).map((m) => [m.serial, m.milestone]),
    otherRouteRows: slmdaSchedule(inputs.startSerial, context.otherRoute).length,
    formats: [DATE_FORMAT, null],
    lead: [{ col: 0, cells: [[note]], style: "note" }],
  });
}
