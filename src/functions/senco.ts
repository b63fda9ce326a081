/**
 * SENCO essential-duties time as SEND.* custom functions (issue 3). The rules live in
 * src/rules/senco-time.ts and src/rules/sen-register.ts; this module only declares the
 * functions: their ids and argument order (a contract stored in users' workbooks), their
 * coercers, and the JSDoc the metadata plugin turns into functions.json.
 */
import { countArg, moneyArg, numberArg, percentArg, rangeArg } from "../values/coerce";
import { defineFunction, invoke } from "./define";
import {
  DEFAULT_SEN_SUPPORT_WEIGHT,
  SEN_SUPPORT_WEIGHT_LIMITS,
  countRegister,
  registerCountRows,
  sencoHoursFromRegister,
} from "../rules/sen-register";
import { mobilityHours, sencoBreakdown, sencoBreakdownRows, sencoHours, sencoPoints } from "../rules/senco-time";

const budget = moneyArg("notional_sen_budget");
const schoolAction = countArg("school_action");
const schoolActionPlus = countArg("school_action_plus");
const statements = countArg("statements");
const mobility = percentArg("pupil_mobility", { optional: true });
const requiredMobility = percentArg("pupil_mobility");
const register = rangeArg("register");
const senSupportWeight = numberArg("sen_support_weight", SEN_SUPPORT_WEIGHT_LIMITS, { optional: true });

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
    (b, cells, m, w) => sencoHoursFromRegister(b, countRegister(cells), m, w ?? DEFAULT_SEN_SUPPORT_WEIGHT),
  ),
  SENREGISTERCOUNTS: defineFunction("SENREGISTERCOUNTS", [register] as const, (cells) =>
    registerCountRows(countRegister(cells)),
  ),
};

/**
 * SENCO points: budget points plus register points (A + B in the NUT Charter 2006 formula). School X (£67,755; 10; 5; 6) has 133.
 * @customfunction SENCOPOINTS
 * @helpurl https://localhost:3000/help/functions.html#sencopoints
 * @param notional_sen_budget The school's notional SEN budget in pounds (0 or more); counted in thousands, halves round up.
 * @param school_action Number of pupils at School Action (a whole number of 0 or more); 1 point each.
 * @param school_action_plus Number of pupils at School Action Plus (a whole number of 0 or more); 5 points each.
 * @param statements Number of pupils with a Statement or an EHC plan (a whole number of 0 or more); 5 points each.
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
 * @param pupil_mobility Annual pupil turnover as a percentage from 0% to 100% (type 34% or 0.34).
 * @returns 0, 1, 2 or 3 hours.
 */
export function SENCOMOBILITYHOURS(pupil_mobility: any): number {
  return invoke(SENCO_FUNCTIONS.SENCOMOBILITYHOURS, arguments) as number;
}

/**
 * Guide minimum of weekly hours for the SENCO's essential duties (NUT Charter 2006 formula): 1 hour per complete 40 points plus mobility hours.
 * @customfunction SENCOHOURS
 * @helpurl https://localhost:3000/help/functions.html#sencohours
 * @param notional_sen_budget The school's notional SEN budget in pounds (0 or more); counted in thousands, halves round up.
 * @param school_action Number of pupils at School Action (a whole number of 0 or more); 1 point each.
 * @param school_action_plus Number of pupils at School Action Plus (a whole number of 0 or more); 5 points each.
 * @param statements Number of pupils with a Statement or an EHC plan (a whole number of 0 or more); 5 points each.
 * @param [pupil_mobility] Annual pupil turnover as a percentage from 0% to 100% (34% or 0.34). Blank adds no hours.
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
 * @param notional_sen_budget The school's notional SEN budget in pounds (0 or more); counted in thousands, halves round up.
 * @param school_action Number of pupils at School Action (a whole number of 0 or more); 1 point each.
 * @param school_action_plus Number of pupils at School Action Plus (a whole number of 0 or more); 5 points each.
 * @param statements Number of pupils with a Statement or an EHC plan (a whole number of 0 or more); 5 points each.
 * @param [pupil_mobility] Annual pupil turnover as a percentage from 0% to 100% (34% or 0.34). Blank adds no hours.
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
 * @param notional_sen_budget The school's notional SEN budget in pounds (0 or more); counted in thousands, halves round up.
 * @param register The SEN provision code of each pupil, one cell per pupil (a column such as C:C works): K SEN support, E EHC plan, A School Action, P School Action Plus, S Statement, N no SEN, or MIS forms such as "K - SEN Support"; a header in the first cell is skipped.
 * @param [pupil_mobility] Annual pupil turnover as a percentage from 0% to 100% (34% or 0.34). Blank adds no hours.
 * @param [sen_support_weight] Points for each SEN support (K) pupil, from 1 (like School Action) to 5 (like School Action Plus). Blank means 1, a floor.
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
 * @param register The SEN provision code of each pupil, one cell per pupil (a column such as C:C works): K, E, A, P, S or N, or their long forms; blank cells are skipped, and a header in the first cell.
 * @returns Seven rows of label and count.
 */
export function SENREGISTERCOUNTS(register: any[][]): any[][] {
  return invoke(SENCO_FUNCTIONS.SENREGISTERCOUNTS, arguments) as any[][];
}
