/**
 * Where the EHC plan review rules of ehc-plan-reviews.ts come from, as users read them beside a
 * date: the phase-transfer table's rows (the rule with the date it took effect and the document),
 * and the citation of each other kind of review the Register tab lists. Kept apart from the rules
 * so that the custom functions, which never show a citation, do not carry them.
 * test/sources.test.ts checks that every row has one citation naming its date.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { PHASE_TRANSFER } from "./ehc-plan-reviews";
import { cite, withCitations, type SourceRef } from "./sources";

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

/** A kind of review date or guide, with the rule in words and its document. */
export interface ReviewRule {
  /** The rule as a line of the Register tab states it. */
  readonly rule: string;
  readonly ref: SourceRef;
  /** True for the Code of Practice's "should": shown as a guide, never as a legal date. */
  readonly guide: boolean;
}

/** The kinds of review the Register tab lists. */
export const REVIEW_RULES = {
  annual: {
    rule: "review within 12 months of the date the plan was made, then of its last review",
    // [cfa-2014-s44] s44(1)(a) and (b).
    ref: cite("cfa-2014-s44", "section 44(1)"),
    guide: false,
  },
  transferOther: {
    rule: "a transfer between phases: review and amend the plan before 15 February of the transfer's calendar year",
    // [send-regs-2014-r18] reg 18(1)(b).
    ref: cite("send-regs-2014-r18", "regulation 18(1)(b)"),
    guide: false,
  },
  transferPost16: {
    rule: "a transfer from secondary school to a post-16 institution: review and amend the plan before 31 March of the transfer's calendar year",
    // [send-regs-2014-r18] reg 18(1)(a).
    ref: cite("send-regs-2014-r18", "regulation 18(1)(a)"),
    guide: false,
  },
  underFive: {
    rule: "a guide for a child under five: consider a review at least every three to six months, beside the annual review",
    // [send-cop-2015] 9.178: "should consider reviewing".
    ref: cite("send-cop-2015", "paragraph 9.178"),
    guide: true,
  },
  senSupport: {
    rule: "a guide for SEN support: meet parents at least three times a year",
    // [send-cop-2015] 6.65: "Schools should meet parents at least three times each year."
    ref: cite("send-cop-2015", "paragraph 6.65"),
    guide: true,
  },
  meeting: {
    rule: "notice and advice two weeks before the meeting, the report within two weeks of it, the local authority's decision within four weeks",
    // [send-regs-2014-r20] reg 20(3), (4), (7) and (10).
    ref: cite("send-regs-2014-r20", "regulation 20(3), (4), (7) and (10)"),
    guide: false,
  },
} as const satisfies Record<string, ReviewRule>;

export type ReviewKind = keyof typeof REVIEW_RULES;
