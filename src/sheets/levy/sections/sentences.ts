/**
 * What the forecast says, first, for a finance officer: the levy funds that expire (in all, the
 * first month, each financial year's), what the employer pays in all (co-investment and the
 * apprenticeships the levy may not fund), the month the account first runs short, and the
 * transfers starting this tax year against its allowance. Each a formula over the spill
 * (sentence-formulas.ts), previewed in the same words (sentence-words.ts).
 */
import { formula } from "../../rule-preview";
import { expectStartRow, labelRowsSection, type SectionOutput } from "../../sections";
import type { LevyContext } from "../levy-context";
import { sentenceFormulas } from "./sentence-formulas";
import { FORECAST_ERROR, sentencePreviews } from "./sentence-words";

export function sentencesSection(context: LevyContext, startRow: number): SectionOutput {
  // The formulas of other sections refer to none of these; the spill's rows follow from their count.
  expectStartRow("sentences", startRow, context.layout.sentenceRow - 1);
  const { preview, inputs } = context;
  const previews = "value" in preview ? sentencePreviews(inputs, preview.value) : [FORECAST_ERROR, "", "", "", ""];
  const lines = sentenceFormulas(context).map((text, i) => formula(text, previews[i]!));
  return labelRowsSection("What the forecast says", [], lines, startRow);
}
