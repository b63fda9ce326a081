/**
 * The SENCO's mandatory qualification: whether one is needed, which, and by when.
 *
 * - `[send-regs-2014-reg49]` The Special Educational Needs and Disability Regulations 2014,
 *   regulation 49(4): a person who becomes the SENCO at a relevant school after 1 September 2009
 *   must hold the SENCO qualification by the third anniversary of becoming SENCO. A SENCO
 *   appointed before that date is not required to. (The regulation also spares a SENCO who had
 *   been a SENCO for more than twelve months in total before: the school knows that, these rules
 *   do not.)
 * - `[send-regs-2014-reg49]` regulation 49(7), as amended by The Special Educational Needs and
 *   Disability (Amendment) Regulations 2024 (SI 2024/535), and `[dfe-npq-senco-transition]`: the
 *   qualification is the National Award for SEN Co-ordination (NASENCO) for a course started
 *   before 1 September 2024 and completed before 1 September 2027; for a course started on or
 *   after 1 September 2024, the National Professional Qualification for SENCOs.
 *
 * Pure TypeScript: dates are Excel serial numbers.
 */
import { RuleError, field, say } from "./errors";
import { checkDateSerial } from "./inputs";
import {
  MAX_EXCEL_DATE_SERIAL,
  addMonthsSerial,
  formatSerialDdMmYyyy,
  ruleInForce,
  serialFromYmd,
  type DatedRule,
} from "./excel-dates";

/** [send-regs-2014-reg49] reg 49(4): the qualification is due by the third anniversary of becoming SENCO. */
export const QUALIFICATION_MONTHS = 36;

export interface QualificationDutyRule extends DatedRule {
  /** True when a SENCO appointed from `from` must hold the qualification. */
  readonly required: boolean;
}

/** Whether a SENCO appointed on a date must gain the qualification, by appointment date. */
export const QUALIFICATION_DUTY: readonly QualificationDutyRule[] = [
  { from: 1, required: false, source: "[send-regs-2014-reg49] reg 49(4): SENCOs appointed before 01/09/2009" },
  {
    from: serialFromYmd(2009, 9, 1),
    required: true,
    source: "[send-regs-2014-reg49] reg 49(4): SENCOs appointed from 01/09/2009",
  },
];

export type QualificationRoute = "NASENCO" | "NPQ for SENCOs";

export interface QualificationRouteRule extends DatedRule {
  readonly route: QualificationRoute;
}

/** Which qualification a course counts as, by the date the course started. */
export const QUALIFICATION_ROUTE: readonly QualificationRouteRule[] = [
  {
    from: 1,
    route: "NASENCO",
    source: "[send-regs-2014-reg49] reg 49(7)(a) (SI 2024/535): NASENCO course started before 01/09/2024",
  },
  {
    from: serialFromYmd(2024, 9, 1),
    route: "NPQ for SENCOs",
    source: "[send-regs-2014-reg49] reg 49(7)(b) (SI 2024/535); [dfe-npq-senco-transition]: courses from 01/09/2024",
  },
];

/** [send-regs-2014-reg49] reg 49(7)(a) (SI 2024/535): a NASENCO course counts if completed before this date. */
export const NASENCO_COMPLETE_BEFORE = serialFromYmd(2027, 9, 1);

/** The four answers of qualificationNeeded, in the order they are tried. */
export type QualificationNeeded = "Not required" | QualificationRoute | "Met";
export const QUALIFICATION_NEEDED_ANSWERS: readonly QualificationNeeded[] = [
  "Not required",
  "Met",
  "NASENCO",
  "NPQ for SENCOs",
];

function dutyApplies(appointmentSerial: number): boolean {
  return ruleInForce(QUALIFICATION_DUTY, appointmentSerial).required;
}

/**
 * The date (Excel serial) by which a SENCO appointed on `appointmentSerial` must hold the
 * qualification: 36 months on (EDATE). #N/A (a RuleError "na") for a SENCO appointed before
 * 01/09/2009, who is not required to hold it.
 */
export function qualificationDue(appointmentSerial: number): number {
  const appointed = checkDateSerial("appointment_date", appointmentSerial);
  if (!dutyApplies(appointed)) {
    throw new RuleError(
      "na",
      say`No date: a SENCO appointed before 01/09/2009 (${field("appointment_date")} ${formatSerialDdMmYyyy(appointed)}) is not required to hold the SENCO qualification (SEND Regulations 2014, regulation 49(4)).`,
      { value: appointmentSerial },
    );
  }
  const due = addMonthsSerial(appointed, QUALIFICATION_MONTHS);
  if (!(due <= MAX_EXCEL_DATE_SERIAL)) {
    throw new RuleError(
      "value",
      say`${field("appointment_date")} must be on or before 31/12/9996, so that the date 3 years on is one Excel can hold; it was ${formatSerialDdMmYyyy(appointed)}.`,
      { value: appointmentSerial },
    );
  }
  return due;
}

/**
 * What the SENCO still needs, as exactly one of (tried in this order):
 * - "Not required": appointed before 01/09/2009;
 * - "Met": the qualification is held (`completed` true);
 * - "NASENCO": a NASENCO course started before 01/09/2024 (it counts if completed before 01/09/2027);
 * - "NPQ for SENCOs": otherwise.
 */
export function qualificationNeeded(
  appointmentSerial: number,
  completed?: boolean,
  nasencoCourseStartSerial?: number,
): QualificationNeeded {
  const appointed = checkDateSerial("appointment_date", appointmentSerial);
  const courseStart =
    nasencoCourseStartSerial === undefined
      ? undefined
      : checkDateSerial("nasenco_course_start", nasencoCourseStartSerial);
  if (!dutyApplies(appointed)) return "Not required";
  if (completed === true) return "Met";
  if (courseStart !== undefined) return ruleInForce(QUALIFICATION_ROUTE, courseStart).route;
  return "NPQ for SENCOs";
}
