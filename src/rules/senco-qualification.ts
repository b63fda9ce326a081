/**
 * The mandatory SENCO qualification in a mainstream school: who needs it, by when, and which one.
 *
 * Sources (docs/sources.md): [senco-regs-2008-2009] the Education (Special Educational Needs
 * Co-ordinators) (England) Regulations 2008, regulation 3(5) and (6) as inserted by SI 2009/1387
 * (a SENCO in post on 1 September 2009 who had then been a SENCO for twelve months or less, or who
 * became one after that date); [send-regs-2014-r49] regulation 49(4) (a SENCO who took up the
 * post after 1 September 2009 must hold the qualification after the third anniversary of becoming
 * a SENCO), [si-2024-535] regulation 2(2) inserting regulation 49(7) (which qualification, by when
 * the course began), [dfe-npq-senco-transition] (a completed NASENCO still meets it; the 3-year
 * window stays).
 *
 * Two dated tables: one by the date the SENCO was appointed (is the qualification required, and by
 * when?), one by the date the qualifying course began (which qualification counts?). Dates are
 * Excel serials. Pure TypeScript: no Office, no DOM.
 */
import { field, say, inputError, noAnswerError } from "./errors";
import {
  addMonthsSerial,
  formatSerialDdMmYyyy,
  MAX_EXCEL_DATE_SERIAL,
  ruleInForce,
  serialFromYmd,
  type DatedRule,
} from "./excel-dates";
import { checkDateSerial, type DateLimits } from "./inputs";

/**
 * Dates of becoming SENCO the rules answer for: from 01/09/1994, when the SEN Code of Practice
 * (1994) came into effect and set up the SENCO role in every school.
 */
// [dfe-sen-cop-1994] in effect from September 1994; "every school should designate a member of staff as its
// Special Educational Needs Coordinator (SENCO)".
export const APPOINTMENT_DATE_LIMITS: DateLimits = {
  from: serialFromYmd(1994, 9, 1),
  why: "when the SEN Code of Practice (1994) set up the SENCO role",
};

/**
 * Dates a NASENCO course began: from 01/09/2009, when the National Award for SEN Co-ordination
 * became the qualification new SENCOs must gain (the first courses began that month).
 */
// [senco-regs-2008-2009] in force 1 September 2009; the NUT's briefing of June 2010: "Some courses started in
// September 2009 and some began in January 2010."
export const COURSE_START_LIMITS: DateLimits = {
  from: serialFromYmd(2009, 9, 1),
  why: "when the NASENCO award began",
};

export interface SencoAppointmentRule extends DatedRule {
  /** Months after taking up the post by which the qualification must be held; left out: see dueBy. */
  readonly withinMonths?: number;
  /** A fixed date (serial) by which the qualification must be held; left out: see withinMonths. */
  readonly dueBy?: number;
}

/** 1 September 2009: the SENCO qualification became law ([senco-regs-2008-2009] reg 3(5)). */

/**
 * Who the 2008 Regulations covered, in the words the function's description, the plan's hint and
 * the statement use: maintained schools only, so an academy's SENCO appointed in that year was not
 * covered by them ([senco-regs-2008-2009], "relevant school").
 */
export const MAINTAINED_SCHOOLS_NOTE =
  "The 2008 Regulations covered maintained schools only (community, foundation and voluntary schools and maintained nursery schools): an academy's SENCO appointed in that year was not covered by them.";
const IN_FORCE = serialFromYmd(2009, 9, 1);

/**
 * Is the qualification required, and by when, by the date the SENCO was appointed? The 2008
 * Regulations as amended in 2009 covered a SENCO in post on 01/09/2009 who had then been a SENCO
 * for twelve months or less (appointed from 01/09/2008: twelve months to the day at most), with the
 * award by 01/09/2012, and anyone becoming SENCO after 01/09/2009, within 3 years; the SEND
 * Regulations 2014, which replaced them, restate only the latter (reg 49(4)).
 */
export const SENCO_APPOINTMENT: readonly SencoAppointmentRule[] = [
  // Citations, row by row: SENCO_APPOINTMENT_CITED in senco-qualification-sources.ts.
  {
    from: 1,
    // not required
  },
  {
    from: addMonthsSerial(IN_FORCE, -12),
    dueBy: addMonthsSerial(IN_FORCE, 36),
  },
  {
    from: IN_FORCE + 1,
    withinMonths: 36,
  },
];

export type SencoQualification = "NASENCO" | "NPQ for SENCOs";

export interface SencoCourseRule extends DatedRule {
  /** The qualification a course begun from this date leads to. */
  readonly qualification: SencoQualification;
  /** A course of this kind counts only if completed before this date (serial); left out: no such date. */
  readonly completeBefore?: number;
}

/** Which qualification counts, by the date the course began. */
export const SENCO_COURSE: readonly SencoCourseRule[] = [
  // Citations, row by row: SENCO_COURSE_CITED in senco-qualification-sources.ts.
  {
    from: 1,
    qualification: "NASENCO",
    completeBefore: serialFromYmd(2027, 9, 1),
  },
  {
    from: serialFromYmd(2024, 9, 1),
    qualification: "NPQ for SENCOs",
    // counts whenever completed
  },
];

/** The first appointment date from which the qualification is required (01/09/2008). */
export const QUALIFICATION_REQUIRED_FROM: number = SENCO_APPOINTMENT[1]!.from;
/** The first course start from which only the NPQ for SENCOs counts (01/09/2024). */
export const NPQ_FROM: number = SENCO_COURSE[1]!.from;

/**
 * The date by which a SENCO appointed on `appointmentSerial` must hold the mandatory qualification:
 * 01/09/2012 for a SENCO appointed from 01/09/2008 to 01/09/2009 (in post on 01/09/2009), 3 years
 * after taking up the post (EDATE + 36 months) for one appointed later. "na" for an appointment
 * before 01/09/2008, when the qualification is not required.
 */
export function qualificationDue(appointmentSerial: number): number {
  const appointed = checkDateSerial("appointment_date", appointmentSerial, APPOINTMENT_DATE_LIMITS);
  const rule = ruleInForce(SENCO_APPOINTMENT, appointed);
  if (rule.dueBy !== undefined) return rule.dueBy;
  if (rule.withinMonths === undefined) {
    throw noAnswerError(
      say`${field("appointment_date")} is before ${formatSerialDdMmYyyy(QUALIFICATION_REQUIRED_FROM)}: a SENCO appointed before then had been a SENCO for more than 12 months when the qualification became law on ${formatSerialDdMmYyyy(IN_FORCE)}, so is not required to hold it and there is no date by which to hold it (SENCO Regulations 2008 as amended in 2009, regulation 3(5)).`,
    );
  }
  const due = addMonthsSerial(appointed, rule.withinMonths);
  if (due > MAX_EXCEL_DATE_SERIAL) {
    throw inputError(
      say`${field("appointment_date")} must be on or before 31/12/9996, so that the date 3 years on is one Excel can hold; it was ${formatSerialDdMmYyyy(appointed)}.`,
    );
  }
  return due;
}

/**
 * Why the qualification is due when qualificationDue says, in words (after "It must be held by
 * <date>, "): the date set for SENCOs in post on 01/09/2009, or 3 years after taking up the post.
 */
export function qualificationDueReason(appointmentSerial: number): string {
  const appointed = checkDateSerial("appointment_date", appointmentSerial, APPOINTMENT_DATE_LIMITS);
  return ruleInForce(SENCO_APPOINTMENT, appointed).dueBy !== undefined
    ? `the date set for a SENCO in post on ${formatSerialDdMmYyyy(IN_FORCE)} who had then been a SENCO for 12 months or less`
    : `3 years after taking up the post on ${formatSerialDdMmYyyy(appointed)}`;
}

/** The qualification a course begun on `courseStartSerial` leads to, with the date it must be completed before. */
export function qualificationForCourseStart(courseStartSerial: number): SencoCourseRule {
  return ruleInForce(SENCO_COURSE, checkDateSerial("nasenco_course_start", courseStartSerial, COURSE_START_LIMITS));
}

export type QualificationNeeded = "Not required" | "Met" | SencoQualification;

/**
 * What a SENCO appointed on `appointmentSerial` needs, the rules taken in this order:
 * 1. appointed before 01/09/2008: "Not required";
 * 2. `completed` (already holds the NASENCO or the NPQ for SENCOs): "Met";
 * 3. appointed from 01/09/2008 to 01/09/2009: "NASENCO", due by 01/09/2012. The 2008 Regulations as
 *    amended in 2009 required them to hold the National Award ([senco-regs-2008-2009] reg 3(5)(a)
 *    and (7)); the NPQ requirement of regulation 49(7) ([si-2024-535]) reaches only those covered
 *    by regulation 49(4), who became SENCO after 01/09/2009 ([send-regs-2014-r49]); the DfE's
 *    material on the NPQ says SENCOs appointed before 1 September 2009 need not take it
 *    ([dfe-npq-senco-transition]). The 2008 Regulations covered maintained schools only.
 * 4. a NASENCO course begun before 01/09/2024 (`nasencoCourseStartSerial`): "NASENCO" (to be
 *    completed before 01/09/2027, and within the 3 years);
 * 5. otherwise: "NPQ for SENCOs".
 */
export function qualificationNeeded(
  appointmentSerial: number,
  completed?: boolean,
  nasencoCourseStartSerial?: number,
): QualificationNeeded {
  const appointed = checkDateSerial("appointment_date", appointmentSerial, APPOINTMENT_DATE_LIMITS);
  const course =
    nasencoCourseStartSerial === undefined ? undefined : qualificationForCourseStart(nasencoCourseStartSerial);
  const rule = ruleInForce(SENCO_APPOINTMENT, appointed);
  if (rule.withinMonths === undefined && rule.dueBy === undefined) return "Not required";
  if (completed === true) return "Met";
  if (rule.dueBy !== undefined) return "NASENCO";
  if (course !== undefined && course.qualification === "NASENCO") return "NASENCO";
  return "NPQ for SENCOs";
}

/** A NASENCO course begun before 01/09/2024 counts only if completed before this date (01/09/2027). */
export const NASENCO_COMPLETE_BEFORE: number = SENCO_COURSE[0]!.completeBefore!;

/** Every answer qualificationNeeded gives, in the order its rules are taken. */
export const QUALIFICATION_NEEDED_ANSWERS: readonly QualificationNeeded[] = Object.freeze([
  "Not required",
  "Met",
  "NASENCO",
  "NPQ for SENCOs",
]);
