/**
 * Where the rows of the phase-transfer table of ehc-plan-reviews.ts come from, as users read them
 * beside a date: the rule with the date it took effect and the document, row by row. Kept apart
 * from the rules so that the custom functions, which never show a citation, do not carry them
 * (nor the task pane, which shows each kind of review by ehc-plan-review-rules.ts).
 * test/sources.test.ts checks that every row has one citation naming its date.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { PHASE_TRANSFER } from "./ehc-plan-reviews";
import { cite, withCitations } from "./sources";

export const PHASE_TRANSFER_CITED = withCitations(PHASE_TRANSFER, [
  {
    source:
      "SEND Regulations 2014 (made by the Secretary of State for Education), transfers before 01/09/2015: review and amend the EHC plan before 15 February of the transfer's calendar year, or before 31 March for a transfer from secondary school to a post-16 institution",
    // [send-regs-2014-r18] reg 18(1): "before— (a) 31 March in the calendar year of the child or young person's
    // transfer from secondary school to a post-16 institution; and (b) 15 February in the calendar year of the
    // child's transfer in any other case".
    ref: cite("send-regs-2014-r18", "regulation 18(1)"),
  },
  {
    source:
      "SEND Regulations 2014 (made by the Secretary of State for Education), a transfer from secondary school to a post-16 institution on 01/09/2015: before 31 May 2015; other transfers before 15 February",
    // [send-regs-2014-r18] reg 18(3): "Where a child or young person is due to transfer from a secondary school to
    // a post-16 institution on 1 September 2015 the local authority must amend and review the EHC plan under
    // paragraph (1)(a) before 31 May 2015."
    ref: cite("send-regs-2014-r18", "regulation 18(3)"),
  },
  {
    source:
      "SEND Regulations 2014 (made by the Secretary of State for Education), transfers from 02/09/2015: before 15 February of the transfer's calendar year, or before 31 March from secondary school to a post-16 institution",
    // [send-regs-2014-r18] reg 18(1), once the transitional date of 18(3) has passed.
    ref: cite("send-regs-2014-r18", "regulation 18(1)"),
  },
]);
