/** Cost: the hours allocated and the guide as a share of a full-time teacher, and what they cost a year. */
import { sencoTimeCost, sencoTimeFte } from "../../../rules/senco-cost";
import { MONEY_FORMAT } from "../../number-format";
import { formula, rulePreview } from "../../rule-preview";
import { labelRowsSection, type LabelRow, type SectionOutput } from "../../sections";
import { inputRef, optionalRef, type Scalar, type StatementContext } from "../statement-context";
import { FTE_FORMAT, printedNotes } from "../statement-layout";
import { statementNames } from "./guide";

const COST_NOTES = [
  "FTE: hours a week x 39 weeks / 1,265 hours, a full-time teacher's directed time.",
  "Source: School Teachers' Pay and Conditions Document (1,265 hours over 195 days).",
  "Cost: FTE x salary x (1 + on-cost rate); blank until a salary is entered.",
];

export function costSection(context: StatementContext, startRow: number): SectionOutput {
  const section = labelRowsSection(
    "Cost",
    [...fteRows(context), ...costRows(context)],
    printedNotes(COST_NOTES),
    startRow,
  );
  // The three costs follow the two FTE rows.
  return { ...section, names: statementNames(startRow + 3, COST_NAMES) };
}

const COST_NAMES = [
  ["Statement_AllocatedCost", "Cost of the SENCO hours allocated, a year, on the SENCO time statement."],
  ["Statement_GuideCost", "Cost of the guide's SENCO hours, a year, on the SENCO time statement."],
  ["Statement_GapCost", "Cost of closing the gap to the guide, a year, on the SENCO time statement."],
] as const;

/** The guide's hours for the previews, when the rules give a number. */
function guideHours(context: StatementContext): number | undefined {
  return typeof context.guidePreview === "number" ? context.guidePreview : undefined;
}

function fteRows(context: StatementContext): LabelRow[] {
  const { inputs, guideCell, guidePreview } = context;
  const guide = guideHours(context);
  return [
    [
      "Hours allocated as a share of a full-time teacher (FTE)",
      formula(
        `=SEND.SENCOTIMEFTE(${inputRef(context, "allocatedHours")})`,
        rulePreview(() => sencoTimeFte(inputs.allocatedHours)),
      ),
      FTE_FORMAT,
    ],
    [
      "Guide hours as FTE",
      formula(
        `=SEND.SENCOTIMEFTE(${guideCell})`,
        guide === undefined ? guidePreview : rulePreview(() => sencoTimeFte(guide)),
      ),
      FTE_FORMAT,
    ],
  ];
}

/** The cost of some hours for the preview: blank without a salary, the guide's error without a guide. */
function costPreview(context: StatementContext, hours: number | undefined): Scalar {
  const { inputs } = context;
  if (inputs.annualSalary === undefined) return "";
  if (hours === undefined) return context.guidePreview;
  return rulePreview(() => sencoTimeCost(hours, inputs.annualSalary!, inputs.onCostRate));
}

function costRows(context: StatementContext): LabelRow[] {
  const { inputs, guideCell } = context;
  const allocated = inputRef(context, "allocatedHours");
  const salary = inputRef(context, "annualSalary");
  const onCost = optionalRef(context, "onCostRate");
  const ifSalary = (text: string) => `=IF(${salary}="","",${text})`;
  const guide = guideHours(context);
  const gapPreview =
    guide === undefined || guide > inputs.allocatedHours
      ? costPreview(context, guide === undefined ? undefined : guide - inputs.allocatedHours)
      : inputs.annualSalary === undefined
        ? ""
        : 0;
  return [
    [
      "Cost of the hours allocated, a year",
      formula(
        ifSalary(`SEND.SENCOTIMECOST(${allocated},${salary},${onCost})`),
        costPreview(context, inputs.allocatedHours),
      ),
      MONEY_FORMAT,
    ],
    [
      "Cost of the guide hours, a year",
      formula(ifSalary(`SEND.SENCOTIMECOST(${guideCell},${salary},${onCost})`), costPreview(context, guide)),
      MONEY_FORMAT,
    ],
    [
      "Cost of closing the gap, a year",
      formula(
        ifSalary(`IF(${guideCell}>${allocated},SEND.SENCOTIMECOST(${guideCell}-${allocated},${salary},${onCost}),0)`),
        gapPreview,
      ),
      MONEY_FORMAT,
    ],
  ];
}
