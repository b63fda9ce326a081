/**
 * What a live formula's cell shows in a model's preview: the rule's own result, worked out here
 * with the same rule the SEND.* function runs, or the Excel error text the formula would show.
 * Shared by the sheet models so a preview and its formula can never disagree about an error.
 */
import { isRuleError } from "../rules/errors";
import { excelErrorText } from "../values/excel-errors";
import type { FormulaCell } from "./sheet-model";

type Scalar = string | number | boolean;

/** A formula cell with the value its preview shows. */
export function formula(text: string, preview: Scalar): FormulaCell {
  return { formula: text, preview };
}

/** The rule's result, or the Excel error text its formula shows and the rule's message. */
export function attemptRule<T>(run: () => T): { value: T } | { error: string; message: string } {
  try {
    return { value: run() };
  } catch (error) {
    if (isRuleError(error)) return { error: excelErrorText(error.kind), message: error.message };
    throw error;
  }
}

/** What the preview shows for an attempt: the value, or the error text. */
export function previewOf<T extends Scalar>(result: { value: T } | { error: string }): Scalar {
  return "value" in result ? result.value : result.error;
}

/** The rule's result for the preview, or the Excel error text its formula shows. */
export function rulePreview(run: () => Scalar): Scalar {
  return previewOf(attemptRule(run));
}
