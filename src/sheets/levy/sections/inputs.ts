/** The forecast's inputs: the pay bill, the English share and the first month shown, in column B. */
import { DATE_FORMAT, MONEY_FORMAT } from "../../number-format";
import { expectStartRow, labelRowsSection, type LabelRow, type SectionOutput } from "../../sections";
import type { LevyContext } from "../levy-context";

export function inputsSection(context: LevyContext, startRow: number): SectionOutput {
  // The spill's formula refers to these cells by address (levyForecastFormula).
  expectStartRow("inputs", startRow, context.layout.inputRow - 1);
  const { inputs } = context;
  const rows: LabelRow[] = [
    ["Annual pay bill", inputs.annualPayBill, MONEY_FORMAT],
    ["English share (blank: 100%)", inputs.englishShare === undefined ? null : inputs.englishShare, "0%"],
    ["First month shown", inputs.firstMonthSerial, DATE_FORMAT],
  ];
  return labelRowsSection("Inputs", rows, [], startRow);
}
