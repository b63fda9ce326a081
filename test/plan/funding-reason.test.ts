/**
 * The reason beside the employer's cash cost (the plan Summary's note column, on the sheet and in
 * the preview) and who pays the provider (the payments note): in words from the funding rules'
 * own tables, for an unfunded, a part-funded and a fully funded start.
 */
import { fundingBreakdown } from "../../src/rules/apprenticeship-funding";
import { serialFromYmd } from "../../src/rules/excel-dates";
import { employerCostReason } from "../../src/sheets/plan/funding-reason";
import { inputCell } from "../../src/sheets/plan/plan-layout";
import { literal } from "../../src/sheets/plan/plan-layout";
import { buildPlanModel } from "../../src/sheets/plan/plan-model";
import type { PlanInputs } from "../../src/sheets/plan/plan-fields";
import { COST_REASON_CHANGED } from "../../src/sheets/plan/sections/summary";
import { FUNDED_WHO_PAYS, SCHOOL_PAYS_ALL } from "../../src/sheets/plan/sections/payments";
import type { FormulaCell, SheetModel } from "../../src/sheets/sheet-model";
import { SAMPLE_PLAN_INPUTS } from "./sample-plan-inputs";

const d = serialFromYmd;

/** A 23-year-old's non-levy start on 01/09/2026 at £14,000: not funded (the Level 7 age rule). */
const UNFUNDED_2026: PlanInputs = {
  ...SAMPLE_PLAN_INPUTS,
  startSerial: d(2026, 9, 1),
  ageAtStart: 23,
  price: 14000,
  weeklyHours: undefined,
  weeksPerYear: undefined,
};

function reason(inputs: PlanInputs): string {
  return employerCostReason(
    inputs,
    fundingBreakdown({ ...inputs, careLeaverOrEhcPlan: inputs.careLeaverOrEhcPlan === true }),
  );
}

/** Column C of the Summary's "Employer cash cost" row. */
function costNote(model: SheetModel): FormulaCell {
  const row = model.blocks.find((b) => b.style === "label" && b.cells[0]![0] === "Employer cash cost")!;
  return row.cells[0]![2] as FormulaCell;
}

/** The line under the payments heading. */
function paymentsNote(model: SheetModel): FormulaCell {
  const heading = model.blocks.find((b) => /^What the training provider is paid/.test(String(b.cells[0]![0])))!;
  return model.blocks.find((b) => b.row === heading.row + 1)!.cells[0]![0] as FormulaCell;
}

describe("why the employer pays: words from the rules' tables", () => {
  test("not funded: the Level 7 age rule's date and ages, and the apprentice's age", () => {
    expect(reason(UNFUNDED_2026)).toBe(
      "Not funded: Level 7 starts from 01/01/2026 are funded only up to age 21 (24 for a care leaver or someone with an EHC plan). At 23 the school pays the provider the whole price.",
    );
    // A care leaver of 25 is past the older limit too: the same rule, their age.
    expect(reason({ ...UNFUNDED_2026, ageAtStart: 25, careLeaverOrEhcPlan: true })).toMatch(
      /^Not funded: Level 7 starts from 01\/01\/2026 are funded only up to age 21 \(24 .*\)\. At 25 /,
    );
  });

  test("part-funded: the price above the band, paid in full", () => {
    // Age 21 in 2026 is funded; the band is £14,000 from 29/03/2021 and no co-investment is due at 21.
    expect(reason({ ...UNFUNDED_2026, ageAtStart: 21, price: 18000 })).toBe(
      "Part-funded: the price is £4,000.00 above the funding band maximum for this start (£14,000.00), which the school pays in full.",
    );
  });

  test("part-funded: levy funds short, the co-investment rate of the start's row (25% from 01/08/2026)", () => {
    const levy = { ...UNFUNDED_2026, ageAtStart: 21, levyPayer: true, levyFunds: 5000 };
    expect(reason(levy)).toBe(
      "Part-funded: the levy funds (£5,000.00) are £9,000.00 short of the £14,000.00 the band funds: the school pays 25% of £9,000.00 (co-investment) and the government the rest.",
    );
    // Both at once, the 5% of a 2020 start.
    expect(reason({ ...SAMPLE_PLAN_INPUTS, levyPayer: true, levyFunds: 10000, price: 19000 })).toBe(
      "Part-funded: the price is £1,000.00 above the funding band maximum for this start (£18,000.00), which the school pays in full; the levy funds (£10,000.00) are £8,000.00 short of the £18,000.00 the band funds: the school pays 5% of £8,000.00 (co-investment) and the government the rest.",
    );
  });

  test("part-funded: a non-levy employer's co-investment", () => {
    expect(reason(SAMPLE_PLAN_INPUTS)).toBe(
      "Part-funded: an employer that pays no levy pays 5% of £18,000.00 (co-investment) and the government the rest.",
    );
  });

  test("fully funded: from the levy funds, or no co-investment at this age (the co-investment row's ages)", () => {
    expect(reason({ ...SAMPLE_PLAN_INPUTS, levyPayer: true })).toBe(
      "Fully funded from the levy funds: the school pays nothing from its own budget.",
    );
    expect(reason({ ...UNFUNDED_2026, careLeaverOrEhcPlan: true })).toBe(
      "Fully funded: from 01/08/2026 an employer that pays no levy pays no co-investment for an apprentice up to age 24 at the start, so the government pays.",
    );
    expect(reason({ ...UNFUNDED_2026, startSerial: d(2026, 3, 2), ageAtStart: 20 })).toBe(
      "Fully funded: from 01/04/2024 an employer that pays no levy pays no co-investment for an apprentice up to age 21 (24 for a care leaver or someone with an EHC plan) at the start, so the government pays.",
    );
  });

  test("funded by a levy transfer: the transfer pays up to the band; the Level 7 age rule still applies", () => {
    const received = { ...UNFUNDED_2026, ageAtStart: 21, levyTransfer: true };
    expect(reason(received)).toBe(
      "Fully funded by a levy transfer: another employer's levy funds pay the price up to the funding band maximum, and the school pays nothing from its own budget.",
    );
    expect(reason({ ...received, price: 15000 })).toBe(
      "Part-funded: the price is £1,000.00 above the funding band maximum for this start (£14,000.00), which the school pays in full.",
    );
    expect(reason({ ...received, ageAtStart: 23 })).toBe(reason(UNFUNDED_2026));
  });
});

describe("the reason in the Summary's row, on the sheet and in the preview", () => {
  test("the preview shows the reason; the sheet's formula keeps it while the funding inputs are unchanged", () => {
    const note = costNote(buildPlanModel(UNFUNDED_2026));
    expect(note.preview).toBe(reason(UNFUNDED_2026));
    const [price, levyPayer, levyFunds, start, age, care, transfer] = [
      "price",
      "levyPayer",
      "levyFunds",
      "startSerial",
      "ageAtStart",
      "careLeaverOrEhcPlan",
      "levyTransfer",
    ].map((id) => inputCell(id as keyof PlanInputs));
    expect(note.formula).toBe(
      `=IF(AND(${price}=14000,${levyPayer}=FALSE,IF(${levyFunds}="",${price},${levyFunds})=14000,${start}=${d(2026, 9, 1)},${age}=23,IF(${care}="","",${care})="",IF(${transfer}="","",${transfer})=""),${literal(reason(UNFUNDED_2026))},${literal(COST_REASON_CHANGED)})`,
    );
    expect(COST_REASON_CHANGED).toMatch(/Update plan/);
  });

  test("a levy payer's funds and a care leaver's tick are compared as the functions get them", () => {
    const formula = costNote(buildPlanModel({ ...UNFUNDED_2026, levyPayer: true, levyFunds: 5000 })).formula;
    expect(formula).toContain(`${inputCell("levyPayer")}=TRUE`);
    expect(formula).toContain(`IF(${inputCell("levyFunds")}="",${inputCell("price")},${inputCell("levyFunds")})=5000`);
    const care = costNote(buildPlanModel({ ...UNFUNDED_2026, careLeaverOrEhcPlan: true })).formula;
    expect(care).toContain(`IF(${inputCell("careLeaverOrEhcPlan")}="","",${inputCell("careLeaverOrEhcPlan")})=TRUE`);
  });

  test("text over Excel's 255 characters in a formula is split into pieces joined by &", () => {
    expect(literal('say "hi"')).toBe('"say ""hi"""');
    const long = "x".repeat(300);
    expect(literal(long)).toBe(`("${"x".repeat(255)}"&"${"x".repeat(45)}")`);
    expect(literal("")).toBe('""');
    const note = costNote(buildPlanModel({ ...SAMPLE_PLAN_INPUTS, levyPayer: true, levyFunds: 10000, price: 19000 }));
    for (const piece of note.formula.match(/"(?:[^"]|"")*"/g)!) {
      expect(piece.slice(1, -1).replace(/""/g, '"').length).toBeLessThanOrEqual(255);
    }
  });
});

describe("who pays the provider", () => {
  test("not funded: the school pays the provider the whole price, each payment the month after its date", () => {
    const model = buildPlanModel(UNFUNDED_2026);
    const note = paymentsNote(model);
    expect(note.preview).toBe(SCHOOL_PAYS_ALL);
    expect(SCHOOL_PAYS_ALL).toMatch(
      /the school pays the provider the whole price itself, each payment below in the month after its date/,
    );
    expect(SCHOOL_PAYS_ALL).not.toMatch(/not the school's cash flow/);
    // Live on the sheet: the school's own cash (the row below the note, column B) against the price.
    const heading = model.blocks.find((b) => /^What the training provider is paid/.test(String(b.cells[0]![0])))!;
    const own = model.blocks.find((b) => b.row === heading.row + 2)!;
    expect(own.cells[0]![0]).toBe("The school's own cash (employer cash cost)");
    expect(note.formula).toBe(
      `=IFERROR(IF(B${heading.row + 3}=${inputCell("price")},${literal(SCHOOL_PAYS_ALL)},${literal(FUNDED_WHO_PAYS)}),${literal(FUNDED_WHO_PAYS)})`,
    );
  });

  test("funded starts keep the funded wording", () => {
    for (const inputs of [
      SAMPLE_PLAN_INPUTS,
      { ...UNFUNDED_2026, careLeaverOrEhcPlan: true },
      { ...SAMPLE_PLAN_INPUTS, levyPayer: true },
    ]) {
      expect(paymentsNote(buildPlanModel(inputs)).preview).toBe(FUNDED_WHO_PAYS);
    }
  });
});
