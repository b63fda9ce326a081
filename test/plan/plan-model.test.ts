import { PAYMENT_MONTHS } from "../../src/sheets/payment-months";
import { serialFromYmd, formatSerialDdMmYyyy } from "../../src/rules/excel-dates";
import {
  buildPlanModel,
  inputCell,
  planChecks,
  rawInputsFromSheet,
  PLAN_MARKER,
  INPUT_FIRST_ROW,
  doneByDocumentFromSheet,
  NOT_WEEKLY,
  NO_PUBLISHED_FIGURE,
  PLAN_SECTIONS,
} from "../../src/sheets/plan/plan-model";
import { PLAN_CHECKS } from "../../src/sheets/plan/plan-checks";
import { planContext } from "../../src/sheets/plan/plan-context";
import { foldSections } from "../../src/sheets/sections";
import { sectionSpans, spansOutOfPlace } from "../helpers/section-spans";
import {
  coercePlanInputs,
  defaultRawValues,
  fieldForArgument,
  isFullRoutePrice,
  PLAN_FIELDS,
  type PlanInputs,
} from "../../src/sheets/plan/plan-fields";
import { inputsThatDiffer as differingInputs } from "../../src/sheets/form-fields";
import type { Block, FormulaCell, SheetModel } from "../../src/sheets/sheet-model";
import { ENGLISH_MATHS_EVIDENCE } from "../../src/rules/slmda-line-manager";
import { SAMPLE_PLAN_INPUTS, sampleFormRaw } from "./sample-plan-inputs";

const d = serialFromYmd;

function inputs(overrides: Partial<PlanInputs> = {}): PlanInputs {
  return { ...SAMPLE_PLAN_INPUTS, school: "Oak Primary", applicationSerial: undefined, ...overrides };
}

function labelled(model: SheetModel, label: string): FormulaCell | string | number | boolean | null {
  const block = model.blocks.find((b) => b.style === "label" && b.cells[0]?.[0] === label);
  if (!block) throw new Error(`no row labelled ${label}`);
  return block.cells[0]![1] as FormulaCell;
}

function formulaCell(model: SheetModel, label: string): FormulaCell {
  const cell = labelled(model, label);
  if (cell === null || typeof cell !== "object") throw new Error(`${label} is not a formula`);
  return cell;
}

function summaryNote(model: SheetModel, label: string): unknown {
  const block = model.blocks.find((b) => b.style === "label" && b.cells[0]?.[0] === label);
  if (!block) throw new Error(`no row labelled ${label}`);
  return block.cells[0]![2];
}

function documentNames(model: SheetModel): unknown[] {
  return model.tables![0]!.rows.map((r) => r[0]);
}

function spill(model: SheetModel, fn: string): Block {
  const block = model.blocks.find(
    (b) =>
      b.spill &&
      typeof b.cells[0]?.[0] === "object" &&
      (b.cells[0]![0] as FormulaCell).formula.startsWith(`=SEND.${fn}(`),
  );
  if (!block) throw new Error(`no spill of ${fn}`);
  return block;
}

function checkResult(model: SheetModel, name: string): string[] {
  const rows = model.blocks.flatMap((b) => b.cells).find((r) => r[0] === name);
  if (!rows) throw new Error(`no check ${name}`);
  return rows as string[];
}

describe("plan model: full route, non-levy, 2020 start", () => {
  const model = buildPlanModel(inputs());

  test("summary figures are SEND.* formulas over the input cells, previews from the rules", () => {
    expect(formulaCell(model, "Months")).toEqual({
      formula: `=SEND.SLMDAMONTHS(${inputCell("nasencoCompleted")})`,
      preview: 27,
    });
    expect(inputCell("nasencoCompleted")).toBe(`$B$${INPUT_FIRST_ROW + 5}`);
    expect(formulaCell(model, "Planned end").preview).toBe(d(2022, 12, 1));
    expect(formulaCell(model, "Workshops (1 day each)").preview).toBe(9);
    const cash = formulaCell(model, "Employer cash cost");
    expect(cash.preview).toBe(900);
    expect(cash.formula).toBe(
      '=SEND.SLMDAEMPLOYERCOST($B$14,$B$12,IF($B$13="",$B$14,$B$13),$B$10,$B$11,IF($B$20="","",$B$20),IF($B$23="","",$B$23))',
    );
    expect(formulaCell(model, "Route").preview).toMatch(/^Full programme/);
  });

  test("the inputs block holds the form's values with their labels and formats", () => {
    const rows = model.blocks.filter(
      (b) => b.style === "label" && b.row >= INPUT_FIRST_ROW && b.row < INPUT_FIRST_ROW + PLAN_FIELDS.length,
    );
    expect(rows.map((b) => b.cells[0]![0])).toEqual(PLAN_FIELDS.map((f) => f.label));
    const start = rows.find((b) => b.cells[0]![0] === "Start date")!;
    expect(start.cells[0]![1]).toBe(d(2020, 9, 1));
    expect(start.numberFormat).toEqual([null, "dd/mm/yyyy"]);
    expect(rows.find((b) => b.cells[0]![0] === "Mentor")!.cells[0]![1]).toBeNull();
  });

  test("yes/no inputs offer a TRUE/FALSE drop-down, and what people type in them (Yes, No, Y, N) is read", () => {
    const rows = model.blocks.filter(
      (b) => b.style === "label" && b.row >= INPUT_FIRST_ROW && b.row < INPUT_FIRST_ROW + PLAN_FIELDS.length,
    );
    const labelAt = (row: number) => rows.find((b) => b.row === row)?.cells[0]![0];
    const dropDowns = model.dropDowns ?? [];
    expect(dropDowns.map((d) => labelAt(d.row))).toEqual(
      PLAN_FIELDS.filter((f) => f.kind === "checkbox").map((f) => f.label),
    );
    expect(dropDowns.map((d) => [d.col, d.choices])).toEqual(dropDowns.map(() => [1, ["TRUE", "FALSE"]]));
    // The plan's B12 (levy payer) and B20 (care leaver) as typed on the sheet: read as the functions read them.
    const raw = sampleFormRaw();
    for (const [typed, meant] of [
      ["Yes", true],
      ["no", false],
      ["Y", true],
      ["N", false],
      ["TRUE", true],
    ] as const) {
      const read = coercePlanInputs({ ...raw, levyPayer: typed, careLeaverOrEhcPlan: typed });
      expect(read.ok && [read.inputs.levyPayer, read.inputs.careLeaverOrEhcPlan]).toEqual([meant, meant]);
    }
    // The route, tested on the sheet itself, reads a Yes in the NASENCO cell too.
    const nasenco = inputCell("nasencoCompleted");
    expect(formulaCell(model, "Route").formula).toBe(
      `=IF(OR(${nasenco}=TRUE,${nasenco}=1,${nasenco}="TRUE",${nasenco}="Yes",${nasenco}="Y"),"NASENCO route (National Award for SEN Co-ordination already held)","Full programme (National Award for SEN Co-ordination not yet held)")`,
    );
  });

  test("funding spill: 5% co-investment on a non-levy 2020 start", () => {
    const funding = spill(model, "SLMDAFUNDING");
    expect(funding.spill!.rows).toBe(7);
    expect(funding.spill!.preview!.map((r) => r[1])).toEqual([18000, 18000, 0, 17100, 900, 0, 900]);
  });

  test("payments: 27 instalments and a completion payment summing to the price, room kept", () => {
    const payments = spill(model, "SLMDAPAYMENTS");
    const rows = payments.spill!.preview!;
    expect(rows).toHaveLength(28);
    expect(rows.reduce((sum, r) => sum + Math.round((r[1] as number) * 100), 0)).toBe(1800000);
    expect(rows[27]).toEqual([d(2022, 12, 1), 3600]);
    expect(payments.numberFormat).toEqual(["dd/mm/yyyy", "£#,##0.00"]);
  });

  test("blocks and timeline spills", () => {
    expect(spill(model, "SLMDABLOCKS").spill!.preview!).toHaveLength(6);
    const timeline = spill(model, "SLMDASCHEDULE").spill!.preview!;
    expect(timeline[0]![0]).toBe(d(2020, 9, 1));
    expect(timeline[timeline.length - 1]![0]).toBe(d(2022, 12, 1));
  });

  test("off-the-job before August 2022: 20% of all hours", () => {
    expect(formulaCell(model, "Off-the-job minimum per working week (hours)").preview).toBe(6.5);
    // 6.5 × 46.4 × 27 / 12 = 678.6
    expect(formulaCell(model, "Off-the-job minimum over the planned months (hours)").preview).toBe(678.6);
  });

  test("no spill overlaps the next block", () => {
    const sorted = [...model.blocks].sort((a, b) => a.row - b.row);
    for (let i = 0; i < sorted.length - 1; i += 1) {
      const block = sorted[i]!;
      const height = block.spill ? block.spill.rows : block.cells.length;
      expect(block.row + height).toBeLessThanOrEqual(sorted[i + 1]!.row);
    }
    const table = model.tables![0]!;
    const last = sorted[sorted.length - 1]!;
    expect(table.row).toBeGreaterThan(last.row + last.cells.length - 1);
  });

  test("documents checklist: a table with a Done column, before-start documents due on the start", () => {
    const table = model.tables![0]!;
    expect(table.headers).toEqual(["Document", "Who", "When", "Due", "Done"]);
    expect(table.name).toBe("SLMDA_Documents_Sam_Patel");
    const byName = (name: string) => table.rows.find((r) => String(r[0]).startsWith(name))!;
    for (const name of [
      "Apprenticeship Agreement",
      "Commitment Statement",
      "ILR",
      "Training Services Agreement",
      "Individual Learning Plan",
      "Skills scan",
    ]) {
      expect(byName(name)[3]).toBe(d(2020, 9, 1));
      expect(byName(name)[4]).toBe("No");
    }
    expect(byName("Confirmation of a place")[3]).toBe(d(2020, 7, 28));
    expect(byName("Personal statement")[3]).toBeNull();
  });
});

describe("plan model: other cases", () => {
  test("levy payer with enough funds pays nothing; with £10,000 pays £400", () => {
    expect(formulaCell(buildPlanModel(inputs({ levyPayer: true })), "Employer cash cost").preview).toBe(0);
    expect(
      formulaCell(buildPlanModel(inputs({ levyPayer: true, levyFunds: 10000 })), "Employer cash cost").preview,
    ).toBe(400);
  });

  test("NASENCO route: 18 months, 7 workshops, 5 blocks, quoted price", () => {
    const model = buildPlanModel(inputs({ nasencoCompleted: true, price: 12000 }));
    expect(formulaCell(model, "Months").preview).toBe(18);
    expect(formulaCell(model, "Workshops (1 day each)").preview).toBe(7);
    expect(formulaCell(model, "Planned end").preview).toBe(d(2022, 3, 1));
    expect(spill(model, "SLMDABLOCKS").spill!.preview!).toHaveLength(5);
    const payments = spill(model, "SLMDAPAYMENTS");
    expect(payments.spill!.preview!).toHaveLength(19);
    expect(payments.spill!.rows).toBe(28); // room for the full route if the input changes
    expect(formulaCell(model, "Employer cash cost").preview).toBe(600);
  });

  test("2026 age rule: 21 at a 2026 start is funded, 22 is not", () => {
    const jan2026 = d(2026, 1, 5);
    const young = buildPlanModel(inputs({ startSerial: jan2026, ageAtStart: 21, weeklyHours: 30 }));
    const older = buildPlanModel(inputs({ startSerial: jan2026, ageAtStart: 22, weeklyHours: 30 }));
    expect(checkResult(young, "Level 7 funding and age")[1]).toBe("Fundable");
    expect(checkResult(older, "Level 7 funding and age")[1]).toBe("Not funded");
    expect(checkResult(older, "Level 7 funding and age")[2]).toContain("£18,000.00");
    // From 29/03/2021 the band is £14,000: a non-levy employer, apprentice 21 (from 01/04/2024 no co-investment) pays the £4,000 above it.
    expect(formulaCell(young, "Employer cash cost").preview).toBe(4000);
    expect(formulaCell(older, "Employer cash cost").preview).toBe(18000);
    // The day before the rule, age 40 is still funded.
    const dec2025 = buildPlanModel(inputs({ startSerial: d(2025, 12, 31), ageAtStart: 40 }));
    expect(checkResult(dec2025, "Level 7 funding and age")[1]).toBe("Fundable");
  });

  test("maths and English: required by the provider's guidance in 2020, optional at 19+ from 11/02/2025", () => {
    expect(
      checkResult(buildPlanModel(inputs({ hasMaths: false })), "Level 2 maths and English evidence").slice(1, 2),
    ).toEqual(["Action needed"]);
    expect(checkResult(buildPlanModel(inputs({ hasMaths: false })), "Level 2 maths and English evidence")[2]).toContain(
      "maths",
    );
    expect(checkResult(buildPlanModel(inputs()), "Level 2 maths and English evidence")[1]).toBe("Evidence held");
    const later = inputs({ startSerial: d(2025, 2, 11), hasMaths: false, hasEnglish: false, ageAtStart: 19 });
    expect(checkResult(buildPlanModel(later), "Level 2 maths and English evidence")[1]).toBe("Optional");
    expect(
      checkResult(buildPlanModel({ ...later, startSerial: d(2025, 2, 10) }), "Level 2 maths and English evidence")[1],
    ).toBe("Action needed");
  });

  test("off-the-job from 01/08/2025 without the published hours: a readable reason, not #N/A", () => {
    const model = buildPlanModel(inputs({ startSerial: d(2025, 9, 1), weeklyHours: 37 }));
    expect(formulaCell(model, "Off-the-job minimum per working week (hours)").preview).toBe(NOT_WEEKLY);
    expect(formulaCell(model, "Off-the-job minimum over the planned months (hours)").preview).toBe(NO_PUBLISHED_FIGURE);
    expect(summaryNote(model, "Off-the-job minimum over the planned months (hours)")).toContain(
      "enter the off-the-job hours published for the standard",
    );
    const check = checkResult(model, "Off-the-job training");
    expect(check[1]).toBe("Enter the published hours");
    expect(check[2]).toContain("published for the standard");
    // From 01/08/2022 the weekly hours are capped at 30: 37 hours → 6 a week.
    const capped = buildPlanModel(inputs({ startSerial: d(2022, 8, 1), weeklyHours: 37 }));
    expect(formulaCell(capped, "Off-the-job minimum per working week (hours)").preview).toBe(6);
  });

  test("personal statement due 5 working days after the application, across a bank holiday", () => {
    // Application Friday 22/05/2020; Monday 25/05/2020 is the spring bank holiday → due Monday 01/06/2020.
    const model = buildPlanModel(inputs({ applicationSerial: d(2020, 5, 22) }));
    const row = model.tables![0]!.rows.find((r) => String(r[0]).startsWith("Personal statement"))!;
    expect(formatSerialDdMmYyyy(row[3] as number)).toBe("01/06/2020");
    expect(checkResult(model, "Line manager's signed statement")[2]).toContain("by 01/06/2020");
  });

  test("checks are traced to a rule", () => {
    for (const check of planChecks(inputs({ price: 20000, startSerial: d(2021, 9, 1) }))) {
      expect(check.rule.length).toBeGreaterThan(10);
    }
    const names = planChecks(inputs({ price: 20000, startSerial: d(2021, 9, 1) })).map((c) => c.check);
    expect(names).toContain("Price above the funding band");
  });
});

describe("plan fields and reading a plan sheet back", () => {
  test("the form's raw values coerce with the functions' messages", () => {
    const raw = sampleFormRaw();
    const result = coercePlanInputs(raw);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.inputs.price).toBe(18000);
      expect(result.inputs.startSerial).toBe(d(2020, 9, 1));
      expect(result.inputs.weeksPerYear).toBe(46.4);
    }
    const bad = coercePlanInputs({ ...raw, price: "lots", ageAtStart: "15", startSerial: "31/02/2020" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.map((p) => p.message)).toEqual([
        'Start date "31/02/2020" is not a date: February 2020 has no 31st day.',
        "Age at start must be a whole number from 16 to 99; 15 is below 16.",
        'Agreed price must be an amount in pounds of more than £0; it was the text "lots".',
      ]);
    }
    // -100, 0 and a blank price say one thing: "must be more than £0".
    for (const price of ["-100", "0", "£0", "", -100, 0]) {
      const refused = coercePlanInputs({ ...raw, price });
      expect(refused.ok ? [] : refused.problems.map((p) => p.message)).toEqual([
        `Agreed price must be more than £0: enter the price agreed with the training provider; it was ${typeof price === "number" ? price : price.trim() === "" ? "blank" : `the text "${price}"`}.`,
      ]);
    }
    const missing = coercePlanInputs({ ...raw, apprenticeName: "  " });
    expect(missing.ok ? [] : missing.problems.map((p) => p.message)).toEqual([
      "Apprentice name is required: enter text of at most 100 characters.",
    ]);
  });

  test("Agreed price is filled with £18,000 on the full route, however the fee is typed", () => {
    expect(defaultRawValues().price).toBe("£18,000");
    expect(isFullRoutePrice("£18,000")).toBe(true);
    expect(isFullRoutePrice("18000")).toBe(true);
    expect(isFullRoutePrice(18000)).toBe(true);
    expect(isFullRoutePrice("£17,999")).toBe(false);
    expect(isFullRoutePrice("lots")).toBe(false);
  });

  test("an application date the bank holiday table does not cover is accepted: weekends only, and the checklist says so", () => {
    const raw = sampleFormRaw();
    const early = coercePlanInputs({ ...raw, applicationSerial: "15/06/2017" });
    expect(early.ok).toBe(true);
    expect(coercePlanInputs({ ...raw, applicationSerial: "22/05/2020" }).ok).toBe(true);
    expect(coercePlanInputs({ ...raw, applicationSerial: "" }).ok).toBe(true);
  });

  test("a rule's argument name leads back to its form field", () => {
    expect(fieldForArgument("start_date")?.label).toBe("Start date");
    expect(fieldForArgument("application_date")?.label).toBe("Application date");
    expect(fieldForArgument("price")?.label).toBe("Agreed price");
    expect(fieldForArgument("not_a_field")).toBeUndefined();
    expect(fieldForArgument(undefined)).toBeUndefined();
  });

  test("the inputs block reads back into the same raw values", () => {
    const model = buildPlanModel(inputs({ mentor: "Al", applicationSerial: d(2020, 5, 22) }));
    const inputRows = model.blocks
      .filter((b) => b.style === "label" && b.row >= INPUT_FIRST_ROW && b.row < INPUT_FIRST_ROW + PLAN_FIELDS.length)
      .map((b) => b.cells[0]!.map((c) => (c === null ? "" : c)));
    const raw = rawInputsFromSheet(PLAN_MARKER, inputRows)!;
    // The marker users see is a sentence; a sheet made with the earlier marker still loads.
    expect(PLAN_MARKER).not.toMatch(/\bv\d/);
    expect(rawInputsFromSheet("SEND add-in SLMDA plan v1", inputRows)).toEqual(raw);
    expect(rawInputsFromSheet("SLMDA plan", inputRows)).toBeUndefined();
    const again = coercePlanInputs(raw);
    expect(again.ok && again.inputs).toEqual(inputs({ mentor: "Al", applicationSerial: d(2020, 5, 22) }));
    expect(rawInputsFromSheet("Something else", inputRows)).toBeUndefined();
  });
});

describe("reading the checklist's Done column back (Update plan)", () => {
  test("found by its header row, read until the first row without a document", () => {
    const rows = [
      ["SLMDA for SENCOs plan: Sam Patel", "", "", "", ""],
      ["Document", "Who", "When", "Due", "Done"],
      ["Apprenticeship Agreement", "Both", "Before the start", 44070, "Yes"],
      ["Commitment Statement", "Both", "Before the start", 44070, true],
      ["ILR (Individual Learner Record)", "Both", "Before the start", 44070, ""],
      ["", "", "", "", ""],
      ["Not in the checklist", "", "", "", "Yes"],
    ];
    const done = doneByDocumentFromSheet(rows);
    expect([...done]).toEqual([
      ["Apprenticeship Agreement", "Yes"],
      ["Commitment Statement", true],
      ["ILR (Individual Learner Record)", ""],
    ]);
  });

  test("a sheet without the checklist gives nothing to keep", () => {
    expect(
      doneByDocumentFromSheet([
        ["Document", "Who", "When"],
        ["a", "b", "c"],
      ]).size,
    ).toBe(0);
    expect(doneByDocumentFromSheet([]).size).toBe(0);
  });
});

describe("Update plan names the inputs changed on the sheet itself", () => {
  const formRaw = sampleFormRaw;
  const inputsThatDiffer = (sheet: ReturnType<typeof formRaw>, form: ReturnType<typeof formRaw>) =>
    differingInputs(PLAN_FIELDS, sheet, form);

  test("the same values typed differently agree: £18,000 and 18000, 01/09/2020 and its serial", () => {
    const sheet = { ...formRaw(), price: 18000, startSerial: serialFromYmd(2020, 9, 1), ageAtStart: 40 };
    expect(inputsThatDiffer(sheet, formRaw())).toEqual([]);
  });

  test("a price and a start date changed on the sheet are named, with both values", () => {
    const sheet = { ...formRaw(), price: 17000, startSerial: serialFromYmd(2021, 1, 4) };
    const differing = inputsThatDiffer(sheet, formRaw());
    expect(differing.map((d) => d.field.label)).toEqual(["Start date", "Agreed price"]);
    expect(differing.find((d) => d.field.id === "price")).toMatchObject({ sheet: 17000, form: "£18,000" });
  });

  test("a value the field refuses is compared as typed, so it is still named", () => {
    const sheet = { ...formRaw(), ageAtStart: "forty" };
    expect(inputsThatDiffer(sheet, formRaw()).map((d) => d.field.id)).toEqual(["ageAtStart"]);
  });
});

describe("plan: today's rules (care leavers, published off-the-job hours, SENCO qualification, training plan)", () => {
  test("care leaver or EHC plan: a 23-year-old non-levy start on 01/09/2026 at £14,000 is free; without it, not funded", () => {
    const base = inputs({ startSerial: d(2026, 9, 1), ageAtStart: 23, price: 14000 });
    const care = buildPlanModel({ ...base, careLeaverOrEhcPlan: true });
    expect(formulaCell(care, "Employer cash cost").preview).toBe(0);
    expect(checkResult(care, "Level 7 funding and age")[1]).toBe("Fundable");
    const neither = buildPlanModel(base);
    expect(formulaCell(neither, "Employer cash cost").preview).toBe(14000);
    const check = checkResult(neither, "Level 7 funding and age");
    expect(check[1]).toBe("Not funded");
    expect(check[2]).toContain('tick "Care leaver or has an EHC plan"');
    expect(check[3]).toBe("DfE, changes to funding for level 7 apprenticeships, who is funded from 1 January 2026");
    expect(formulaCell(care, "Employer cash cost").formula).toContain(`IF(${inputCell("careLeaverOrEhcPlan")}=""`);
  });

  test("published off-the-job hours: used from 01/08/2025, shown in the summary; not used before", () => {
    const after = buildPlanModel(inputs({ startSerial: d(2025, 8, 1), publishedOffTheJobHours: 425 }));
    const total = formulaCell(after, "Off-the-job minimum over the planned months (hours)");
    expect(total.preview).toBe(425);
    expect(total.formula).toBe(
      `=IF(${inputCell("startSerial")}<DATE(2025,8,1),SEND.SLMDAOFFTHEJOBHOURS(${inputCell("weeklyHours")},SEND.SLMDAMONTHS(${inputCell("nasencoCompleted")}),IF(${inputCell("weeksPerYear")}="","",${inputCell("weeksPerYear")}),${inputCell("startSerial")}),IF(${inputCell("publishedOffTheJobHours")}="","${NO_PUBLISHED_FIGURE}",${inputCell("publishedOffTheJobHours")}))`,
    );
    expect(checkResult(after, "Off-the-job training")[1]).toBe("At least 425 hours");
    expect(checkResult(after, "Off-the-job training")[2]).toContain("A minimum, not a cap");
    // The day before: 20% of 32.5 hours (capped at 30 → 6 a week) × 46.4 weeks × 27/12 = 626.4.
    const before = buildPlanModel(inputs({ startSerial: d(2025, 7, 31), publishedOffTheJobHours: 425 }));
    expect(formulaCell(before, "Off-the-job minimum over the planned months (hours)").preview).toBe(626.4);
    expect(checkResult(before, "Off-the-job training")[2]).toContain("published hours entered are not used");
  });

  test("weekly hours and weeks a year are required only before 01/08/2025", () => {
    const raw = { ...sampleFormRaw(), weeklyHours: "", weeksPerYear: "" };
    const after = coercePlanInputs({ ...raw, startSerial: "01/08/2025" });
    expect(after.ok).toBe(true);
    const before = coercePlanInputs({ ...raw, startSerial: "31/07/2025" });
    expect(before.ok).toBe(false);
    if (!before.ok) {
      expect(before.problems).toEqual([
        {
          id: "weeklyHours",
          message:
            "Weekly contracted hours is required for a start before 01/08/2025 (this one is 31/07/2025): the minimum off-the-job training is then 20% of weekly hours.",
        },
      ]);
    }
  });

  test("mandatory SENCO qualification: the NASENCO in the programme counts only if begun before 01/09/2024", () => {
    const before = checkResult(
      buildPlanModel(inputs({ startSerial: d(2024, 8, 31) })),
      "Mandatory SENCO qualification",
    );
    expect(before[1]).toBe("NASENCO counts");
    expect(before[2]).toContain("if completed before 01/09/2027");
    expect(before[3]).toBe("SEND (Amendment) Regulations 2024, regulation 49(7)(a)");
    const on = checkResult(buildPlanModel(inputs({ startSerial: d(2024, 9, 1) })), "Mandatory SENCO qualification");
    expect(on[1]).toBe("NPQ for SENCOs needed");
    expect(on[3]).toBe("SEND (Amendment) Regulations 2024, regulation 49(7)(b)");
    const held = buildPlanModel(inputs({ startSerial: d(2024, 9, 1), nasencoCompleted: true, price: 12000 }));
    expect(checkResult(held, "Mandatory SENCO qualification")[1]).toBe("Met");
  });

  test("date appointed as SENCO: 31/08/2008 not required; 01/09/2008 to 01/09/2009 by 01/09/2012; then 3 years on", () => {
    const plan = (appointed: number) =>
      checkResult(
        buildPlanModel(inputs({ startSerial: d(2024, 9, 1), sencoAppointmentSerial: appointed })),
        "Mandatory SENCO qualification",
      );
    expect(plan(d(2024, 1, 15))[2]).toContain("held by 15/01/2027, 3 years after taking up the post on 15/01/2024.");
    const early = plan(d(2008, 8, 31));
    expect(early[1]).toBe("Not required");
    expect(early[2]).toContain("before 01/09/2008");
    expect(early[3]).toBe("SENCO Regulations 2008 as amended in 2009, regulation 3(5)");
    for (const appointed of [d(2008, 9, 1), d(2009, 8, 31), d(2009, 9, 1)]) {
      const check = plan(appointed);
      expect(check[1]).toBe("NASENCO");
      expect(check[2]).toContain("the qualification is the NASENCO, not the NPQ for SENCOs.");
      expect(check[2]).toContain(
        "held by 01/09/2012, the date set for a SENCO in post on 01/09/2009 who had then been a SENCO for 12 months or less.",
      );
      expect(check[2]).toContain("an academy's SENCO appointed in that year was not covered by them.");
      expect(check[3]).toBe("SENCO Regulations 2008 as amended in 2009, regulation 3(5)(a) and (6)");
    }
    expect(plan(d(2009, 9, 2))[1]).toBe("NPQ for SENCOs needed");
    expect(plan(d(2009, 9, 2))[2]).toContain("held by 02/09/2012, 3 years after taking up the post on 02/09/2009.");
  });

  test("maths and English for a 2020 start planned today: no longer required at 19 (from 11/02/2025), still at 18", () => {
    const today = d(2026, 12, 2);
    const plan = (age: number) =>
      buildPlanModel(inputs({ startSerial: d(2020, 9, 1), ageAtStart: age, hasMaths: false }), { todaySerial: today });
    const nineteen = checkResult(plan(19), "Level 2 maths and English evidence");
    expect(nineteen.slice(1)).toEqual([
      "No longer required",
      "Required at the start on 01/09/2020; from 11/02/2025 apprentices aged 19 or over at the start, new and existing, no longer need to hold or achieve English and maths qualifications. Not held: maths; Functional Skills remain available.",
      "DfE, changes to English and maths requirements, announcement of 11 February 2025",
    ]);
    expect(documentNames(plan(19))).not.toContain(ENGLISH_MATHS_EVIDENCE);
    const eighteen = checkResult(plan(18), "Level 2 maths and English evidence");
    expect(eighteen[1]).toBe("Action needed");
    expect(documentNames(plan(18))).toContain(ENGLISH_MATHS_EVIDENCE);
    // Planned the day before the change, the evidence was still required at 19.
    const dayBefore = buildPlanModel(inputs({ startSerial: d(2020, 9, 1), ageAtStart: 19, hasMaths: false }), {
      todaySerial: d(2025, 2, 10),
    });
    expect(checkResult(dayBefore, "Level 2 maths and English evidence")[1]).toBe("Action needed");
    expect(documentNames(dayBefore)).toContain(ENGLISH_MATHS_EVIDENCE);
  });

  test("maths and English evidence held: the funding rules, not the ESFA, on both sides of its closing on 31/03/2025", () => {
    const held = (startSerial: number, todaySerial: number) =>
      checkResult(
        buildPlanModel(inputs({ startSerial, ageAtStart: 18 }), { todaySerial }),
        "Level 2 maths and English evidence",
      );
    const detail =
      "The funding rules require evidence that the apprentice works at Level 2 in maths and English: keep the certificates for the provider.";
    const dfe = "DfE, changes to English and maths requirements, announcement of 11 February 2025";
    expect(held(d(2024, 9, 1), d(2025, 3, 31)).slice(1)).toEqual(["Evidence held", detail, dfe]);
    expect(held(d(2024, 9, 1), d(2025, 4, 1)).slice(1)).toEqual(["Evidence held", detail, dfe]);
    expect(held(d(2025, 4, 1), d(2025, 4, 1)).slice(1)).toEqual(["Evidence held", detail, dfe]);
    expect(held(d(2020, 9, 1), d(2020, 9, 1)).slice(1)).toEqual([
      "Evidence held",
      detail,
      "Serco line-manager guidance, Structure",
    ]);
  });

  test("documents: the Commitment Statement is the Training plan for starts from 01/08/2022", () => {
    expect(documentNames(buildPlanModel(inputs({ startSerial: d(2022, 7, 31) })))).toContain("Commitment Statement");
    const after = documentNames(buildPlanModel(inputs({ startSerial: d(2022, 8, 1) })));
    expect(after).toContain("Training plan");
    expect(after).not.toContain("Commitment Statement");
  });

  test("the Rule column names documents by short title, never a file or a reference number", () => {
    for (const start of [d(2020, 9, 1), d(2024, 4, 1), d(2026, 9, 1)]) {
      const checks = planChecks(inputs({ startSerial: start, weeklyHours: 30, publishedOffTheJobHours: 400 }));
      for (const c of checks) {
        expect(c.rule).not.toMatch(/seed|issue \d|\.txt|\//i);
        expect(c.rule.length).toBeGreaterThan(10);
      }
    }
    const statement = planChecks(inputs()).find((c) => c.check === "Line manager's signed statement")!;
    expect(statement.rule).toBe("Serco line-manager guidance, What is my role as a line manager; Next Steps");
  });

  test("a plan sheet written before the new optional fields still loads, with them blank", () => {
    const old = PLAN_FIELDS.filter(
      (f) => !["careLeaverOrEhcPlan", "sencoAppointmentSerial", "publishedOffTheJobHours"].includes(f.id),
    ).map((f) => [f.label, f.id === "apprenticeName" ? "Sam Patel" : ""]);
    const raw = rawInputsFromSheet(PLAN_MARKER, old);
    expect(raw?.apprenticeName).toBe("Sam Patel");
    expect(raw?.careLeaverOrEhcPlan).toBe(false);
    expect(raw?.sencoAppointmentSerial).toBe("");
    expect(raw?.publishedOffTheJobHours).toBe("");
  });
});

describe("who pays whom, workshops the provider dates, a blank levy-funds cell", () => {
  const model = buildPlanModel(inputs());
  const headingRow = (text: RegExp) =>
    model.blocks.find((b) => b.style === "heading" && text.test(String(b.cells[0]![0])))!.row;

  test("the provider's payments say whose money they are, with the school's own cash beside them", () => {
    const heading = headingRow(/^What the training provider is paid/);
    const note = model.blocks.find((b) => b.row === heading + 1)!;
    expect(note.style).toBe("note");
    expect((note.cells[0]![0] as FormulaCell).preview).toMatch(
      /^Who pays whom: these instalments are the provider's income, paid from the levy funds, the government's co-investment and the employer's co-investment/,
    );
    const own = model.blocks.find((b) => b.row === heading + 2)!;
    expect(own.cells[0]![0]).toBe("The school's own cash (employer cash cost)");
    expect(own.cells[0]![1]).toEqual({ formula: formulaCell(model, "Employer cash cost").formula, preview: 900 });
    expect(spill(model, "SLMDAPAYMENTS").row).toBe(heading + 5); // heading, note, own cash, payment months, header row
  });

  test("when the payments are earned and paid, in the levy forecast's words, with this plan's first and last", () => {
    const heading = headingRow(/^What the training provider is paid/);
    const months = model.blocks.find((b) => b.row === heading + 3)!.cells[0]![0] as FormulaCell;
    const start = inputCell("startSerial");
    // The default plan: a September 2020 start on the full route (27 months).
    expect(months.preview).toBe(
      `${PAYMENT_MONTHS} The first instalment, dated 01/09/2020, is paid in October 2020; the completion payment, dated 01/12/2022, in January 2023.`,
    );
    expect(months.formula).toContain(`RIGHT("0"&DAY(${start}),2)&"/"&RIGHT("0"&MONTH(${start}),2)&"/"&YEAR(${start})`);
    expect(months.formula).toContain(`EDATE(EDATE(${start},SEND.SLMDAMONTHS(${inputCell("nasencoCompleted")})),1)`);
    expect(months.formula).not.toMatch(/TEXT\(/);
  });

  test("the timeline says the provider dates the other workshops, live for either route", () => {
    const heading = headingRow(/^Timeline$/);
    const note = model.blocks.find((b) => b.row === heading + 1)!.cells[0]![0] as FormulaCell;
    expect(note.preview).toBe(
      "The timeline dates one workshop a block (6 of 9); the provider sets the dates of the other 3. Dates falling on a weekend or bank holiday are moved to the next working day.",
    );
    expect(note.formula).toContain("&(SEND.SLMDAWORKSHOPS($B$9)-ROWS(SEND.SLMDABLOCKS($B$9)))&");
    const nasenco = buildPlanModel(inputs({ nasencoCompleted: true, price: 12000 }));
    const nHeading = nasenco.blocks.find((b) => b.style === "heading" && b.cells[0]![0] === "Timeline")!.row;
    expect((nasenco.blocks.find((b) => b.row === nHeading + 1)!.cells[0]![0] as FormulaCell).preview).toMatch(
      /\(5 of 7\); the provider sets the dates of the other 2\./,
    );
  });

  test('every formula passes levy funds as IF(cell="",price,cell): left blank on the plan, the account holds enough', () => {
    const cell = inputCell("levyFunds");
    const price = inputCell("price");
    const formulas = model.blocks.flatMap((b) =>
      b.cells.flat().flatMap((c) => (c !== null && typeof c === "object" ? [c.formula] : [])),
    );
    const using = formulas.filter((f) => f.includes(cell));
    expect(using.length).toBeGreaterThanOrEqual(3); // employer cash cost twice, the funding spill
    for (const f of using) expect(f.split(cell).length - 1).toBe(2); // only inside IF(cell="",price,cell)
    for (const f of using) expect(f).toContain(`IF(${cell}="",${price},${cell})`);
  });
});

describe("the plan's sections and checks", () => {
  test("sections, top to bottom: title, inputs, summary, funding, payments, blocks, timeline, checks, commitments, documents", () => {
    expect(PLAN_SECTIONS.map((s) => s.name)).toEqual([
      "titleSection",
      "inputsSection",
      "summarySection",
      "fundingSection",
      "paymentsSection",
      "blocksSection",
      "timelineSection",
      "checksSection",
      "commitmentsSection",
      "documentsSection",
    ]);
    expect(PLAN_CHECKS.map((c) => c.name)).toEqual([
      "fundingAgeCheck",
      "mathsEnglishCheck",
      "offTheJobCheck",
      "sencoQualificationCheck",
      "lineManagerStatementCheck",
      "priceAboveBandCheck",
    ]);
  });

  test.each([
    ["the sample, reserving room for the other route", inputs(), {}],
    ["the NASENCO route, no room reserved", inputs({ nasencoCompleted: true }), { reserveForOtherRoute: false }],
    ["an unfunded 2026 start", inputs({ startSerial: d(2026, 1, 15), ageAtStart: 30 }), {}],
  ])("%s: each section writes only in its own rows", (_, planInputs, options) => {
    expect(spansOutOfPlace(sectionSpans(PLAN_SECTIONS, planContext(planInputs, options)))).toEqual([]);
  });

  test("the inputs, which every formula refers to by address, refuse to move", () => {
    const [title, inputsSection] = PLAN_SECTIONS;
    expect(() => foldSections([inputsSection!], planContext(inputs(), {}))).toThrow(
      `The inputs section must start on row ${INPUT_FIRST_ROW}; it starts on row 1.`,
    );
    expect(foldSections([title!, inputsSection!], planContext(inputs(), {})).nextRow).toBe(
      INPUT_FIRST_ROW + PLAN_FIELDS.length + 1,
    );
  });
});
