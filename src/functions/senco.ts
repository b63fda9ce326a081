/**
 * SENCO essential-duties time as SEND.* custom functions. The rules live in
 * src/rules/senco-time.ts and src/rules/sen-register*.ts; this module only declares the
 * functions: their ids and argument order (a contract stored in users' workbooks), their
 * coercers, and the JSDoc the metadata plugin turns into functions.json.
 */
import { booleanArg, countArg, mobilityArg, numberArg, budgetArg, positiveMoneyArg, rangeArg } from "../values/coerce";
import { dateArg } from "../values/dates";
import { defineFunction, invoke } from "./define";
import { SEN_SUPPORT_WEIGHT_LIMITS, sencoHoursFromRegister } from "../rules/sen-register-points";
import { countRegister, registerCountRows } from "../rules/sen-register";
import { mobilityHours, sencoBreakdown, sencoBreakdownRows, sencoHours, sencoPoints } from "../rules/senco-time";
import {
  DIRECTED_HOURS_LIMITS,
  HOURS_PER_WEEK_LIMITS,
  ON_COST_RATE_LIMITS,
  WEEKS_PER_YEAR_LIMITS,
  sencoTimeCost,
  sencoTimeFte,
} from "../rules/senco-cost";
import {
  APPOINTMENT_DATE_LIMITS,
  COURSE_START_LIMITS,
  qualificationDue,
  qualificationNeeded,
} from "../rules/senco-qualification";

// A blank and a 0 answer alike (Excel on Windows passes an empty cell as 0, the web as null): the
// budget refuses both (every mainstream school has one); a blank count is 0 pupils and a blank
// mobility 0%, as SUM reads a blank; docs/functions.md lists every argument.
const budget = budgetArg();
const schoolAction = countArg("school_action", { blankIsZero: true });
const schoolActionPlus = countArg("school_action_plus", { blankIsZero: true });
const statements = countArg("statements", { blankIsZero: true });
const mobility = mobilityArg({ optional: true });
const requiredMobility = mobilityArg();
const register = rangeArg("register");
const senSupportWeight = numberArg("sen_support_weight", SEN_SUPPORT_WEIGHT_LIMITS, {
  optional: true,
  zeroIsBlank: true,
});
// No SENCO time is 0 hours, so a blank is 0 hours; a salary of £0 is refused with a blank alike.
const hoursPerWeek = numberArg("hours_per_week", HOURS_PER_WEEK_LIMITS, { blank: 0 });
const annualSalary = positiveMoneyArg("annual_salary", "enter the SENCO's annual salary");
// Blank and 0 are the same rate; 30 is refused with "type 30% or 0.3".
const onCostRate = numberArg("on_cost_rate", ON_COST_RATE_LIMITS, { optional: true, percentText: true });
// 0 weeks and 0 directed hours mean nothing, so 0 is a blank: the default. A date reads 0 as a blank
// (left out when optional, refused when required), and an optional yes/no reads 0 as FALSE, the
// same answer as left out.
const weeksPerYear = numberArg("weeks_per_year", WEEKS_PER_YEAR_LIMITS, { optional: true, zeroIsBlank: true });
const directedHours = numberArg("directed_hours_per_year", DIRECTED_HOURS_LIMITS, {
  optional: true,
  zeroIsBlank: true,
});
const appointmentDate = dateArg("appointment_date", APPOINTMENT_DATE_LIMITS);
const qualificationCompleted = booleanArg("qualification_completed", { optional: true });
const nasencoCourseStart = dateArg("nasenco_course_start", COURSE_START_LIMITS, { optional: true });

export const SENCO_FUNCTIONS = {
  SENCOPOINTS: defineFunction(
    "SENCOPOINTS",
    [budget, schoolAction, schoolActionPlus, statements] as const,
    (b, sa, sap, st) => sencoPoints({ notionalSenBudget: b, schoolAction: sa, schoolActionPlus: sap, statements: st }),
  ),
  SENCOMOBILITYHOURS: defineFunction("SENCOMOBILITYHOURS", [requiredMobility] as const, (m) => mobilityHours(m)),
  SENCOHOURS: defineFunction(
    "SENCOHOURS",
    [budget, schoolAction, schoolActionPlus, statements, mobility] as const,
    (b, sa, sap, st, m) =>
      sencoHours({ notionalSenBudget: b, schoolAction: sa, schoolActionPlus: sap, statements: st, pupilMobility: m }),
  ),
  SENCOBREAKDOWN: defineFunction(
    "SENCOBREAKDOWN",
    [budget, schoolAction, schoolActionPlus, statements, mobility] as const,
    (b, sa, sap, st, m) =>
      sencoBreakdownRows(
        sencoBreakdown({
          notionalSenBudget: b,
          schoolAction: sa,
          schoolActionPlus: sap,
          statements: st,
          pupilMobility: m,
        }),
      ),
  ),
  SENCOHOURSFROMREGISTER: defineFunction(
    "SENCOHOURSFROMREGISTER",
    [budget, register, mobility, senSupportWeight] as const,
    (b, cells, m, w) => sencoHoursFromRegister(b, countRegister(cells), m, w),
  ),
  SENREGISTERCOUNTS: defineFunction("SENREGISTERCOUNTS", [register] as const, (cells) =>
    registerCountRows(countRegister(cells)),
  ),
  SENCOTIMEFTE: defineFunction("SENCOTIMEFTE", [hoursPerWeek, weeksPerYear, directedHours] as const, (h, w, d) =>
    sencoTimeFte(h, { weeksPerYear: w, directedHoursPerYear: d }),
  ),
  SENCOTIMECOST: defineFunction(
    "SENCOTIMECOST",
    [hoursPerWeek, annualSalary, onCostRate, weeksPerYear, directedHours] as const,
    (h, salary, rate, w, d) => sencoTimeCost(h, salary, rate, { weeksPerYear: w, directedHoursPerYear: d }),
  ),
  SENCOQUALIFICATIONDUE: defineFunction("SENCOQUALIFICATIONDUE", [appointmentDate] as const, (a) =>
    qualificationDue(a),
  ),
  SENCOQUALIFICATIONNEEDED: defineFunction(
    "SENCOQUALIFICATIONNEEDED",
    [appointmentDate, qualificationCompleted, nasencoCourseStart] as const,
    (a, done, course) => qualificationNeeded(a, done, course),
  ),
};

/**
 * SENCO points: budget points plus register points (A + B in the NUT Charter 2006 formula). School X (£67,755; 10; 5; 6) has 133.
 * @customfunction SENCOPOINTS
 * @helpurl https://localhost:3000/help/functions.html#sencopoints
 * @param notional_sen_budget The school's notional SEN budget in pounds, more than £0 (blank or 0 is refused: every mainstream school has one); counted in thousands, halves round up.
 * @param school_action Number of pupils at School Action (a whole number of 0 or more; blank counts 0); 1 point each. Put today's SEN support (K) pupils here (weight 1), or use SENCOHOURSFROMREGISTER with a weight.
 * @param school_action_plus Number of pupils at School Action Plus (a whole number of 0 or more; blank counts 0); 5 points each.
 * @param statements Number of pupils with a Statement or an EHC plan (a whole number of 0 or more; blank counts 0); 5 points each. Today's EHC plans (E) go here.
 * @returns Budget points plus register points.
 */
export function SENCOPOINTS(
  notional_sen_budget: any,
  school_action: any,
  school_action_plus: any,
  statements: any,
): number {
  return invoke(SENCO_FUNCTIONS.SENCOPOINTS, arguments) as number;
}

/**
 * Extra weekly SENCO hours for pupil mobility: over 20% gives 1, over 30% gives 2, over 40% gives 3.
 * @customfunction SENCOMOBILITYHOURS
 * @helpurl https://localhost:3000/help/functions.html#sencomobilityhours
 * @param pupil_mobility Annual pupil turnover as a percentage from 0% to below 100% (type 34% or 0.34; 1 is 100%: for 1% type 1%). Above 80%, the highest in the published figures, is refused. Blank or 0% adds no hours.
 * @returns 0, 1, 2 or 3 hours.
 */
export function SENCOMOBILITYHOURS(pupil_mobility: any): number {
  return invoke(SENCO_FUNCTIONS.SENCOMOBILITYHOURS, arguments) as number;
}

/**
 * Guide minimum of weekly hours for the SENCO's essential duties (NUT Charter 2006 formula): 1 hour per complete 40 points plus mobility hours.
 * @customfunction SENCOHOURS
 * @helpurl https://localhost:3000/help/functions.html#sencohours
 * @param notional_sen_budget The school's notional SEN budget in pounds, more than £0 (blank or 0 is refused: every mainstream school has one); counted in thousands, halves round up.
 * @param school_action Number of pupils at School Action (a whole number of 0 or more; blank counts 0); 1 point each. Put today's SEN support (K) pupils here (weight 1), or use SENCOHOURSFROMREGISTER with a weight.
 * @param school_action_plus Number of pupils at School Action Plus (a whole number of 0 or more; blank counts 0); 5 points each.
 * @param statements Number of pupils with a Statement or an EHC plan (a whole number of 0 or more; blank counts 0); 5 points each. Today's EHC plans (E) go here.
 * @param [pupil_mobility] Annual pupil turnover as a percentage from 0% to below 100% (34% or 0.34; 1 is 100%: for 1% type 1%). Above 80%, the highest in the published figures, is refused. Left out, blank or 0% adds no hours.
 * @returns Recommended whole hours per week.
 */
export function SENCOHOURS(
  notional_sen_budget: any,
  school_action: any,
  school_action_plus: any,
  statements: any,
  pupil_mobility?: any,
): number {
  return invoke(SENCO_FUNCTIONS.SENCOHOURS, arguments) as number;
}

/**
 * The working behind SENCOHOURS as a two-column spill (label, value): budget points, School Action, School Action Plus and Statement/EHC plan points, total points, hours from points, mobility hours, recommended hours per week.
 * @customfunction SENCOBREAKDOWN
 * @helpurl https://localhost:3000/help/functions.html#sencobreakdown
 * @param notional_sen_budget The school's notional SEN budget in pounds, more than £0 (blank or 0 is refused: every mainstream school has one); counted in thousands, halves round up.
 * @param school_action Number of pupils at School Action (a whole number of 0 or more; blank counts 0); 1 point each. Put today's SEN support (K) pupils here (weight 1), or use SENCOHOURSFROMREGISTER with a weight.
 * @param school_action_plus Number of pupils at School Action Plus (a whole number of 0 or more; blank counts 0); 5 points each.
 * @param statements Number of pupils with a Statement or an EHC plan (a whole number of 0 or more; blank counts 0); 5 points each. Today's EHC plans (E) go here.
 * @param [pupil_mobility] Annual pupil turnover as a percentage from 0% to below 100% (34% or 0.34; 1 is 100%: for 1% type 1%). Above 80%, the highest in the published figures, is refused. Left out, blank or 0% adds no hours.
 * @returns Eight rows of label and value.
 */
export function SENCOBREAKDOWN(
  notional_sen_budget: any,
  school_action: any,
  school_action_plus: any,
  statements: any,
  pupil_mobility?: any,
): any[][] {
  return invoke(SENCO_FUNCTIONS.SENCOBREAKDOWN, arguments) as any[][];
}

/**
 * Guide minimum of weekly SENCO hours, counting pupils straight from a SEN register of provision codes (K, E, A, P, S, N or their long forms; blanks skipped).
 * @customfunction SENCOHOURSFROMREGISTER
 * @helpurl https://localhost:3000/help/functions.html#sencohoursfromregister
 * @param notional_sen_budget The school's notional SEN budget in pounds, more than £0 (blank or 0 is refused: every mainstream school has one); counted in thousands, halves round up.
 * @param register The SEN provision code of each pupil, one cell per pupil: a table column such as Register[SEN status] or a bounded range such as C2:C400 (not C:C, which Excel on the web refuses). K SEN support, E EHC plan, A School Action, P School Action Plus, S Statement, N no SEN, or MIS forms such as "K - SEN Support"; a header in the first cell is skipped.
 * @param [pupil_mobility] Annual pupil turnover as a percentage from 0% to below 100% (34% or 0.34; 1 is 100%: for 1% type 1%). Above 80%, the highest in the published figures, is refused. Left out, blank or 0% adds no hours.
 * @param [sen_support_weight] Points for each SEN support (K) pupil, from 1 (like School Action) to 5 (like School Action Plus). Left out, blank or 0 means 1, a floor.
 * @returns Recommended whole hours per week.
 */
export function SENCOHOURSFROMREGISTER(
  notional_sen_budget: any,
  register: any[][],
  pupil_mobility?: any,
  sen_support_weight?: any,
): number {
  return invoke(SENCO_FUNCTIONS.SENCOHOURSFROMREGISTER, arguments) as number;
}

/**
 * Counts the pupils of a SEN register by provision code as a two-column spill (label, count): SEN support, EHC plan, School Action, School Action Plus, Statement, No SEN, on the SEN register.
 * @customfunction SENREGISTERCOUNTS
 * @helpurl https://localhost:3000/help/functions.html#senregistercounts
 * @param register The SEN provision code of each pupil, one cell per pupil: a table column such as Register[SEN status] or a bounded range such as C2:C400 (not C:C). K, E, A, P, S or N, or their long forms; blank cells, and a header in the first cell, are skipped.
 * @returns Seven rows of label and count.
 */
export function SENREGISTERCOUNTS(register: any[][]): any[][] {
  return invoke(SENCO_FUNCTIONS.SENREGISTERCOUNTS, arguments) as any[][];
}

/**
 * The SENCO's weekly hours as a share of a full-time teacher (FTE): hours x weeks a year / a full-time teacher's directed hours a year (STPCD: 1,265 hours over 39 weeks).
 * @customfunction SENCOTIMEFTE
 * @helpurl https://localhost:3000/help/functions.html#sencotimefte
 * @param hours_per_week SENCO hours a week, from 0 to 168 (blank is 0).
 * @param [weeks_per_year] Weeks a year the hours are given, from 1 to 52. Blank (or 0) means 39.
 * @param [directed_hours_per_year] A full-time teacher's directed hours a year, from 1 to 8,784. Blank (or 0) means 1,265.
 * @returns The share of a full-time teacher, e.g. 0.154 for 5 hours.
 */
export function SENCOTIMEFTE(hours_per_week: any, weeks_per_year?: any, directed_hours_per_year?: any): number {
  return invoke(SENCO_FUNCTIONS.SENCOTIMEFTE, arguments) as number;
}

/**
 * What the SENCO's weekly hours cost a year: FTE x annual salary x (1 + on-cost rate), to the penny. 5 hours, £50,000, 30% gives 10,019.76.
 * @customfunction SENCOTIMECOST
 * @helpurl https://localhost:3000/help/functions.html#sencotimecost
 * @param hours_per_week SENCO hours a week, from 0 to 168 (blank is 0).
 * @param annual_salary The SENCO's annual salary in pounds, more than £0 (blank or 0 is refused).
 * @param [on_cost_rate] The employer's on-costs (pension, National Insurance) as a percentage of salary (type 30% or 0.3). Blank means 0%.
 * @param [weeks_per_year] Weeks a year the hours are given, from 1 to 52. Blank (or 0) means 39.
 * @param [directed_hours_per_year] A full-time teacher's directed hours a year, from 1 to 8,784. Blank (or 0) means 1,265.
 * @returns Pounds a year, to the penny.
 */
export function SENCOTIMECOST(
  hours_per_week: any,
  annual_salary: any,
  on_cost_rate?: any,
  weeks_per_year?: any,
  directed_hours_per_year?: any,
): number {
  return invoke(SENCO_FUNCTIONS.SENCOTIMECOST, arguments) as number;
}

/**
 * The date by which the SENCO must hold the mandatory SENCO qualification: 3 years after becoming SENCO for one appointed after 01/09/2009 (SEND Regulations 2014, reg 49(4)); 01/09/2012 for one appointed from 01/09/2008 to 01/09/2009, in post on 01/09/2009 after 12 months or less (SENCO Regulations 2008 as amended by SI 2009/1387, reg 3(5), which covered maintained schools only); #N/A for one appointed before 01/09/2008.
 * @customfunction SENCOQUALIFICATIONDUE
 * @helpurl https://localhost:3000/help/functions.html#sencoqualificationdue
 * @param appointment_date The date the person became SENCO, from 01/09/1994 (a date cell, or text day first such as 01/09/2023); blank or 0 is refused.
 * @returns A date (format the cell as a date).
 */
export function SENCOQUALIFICATIONDUE(appointment_date: any): number {
  return invoke(SENCO_FUNCTIONS.SENCOQUALIFICATIONDUE, arguments) as number;
}

/**
 * Which SENCO qualification is still needed: "Not required" (appointed before 01/09/2008, a SENCO for more than 12 months when it became law on 01/09/2009), "Met", "NASENCO" (appointed from 01/09/2008 to 01/09/2009, under the 2008 Regulations as amended in 2009, which covered maintained schools only: an academy's SENCO appointed in that year was not covered by them; or a course started before 01/09/2024, to complete before 01/09/2027) or "NPQ for SENCOs".
 * @customfunction SENCOQUALIFICATIONNEEDED
 * @helpurl https://localhost:3000/help/functions.html#sencoqualificationneeded
 * @param appointment_date The date the person became SENCO, from 01/09/1994 (a date cell, or text day first such as 01/09/2023); blank or 0 is refused.
 * @param [qualification_completed] TRUE when the SENCO already holds NASENCO or the NPQ for SENCOs. Blank means FALSE.
 * @param [nasenco_course_start] The date a NASENCO course started (from 01/09/2009), if one did. Blank means none.
 * @returns "Not required", "Met", "NASENCO" or "NPQ for SENCOs".
 */
export function SENCOQUALIFICATIONNEEDED(
  appointment_date: any,
  qualification_completed?: any,
  nasenco_course_start?: any,
): string {
  return invoke(SENCO_FUNCTIONS.SENCOQUALIFICATIONNEEDED, arguments) as string;
}
