/**
 * Where each row of the SENCO qualification tables of senco-qualification.ts comes from: the rule as users read it
 * beside a figure (with the date it took effect and the body that made it) and the document it
 * cites, row by row in the table's own order. Kept apart from the rules so that the custom
 * functions, which never show a citation, do not carry them: the plan sheet, the pane, the docs
 * and the tests read the *_CITED tables. test/sources.test.ts checks that every row has one
 * citation naming its date.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { SENCO_APPOINTMENT, SENCO_COURSE } from "./senco-qualification";
import { cite, withCitations } from "./sources";

export const SENCO_APPOINTMENT_CITED = withCitations(SENCO_APPOINTMENT, [
  {
    source:
      "SENCO Regulations 2008 as amended in 2009: SENCOs appointed before 01/09/2008 (a SENCO for more than 12 months on 01/09/2009) are not required to hold the mandatory SENCO qualification",
    // [senco-regs-2008-2009] reg 3(5)(a): in post on 1 September 2009 and "has not been the SENCO ... for a
    // total period of more than twelve months"; [send-regs-2014-r49] reg 49(4) covers only appointments after it.
    ref: cite("senco-regs-2008-2009", "regulation 3(5)"),
  },
  {
    source:
      "SENCO Regulations 2008 as amended in 2009 (made by the Secretary of State for Children, Schools and Families), SENCOs appointed from 01/09/2008 to 01/09/2009 (in post on 01/09/2009): the mandatory qualification by 01/09/2012",
    // [senco-regs-2008-2009] reg 3(5)(a) and (6): "who is the SENCO at a relevant school on 1st September
    // 2009, and who on that date has not been the SENCO ... for a total period of more than twelve months"
    // must hold it after "the required date" (1 September 2012 for them: unconfirmed, secondary summaries).
    ref: cite("senco-regs-2008-2009", "regulation 3(5)(a) and (6)"),
  },
  {
    source:
      "SEND Regulations 2014 (made by the Secretary of State for Education), SENCOs appointed after 01/09/2009 (from 02/09/2009): the mandatory qualification within 3 years of taking up the post",
    // [send-regs-2014-r49] reg 49(4): "becomes the SENCO ... after 1st September 2009"; "after the third
    // anniversary of the date on which that person becomes a SENCO"; [dfe-npq-senco-transition] "within 3 years
    // of starting the job"; [senco-regs-2008-2009] reg 3(5)(b) said the same from 2009.
    ref: cite("send-regs-2014-r49", "regulation 49(4)"),
  },
]);

export const SENCO_COURSE_CITED = withCitations(SENCO_COURSE, [
  {
    source:
      "SEND (Amendment) Regulations 2024 (DfE), a course begun before 01/09/2024: the NASENCO, completed before 01/09/2027",
    // [si-2024-535] reg 49(7)(a): "commences a course ... before 1st September 2024 and completes that course
    // before 1st September 2027, the National Award for Special Educational Needs Co-ordination".
    ref: cite("si-2024-535", "regulation 49(7)(a)"),
  },
  {
    source: "SEND (Amendment) Regulations 2024 (DfE), a course begun from 01/09/2024: the NPQ for SENCOs",
    // [si-2024-535] reg 49(7)(b): "commences a course ... on or after 1st September 2024, the National
    // Professional Qualification for Special Educational Needs Co-ordinators".
    ref: cite("si-2024-535", "regulation 49(7)(b)"),
  },
]);
