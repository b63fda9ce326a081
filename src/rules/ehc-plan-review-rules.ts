/**
 * Each kind of EHC plan review the Register tab lists and the SENCO time statement cites, as a
 * line states it: the rule in words, the document and section, and whether it is the law or a
 * guide (the Code of Practice's "should"). The dates themselves are ehc-plan-reviews.ts's; these
 * words are kept apart so that the custom functions, which never show a citation, do not carry
 * them.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { cite, type SourceRef } from "./sources";

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
