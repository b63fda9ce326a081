/**
 * The EHC plan reviews in the SENCO's year: how many annual reviews the register's plans bring (one
 * for each plan, at least), live over the register's column when the statement counts from one,
 * else the count typed in, with the law that times them beside it.
 */
import { REVIEW_RULES } from "../../../rules/ehc-plan-review-rules";
import { countRegister } from "../../../rules/sen-register";
import { sourceText } from "../../../rules/sources";
import { formula, rulePreview } from "../../rule-preview";
import { textBlock, type SectionOutput } from "../../sections";
import { inputRef, type StatementContext } from "../statement-context";

/** The label of the statement's line: tests and readers find it by these words. */
export const REVIEWS_A_YEAR_LABEL = "EHC plan annual reviews a year (one for each plan, at least)";

/** SENREGISTERCOUNTS's rows for E (EHC plan) and S (a Statement not yet recoded): the 2nd and 5th. */
const EHC_PLAN_ROW = 2;
const STATEMENT_ROW = 5;

export function reviewsSection(context: StatementContext, startRow: number): SectionOutput {
  const register = context.inputs.register;
  const count = register
    ? formula(
        `=INDEX(SEND.SENREGISTERCOUNTS(${register.reference}),${EHC_PLAN_ROW},2)+INDEX(SEND.SENREGISTERCOUNTS(${register.reference}),${STATEMENT_ROW},2)`,
        rulePreview(() => {
          const counts = countRegister(register.cells);
          return counts.E + counts.S;
        }),
      )
    : formula(`=${inputRef(context, "statements")}`, context.inputs.statements ?? 0);
  const row = {
    row: startRow + 1,
    col: 0,
    cells: [[REVIEWS_A_YEAR_LABEL, count, sourceText(REVIEW_RULES.annual.ref)]],
    numberFormat: [null, "0", null],
    style: "label" as const,
  };
  return {
    blocks: [textBlock(startRow, "EHC plan reviews in the SENCO's year", "heading"), row],
    nextRow: startRow + 3,
  };
}
