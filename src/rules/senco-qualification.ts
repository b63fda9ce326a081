/**
 * The mandatory SENCO qualification in a mainstream school: who needs it, by when, and which one.
 *
 * Sources (docs/sources.md): [send-regs-2014-r49] regulation 49(4) (a SENCO who took up the post
 * from 1 September 2009 must hold the qualification after the third anniversary of becoming a
 * SENCO), [si-2024-535] regulation 2(2) inserting regulation 49(7) (which qualification, by when the
 * course began), [dfe-npq-senco-transition] (a completed NASENCO still meets it; the 3-year window
 * stays).
 *
 * Two dated tables: one by the date the SENCO was appointed (is the qualification required?), one
 * by the date the qualifying course began (which qualification counts?). Dates are Excel serials.
 * Pure TypeScript: no Office, no DOM.
 */
import { RuleError, field, say } from "./errors";
import {
  addMonthsSerial,
  formatSerialDdMmYyyy,
  MAX_EXCEL_DATE_SERIAL,
  ruleInForce,
  serialFromYmd,
  type DatedRule,
} from "./excel-dates";
import { checkDateSerial, type DateLimits } from "./inputs";
import { cite, type SourceRef } from "./sources";

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
// [senco-regs-2009] in force 1 September 2009; the NUT's briefing of June 2010: "Some courses started in
// September 2009 and some began in January 2010."
export const COURSE_START_LIMITS: DateLimits = {
  from: serialFromYmd(2009, 9, 1),
  why: "when the NASENCO award began",
};

export interface SencoAppointmentRule extends DatedRule {
  readonly ref: SourceRef;
  /** Months after taking up the post by which the qualification must be held; undefined: not required. */
  readonly withinMonths: number | undefined;
}

/** Is the qualification required, by the date the SENCO was appointed? */
export const SENCO_APPOINTMENT: readonly SencoAppointmentRule[] = [
  {
    from: 1,
    withinMonths: undefined,
    source: "SENCOs appointed before 01/09/2009 are not required to hold the mandatory SENCO qualification",
    // [send-regs-2014-r49] reg 49(4) applies where "a person becomes the SENCO ... after 1st September 2009".
    ref: cite("send-regs-2014-r49", "regulation 49(4)"),
  },
  {
    from: serialFromYmd(2009, 9, 1),
    withinMonths: 36,
    source:
      "SEND Regulations 2014 (made by the Secretary of State for Education), SENCOs appointed from 01/09/2009: the mandatory qualification within 3 years of taking up the post",
    // [send-regs-2014-r49] reg 49(4): "after the third anniversary of the date on which that person becomes a SENCO";
    // [dfe-npq-senco-transition] "within 3 years of starting the job".
    ref: cite("send-regs-2014-r49", "regulation 49(4)"),
  },
];

export type SencoQualification = "NASENCO" | "NPQ for SENCOs";

export interface SencoCourseRule extends DatedRule {
  readonly ref: SourceRef;
  /** The qualification a course begun from this date leads to. */
  readonly qualification: SencoQualification;
  /** A course of this kind counts only if completed before this date (serial); undefined: no such date. */
  readonly completeBefore: number | undefined;
}

/** Which qualification counts, by the date the course began. */
export const SENCO_COURSE: readonly SencoCourseRule[] = [
  {
    from: 1,
    qualification: "NASENCO",
    completeBefore: serialFromYmd(2027, 9, 1),
    source:
      "SEND (Amendment) Regulations 2024 (DfE), a course begun before 01/09/2024: the NASENCO, completed before 01/09/2027",
    // [si-2024-535] reg 49(7)(a): "commences a course ... before 1st September 2024 and completes that course
    // before 1st September 2027, the National Award for Special Educational Needs Co-ordination".
    ref: cite("si-2024-535", "regulation 49(7)(a)"),
  },
  {
    from: serialFromYmd(2024, 9, 1),
    qualification: "NPQ for SENCOs",
    completeBefore: undefined,
    source: "SEND (Amendment) Regulations 2024 (DfE), a course begun from 01/09/2024: the NPQ for SENCOs",
    // [si-2024-535] reg 49(7)(b): "commences a course ... on or after 1st September 2024, the National
    // Professional Qualification for Special Educational Needs Co-ordinators".
    ref: cite("si-2024-535", "regulation 49(7)(b)"),
  },
];

/** The first appointment date from which the qualification is required (01/09/2009). */
export const QUALIFICATION_REQUIRED_FROM: number = SENCO_APPOINTMENT[1]!.from;
/** The first course start from which only the NPQ for SENCOs counts (01/09/2024). */
export const NPQ_FROM: number = SENCO_COURSE[1]!.from;

/**
 * The date by which a SENCO appointed on `appointmentSerial` must hold the mandatory qualification:
 * 3 years after taking up the post (EDATE + 36 months). "na" for an appointment before 01/09/2009,
 * when the qualification is not required.
 */
export function qualificationDue(appointmentSerial: number): number {
  const appointed = checkDateSerial("appointment_date", appointmentSerial, APPOINTMENT_DATE_LIMITS);
  const rule = ruleInForce(SENCO_APPOINTMENT, appointed);
  if (rule.withinMonths === undefined) {
    throw new RuleError(
      "na",
      say`${field("appointment_date")} is before ${formatSerialDdMmYyyy(QUALIFICATION_REQUIRED_FROM)}: a SENCO appointed before then is not required to hold the mandatory SENCO qualification, so there is no date by which to hold it (SEND Regulations 2014, regulation 49).`,
    );
  }
  const due = addMonthsSerial(appointed, rule.withinMonths);
  if (due > MAX_EXCEL_DATE_SERIAL) {
    throw new RuleError(
      "value",
      say`${field("appointment_date")} must be on or before 31/12/9996, so that the date 3 years on is one Excel can hold; it was ${formatSerialDdMmYyyy(appointed)}.`,
    );
  }
  return due;
}

/** The qualification a course begun on `courseStartSerial` leads to, with the date it must be completed before. */
export function qualificationForCourseStart(courseStartSerial: number): SencoCourseRule {
  return ruleInForce(SENCO_COURSE, checkDateSerial("nasenco_course_start", courseStartSerial, COURSE_START_LIMITS));
}

export type QualificationNeeded = "Not required" | "Met" | SencoQualification;

/**
 * What a SENCO appointed on `appointmentSerial` needs, the rules taken in this order:
 * 1. appointed before 01/09/2009: "Not required";
 * 2. `completed` (already holds the NASENCO or the NPQ for SENCOs): "Met";
 * 3. a NASENCO course begun before 01/09/2024 (`nasencoCourseStartSerial`): "NASENCO" (to be
 *    completed before 01/09/2027, and within the 3 years);
 * 4. otherwise: "NPQ for SENCOs".
 */
export function qualificationNeeded(
  appointmentSerial: number,
  completed?: boolean,
  nasencoCourseStartSerial?: number,
): QualificationNeeded {
  const appointed = checkDateSerial("appointment_date", appointmentSerial, APPOINTMENT_DATE_LIMITS);
  const course =
    nasencoCourseStartSerial === undefined ? undefined : qualificationForCourseStart(nasencoCourseStartSerial);
  if (ruleInForce(SENCO_APPOINTMENT, appointed).withinMonths === undefined) return "Not required";
  if (completed === true) return "Met";
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
