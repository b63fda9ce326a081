/**
 * Where each row of the off-the-job table of off-the-job.ts comes from: the rule as users read it
 * beside a figure (with the date it took effect and the body that made it) and the document it
 * cites, row by row in the table's own order. Kept apart from the rules so that the custom
 * functions, which never show a citation, do not carry them: the plan sheet, the pane, the docs
 * and the tests read the *_CITED tables. test/sources.test.ts checks that every row has one
 * citation naming its date.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { OFF_THE_JOB } from "./off-the-job";
import { cite, withCitations } from "./sources";

export const OFF_THE_JOB_CITED = withCitations(OFF_THE_JOB, [
  {
    source: "ESFA, starts before 01/08/2022: a minimum of 20% of normal weekly hours",
    // [serco-slmda-lm] "Time Commitment": "a minimum of 20% of their normal working hours"; [esfa-otj-definition].
    ref: cite("serco-slmda-lm", "Time Commitment"),
  },
  {
    source:
      "ESFA, starts from 01/08/2022: a minimum of 20% of contracted weekly hours, counting at most 30 hours a week (6 hours a week for full-time)",
    // [esfa-rules-2022-23] off-the-job training: "a consistent baseline figure of six hours per week"; 20% pro rata below 30 hours.
    ref: cite("esfa-rules-2022-23", "off-the-job training"),
  },
  {
    source:
      "DfE, starts from 01/08/2025: the minimum is the number of off-the-job hours published for each apprenticeship standard",
    // [dfe-rules-2025-26] off-the-job training: "at least the published volume of OTJT hours for the standard"
    // (published minimums range from 278 to 1,531 hours; ST0480's figure is not in our sources).
    ref: cite("dfe-rules-2025-26", "off-the-job training"),
  },
]);
