/** The SENCO time statement's pure model: layout, live formulas, preview values, checklists, print setup. */
import {
  ACTIVITIES_HEADERS,
  FACILITIES_HEADERS,
  STATEMENT_COLUMN_WIDTHS,
  STATEMENT_MARKER,
  STATEMENT_SECTIONS,
  answerKey,
  buildStatementModel,
  checklistAnswersFromSheet,
  gapSentence,
  previewStatementModel,
  statementInputCells,
  statementInputLabels,
  statementInputsFromSheet,
} from "../../src/sheets/statement/statement-model";
import {
  DEFAULT_WEIGHT_REASON,
  coerceStatementInputs,
  defaultStatementRaw,
  defaultWeightReason,
  statementQuestions,
} from "../../src/sheets/statement/statement-fields";
import { isRegisterReference, boundedColumnReference } from "../../src/sheets/statement/register-reference";
import { startsWithHeader } from "../../src/sheets/register/register-formula";
import { tableColumnReference } from "../../src/sheets/sheet-names";
import { blockValues } from "../../src/taskpane/shared/preview";
import type { Block, FormulaCell, ModelCell, SheetModel } from "../../src/sheets/sheet-model";
import { countRegister } from "../../src/rules/sen-register";
import { sencoHoursFromRegister } from "../../src/rules/sen-register-points";
import { serialFromYmd } from "../../src/rules/excel-dates";
import { SCHOOL_X, REGISTER_COLUMN } from "./school-x";
import { estimatePrint, fitLines, linesFor } from "../../src/sheets/print-estimate";
import { statementContext } from "../../src/sheets/statement/statement-context";
import { foldSections } from "../../src/sheets/sections";
import { REVIEWS_A_YEAR_LABEL } from "../../src/sheets/statement/sections/reviews";
import { sectionSpans, spansOutOfPlace } from "../helpers/section-spans";

/** The block whose first cell is `label`, and its value cell. */
function row(model: SheetModel, label: string): { block: Block; value: ModelCell } {
  const block = model.blocks.find((b) => b.cells[0]?.[0] === label);
  if (!block) throw new Error(`no row "${label}"`);
  return { block, value: block.cells[0]![1] ?? null };
}

function formulaOf(model: SheetModel, label: string): FormulaCell {
  const { value } = row(model, label);
  if (value === null || typeof value !== "object") throw new Error(`"${label}" is not a formula`);
  return value;
}

/** The text block holding the gap sentence. */
function sentence(model: SheetModel): FormulaCell {
  const block = model.blocks.find(
    (b) =>
      typeof b.cells[0]?.[0] === "object" &&
      String((b.cells[0]![0] as FormulaCell).formula).startsWith('="The guide is'),
  );
  return block!.cells[0]![0] as FormulaCell;
}

describe("School X with counts: guide 5, 4 allocated, 1 below", () => {
  const model = buildStatementModel(SCHOOL_X);
  const cells = statementInputCells(SCHOOL_X);

  test("the inputs block: labels in A, values in B from row 6 (free text in C, which wraps)", () => {
    expect(model.blocks[1]!.cells[0]).toEqual([STATEMENT_MARKER]);
    expect(cells.get("schoolName")).toBe("$C$7");
    expect(row(model, "School").block.cells[0]).toEqual(["School", null, "School X"]);
    expect(cells.get("notionalSenBudget")).toBe("$B$8");
    expect(cells.get("schoolAction")).toBe("$B$9");
    expect(cells.get("pupilMobility")).toBe("$B$12");
    expect(cells.has("senSupportWeight")).toBe(false);
    expect(cells.get("allocatedHours")).toBe("$B$13");
    expect(row(model, "Notional SEN budget").value).toBe(67755);
    expect(row(model, "Pupil mobility").block.numberFormat).toEqual([null, "0%"]);
    expect(statementInputLabels(false)).not.toContain("Points for each SEN support (K) pupil");
  });

  test("the guide is SEND.SENCOHOURS over the input cells: 5", () => {
    const guide = formulaOf(model, "Guide: minimum SENCO hours a week");
    expect(guide.formula).toBe('=SEND.SENCOHOURS($B$8,$B$9,$B$10,$B$11,IF($B$12="","",$B$12))');
    expect(guide.preview).toBe(5);
    expect(formulaOf(model, "Hours allocated a week now")).toEqual({ formula: "=$B$13", preview: 4 });
    const gap = formulaOf(model, "Allocated minus guide (hours a week)");
    expect(gap.preview).toBe(-1);
    expect(gap.formula).toMatch(/^=\$B\$\d+-\$B\$\d+$/);
  });

  test("the plain sentence, as a formula and its preview", () => {
    const s = sentence(model);
    expect(s.preview).toBe("The guide is 5 hours a week; the school allocates 4: 1 hour below the guide.");
    expect(s.formula).toContain('"The guide is "&ROUND(');
    expect(gapSentence(5, 5)).toBe("The guide is 5 hours a week; the school allocates 5: the same as the guide.");
    expect(gapSentence(1, 3.5)).toBe(
      "The guide is 1 hour a week; the school allocates 3.5: 2.5 hours above the guide.",
    );
  });

  test("the working is SEND.SENCOBREAKDOWN's spill, as the guidance shows it", () => {
    const spill = model.blocks.find((b) => b.spill)!;
    expect((spill.cells[0]![0] as FormulaCell).formula).toBe(
      '=SEND.SENCOBREAKDOWN($B$8,$B$9,$B$10,$B$11,IF($B$12="","",$B$12))',
    );
    expect(blockValues(spill).map((r) => r[1])).toEqual([68, 10, 25, 30, 133, 3, 2, 5]);
  });

  test("the headings name the school; the guidance's School X appears only as the school's own name", () => {
    const oakfield = buildStatementModel({ ...SCHOOL_X, schoolName: "Oakfield Primary" });
    const headings = oakfield.blocks.filter((b) => b.style === "heading" || b.style === "title");
    const texts = headings.map((b) => String(b.cells[0]![0]));
    expect(texts).toContain("The working, as the guidance shows it for Oakfield Primary");
    expect(texts[0]).toBe("SENCO time statement: Oakfield Primary");
    const everything = JSON.stringify([oakfield.blocks, oakfield.tables]);
    expect(everything).not.toContain("School X");
    const register = buildStatementModel({
      ...SCHOOL_X,
      schoolName: "Oakfield Primary",
      register: { reference: "Register[SEN status]", cells: REGISTER_COLUMN },
    });
    expect(register.blocks.map((b) => b.cells[0]![0])).toContain(
      "The working, as the guidance shows it for Oakfield Primary",
    );
  });

  test("cost rows: FTE live; costs blank without a salary", () => {
    const fte = formulaOf(model, "Hours allocated as a share of a full-time teacher (FTE)");
    expect(fte.formula).toBe("=SEND.SENCOTIMEFTE($B$13)");
    expect(fte.preview).toBeCloseTo(156 / 1265, 12);
    expect(formulaOf(model, "Guide hours as FTE").preview).toBeCloseTo(195 / 1265, 12);
    const cost = formulaOf(model, "Cost of the hours allocated, a year");
    expect(cost.formula).toBe('=IF($B$14="","",SEND.SENCOTIMECOST($B$13,$B$14,IF($B$15="","",$B$15)))');
    expect(cost.preview).toBe("");
    expect(formulaOf(model, "Cost of closing the gap, a year").preview).toBe("");
  });

  test("the EHC plan reviews a year: the count typed (6 plans or Statements), the law beside it", () => {
    const line = row(model, REVIEWS_A_YEAR_LABEL);
    expect(line.value).toEqual({ formula: `=${cells.get("statements")}`, preview: 6 });
    expect(line.block.cells[0]![2]).toBe("Children and Families Act 2014, section 44(1)");
    const heading = model.blocks.findIndex((b) => b.cells[0]?.[0] === "EHC plan reviews in the SENCO's year");
    expect(model.blocks[heading + 1]).toBe(line.block);
  });

  test("from a register: live over its column, E and S counted (6 plans); an invalid code gives the error", () => {
    const withRegister = buildStatementModel({
      ...SCHOOL_X,
      register: { reference: "Register[SEN status]", cells: REGISTER_COLUMN },
    });
    expect(formulaOf(withRegister, REVIEWS_A_YEAR_LABEL)).toEqual({
      formula:
        "=INDEX(SEND.SENREGISTERCOUNTS(Register[SEN status]),2,2)+INDEX(SEND.SENREGISTERCOUNTS(Register[SEN status]),5,2)",
      preview: 6,
    });
    const statement = [["S"], ["E"], ["e - Education, Health and Care Plan"], ["K"]];
    const recoded = buildStatementModel({ ...SCHOOL_X, register: { reference: "T[C]", cells: statement } });
    expect(formulaOf(recoded, REVIEWS_A_YEAR_LABEL).preview).toBe(3);
    const invalid = buildStatementModel({ ...SCHOOL_X, register: { reference: "T[C]", cells: [["E"], ["Q"]] } });
    expect(formulaOf(invalid, REVIEWS_A_YEAR_LABEL).preview).toBe("#VALUE!");
  });

  test("with a salary of £50,000 and 30% on-costs: the costs and the gap's cost", () => {
    const m = buildStatementModel({ ...SCHOOL_X, annualSalary: 50000, onCostRate: 0.3 });
    expect(formulaOf(m, "Cost of the hours allocated, a year").preview).toBe(8015.81);
    expect(formulaOf(m, "Cost of the guide hours, a year").preview).toBe(10019.76);
    const gap = formulaOf(m, "Cost of closing the gap, a year");
    expect(gap.preview).toBe(2003.95);
    expect(gap.formula).toContain("IF($B$");
    expect(gap.formula).toContain(",0)");
    const more = buildStatementModel({ ...SCHOOL_X, annualSalary: 50000, allocatedHours: 6 });
    expect(formulaOf(more, "Cost of closing the gap, a year").preview).toBe(0);
  });

  test("qualification rows: blank without a date; live with one", () => {
    expect(formulaOf(model, "Qualification still needed").preview).toBe("");
    const m = buildStatementModel({ ...SCHOOL_X, appointmentSerial: serialFromYmd(2025, 9, 1) });
    const needed = formulaOf(m, "Qualification still needed");
    expect(needed.preview).toBe("NPQ for SENCOs");
    expect(needed.formula).toMatch(/^=IF\(\$B\$\d+="","",SEND\.SENCOQUALIFICATIONNEEDED\(\$B\$\d+,IF\(/);
    const due = formulaOf(m, "Must hold it by");
    expect(due.preview).toBe(serialFromYmd(2028, 9, 1));
    expect(due.formula).toContain("SEND.SENCOQUALIFICATIONDUE(");
    const old = buildStatementModel({ ...SCHOOL_X, appointmentSerial: serialFromYmd(2008, 1, 1) });
    expect(formulaOf(old, "Must hold it by").preview).toBe("Not required");
    const nasenco = buildStatementModel({
      ...SCHOOL_X,
      appointmentSerial: serialFromYmd(2024, 1, 8),
      nasencoStartSerial: serialFromYmd(2024, 1, 8),
    });
    expect(formulaOf(nasenco, "Qualification still needed").preview).toBe("NASENCO");
  });

  test("checklists: the guidance's words, each row citing its title, the school's column blank", () => {
    const [facilities, activities, leadership] = model.tables!;
    expect(facilities!.headers).toEqual([...FACILITIES_HEADERS]);
    expect(facilities!.rows.map((r) => r[0])).toEqual([
      "Office space",
      "Desk",
      "Storage and filing facilities",
      "Access to computer terminals with appropriate software",
      "Telephone and email",
    ]);
    expect(activities!.rows.map((r) => r[0])).toEqual([
      "Record keeping and report writing for external agencies",
      "SEN audit",
      "Organising exam concessions",
      "High focus IEPs and provision plans",
      "Newly admitted pupils",
      "Tribunals and appeals",
      "Transition arrangements",
      "Situations that require significant immediate short-term input",
      "Annual reviews",
    ]);
    for (const table of model.tables!) {
      for (const r of table.rows) expect(r[2]).toBe("Senco Essential Duties Time: Guidance for Schools");
    }
    expect(facilities!.rows.every((r) => r[1] === null)).toBe(true);
    expect(leadership!.rows[0]![0]).toBe("The SENCO is represented on the School Leadership/Management Team");
    expect((leadership!.rows[0]![1] as FormulaCell).preview).toBe("No");
    const onSlt = buildStatementModel({ ...SCHOOL_X, onLeadershipTeam: true });
    expect((onSlt.tables![2]!.rows[0]![1] as FormulaCell).preview).toBe("Yes");
  });

  test("print setup: A4 portrait, one page wide, title row repeated, print area covers every row", () => {
    const last = Math.max(...model.tables!.map((t) => t.row + t.rows.length + 1));
    // 92%: the documented print scale at which A to C (536 points) fit the 494.5 points of A4 portrait.
    expect(model.pageLayout).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      scale: 92,
      printArea: `A1:C${last}`,
      printTitleRows: "$1:$1",
    });
    expect(STATEMENT_COLUMN_WIDTHS.reduce((a, b) => a + b, 0)).toBe(536);
    expect(model.wrapColumns).toEqual([0, 1, 2]);
    expect(last).toBe(84);
  });
});

describe("with a register column (10 K, 6 E and blanks, weight 1)", () => {
  const cells = REGISTER_COLUMN.slice(1);
  const reference = "Pupils[SEN status]";
  const inputs = {
    ...SCHOOL_X,
    schoolAction: undefined,
    schoolActionPlus: undefined,
    statements: undefined,
    register: { reference, cells },
  };
  const model = buildStatementModel(inputs);

  test("every SEND.* call that takes a budget is given the school's budget cell, never a £0 the functions refuse", () => {
    const budget = statementInputCells(inputs).get("notionalSenBudget")!;
    const formulas = model.blocks.flatMap((b) =>
      b.cells.flat().flatMap((c) => (c !== null && typeof c === "object" ? [c.formula] : [])),
    );
    const calls = formulas.flatMap((f) => [
      ...f.matchAll(/SEND\.(SENCOPOINTS|SENCOBREAKDOWN|SENCOHOURS|SENCOHOURSFROMREGISTER)\(([^,]*),/g),
    ]);
    expect(calls.length).toBeGreaterThanOrEqual(5);
    for (const call of calls) expect([call[1], call[2]]).toEqual([call[1], budget]);
    // The working's points for A, P and E + S are rows 2 to 4 of the school's own breakdown.
    expect(formulaOf(model, "Statement/EHC plan points ((E + S) x 5)").formula).toMatch(
      /^=INDEX\(SEND\.SENCOBREAKDOWN\(\$B\$\d+,\$B\$\d+,\$B\$\d+,\$B\$\d+\+\$B\$\d+,""\),4,2\)$/,
    );
  });

  test("the guide is SEND.SENCOHOURSFROMREGISTER over the column, the same as the function gives", () => {
    const guide = formulaOf(model, "Guide: minimum SENCO hours a week");
    const c = statementInputCells(inputs);
    expect(c.get("register")).toBe("$B$9");
    expect(guide.formula).toBe(
      `=SEND.SENCOHOURSFROMREGISTER(${c.get("notionalSenBudget")},Pupils[SEN status],IF(${c.get("pupilMobility")}="","",${c.get("pupilMobility")}),IF(${c.get("senSupportWeight")}="","",${c.get("senSupportWeight")}))`,
    );
    const expected = sencoHoursFromRegister(67755, countRegister(cells), 0.34, 1);
    expect(expected).toBe(4); // 68 + 10 + 30 = 108 points: 2 hours, 34%: 2 hours
    expect(guide.preview).toBe(expected);
    expect(sentence(model).preview).toBe("The guide is 4 hours a week; the school allocates 4: the same as the guide.");
    expect(row(model, "SEN register (provision codes)").value).toBe(reference);
    expect(row(model, "Points for each SEN support (K) pupil").value).toBe(1);
    const reason = row(model, "Why this weight").block.cells[0]![2] as FormulaCell;
    expect(reason.preview).toMatch(/^1 counts each SEN support pupil like School Action, the floor/);
    expect(reason.formula).toMatch(/^=IF\(OR\(\$B\$11="",\$B\$11=1\),"1 counts/);
  });

  test("the working: the counts spill and the points, as formulas over it", () => {
    const spill = model.blocks.find((b) => b.spill)!;
    expect((spill.cells[0]![0] as FormulaCell).formula).toBe("=SEND.SENREGISTERCOUNTS(Pupils[SEN status])");
    expect(blockValues(spill).map((r) => r[1])).toEqual([10, 6, 0, 0, 0, 0, 16]);
    expect(formulaOf(model, "SEN support points (K x points for each)").preview).toBe(10);
    expect(formulaOf(model, "Statement/EHC plan points ((E + S) x 5)").preview).toBe(30);
    expect(formulaOf(model, "Total points (A + B)").preview).toBe(108);
    expect(formulaOf(model, "Hours from points (1 per complete 40)").formula).toBe(
      `=SEND.SENCOHOURSFROMREGISTER($B$8,Pupils[SEN status],"",IF($B$11="","",$B$11))`,
    );
    expect(formulaOf(model, "Recommended hours per week").preview).toBe(4);
  });

  test("a weight of 2.5 counts each K pupil at 2.5 points", () => {
    const m = buildStatementModel({ ...inputs, senSupportWeight: 2.5 });
    expect(formulaOf(m, "SEN support points (K x points for each)").preview).toBe(25);
    expect(formulaOf(m, "Guide: minimum SENCO hours a week").preview).toBe(
      sencoHoursFromRegister(67755, countRegister(cells), 0.34, 2.5),
    );
  });

  test("a code that is not accepted shows #VALUE! in the preview, as the formula would", () => {
    const m = buildStatementModel({ ...inputs, register: { reference, cells: [["K"], ["SEN"]] } });
    expect(formulaOf(m, "Guide: minimum SENCO hours a week").preview).toBe("#VALUE!");
    expect(sentence(m).preview).toBe("#VALUE!");
  });
});

describe("register references", () => {
  test("a table column, escaped; a bounded absolute range with its sheet", () => {
    expect(tableColumnReference("Pupils", "SEN status")).toBe("Pupils[SEN status]");
    expect(tableColumnReference("Pupils", "SEN [code] #1's")).toBe("Pupils[SEN '[code'] '#1''s]");
    expect(boundedColumnReference("Register", 1, 2, 239)).toBe("'Register'!$C$2:$C$240");
    expect(boundedColumnReference("Bob's list", 0, 0, 1)).toBe("'Bob''s list'!$A$1");
  });

  test("only references as the pane makes them are taken back from a sheet", () => {
    for (const ok of [
      "Pupils[SEN status]",
      "Pupils[SEN '[code'] '#1''s]",
      "'Register'!$C$2:$C$240",
      "'Bob''s list'!$A$1",
    ]) {
      expect([ok, isRegisterReference(ok)]).toEqual([ok, true]);
    }
    for (const bad of [
      "C2:C240",
      "Pupils[SEN]),1)",
      "'Register'!$C$2:$C$240,HYPERLINK(1)",
      "=A1",
      "Pupils[a[b]]",
      "",
    ]) {
      expect([bad, isRegisterReference(bad)]).toEqual([bad, false]);
    }
  });

  test("a header above the codes is noticed; a code or a blank is not a header", () => {
    expect(startsWithHeader(REGISTER_COLUMN)).toBe(true);
    expect(startsWithHeader([["K"]])).toBe(false);
    expect(startsWithHeader([["SEN support"]])).toBe(false);
    expect(startsWithHeader([[""], ["K"]])).toBe(false);
  });
});

describe("keeping the school's checklist answers", () => {
  test("answers read back from the sheet's values go into the rebuilt checklists", () => {
    const model = buildStatementModel(SCHOOL_X);
    const facilities = model.tables![0]!;
    const activities = model.tables![1]!;
    const rows: unknown[][] = Array.from({ length: 80 }, () => ["", "", ""]);
    rows[facilities.row] = [...FACILITIES_HEADERS];
    facilities.rows.forEach((r, i) => (rows[facilities.row + 1 + i] = [r[0], i === 1 ? "Yes" : "", r[2]]));
    rows[activities.row] = [...ACTIVITIES_HEADERS];
    activities.rows.forEach(
      (r, i) => (rows[activities.row + 1 + i] = [r[0], i === 8 ? "Spring term, 2 days" : "", r[2]]),
    );
    const answers = checklistAnswersFromSheet(rows);
    expect([...answers.entries()]).toEqual([
      [answerKey("Facility", "Desk"), "Yes"],
      [answerKey(ACTIVITIES_HEADERS[0], "Annual reviews"), "Spring term, 2 days"],
    ]);
    const rebuilt = buildStatementModel({ ...SCHOOL_X, allocatedHours: 5 }, { answers });
    expect(rebuilt.tables![0]!.rows[1]).toEqual(["Desk", "Yes", "Senco Essential Duties Time: Guidance for Schools"]);
    expect(rebuilt.tables![1]!.rows[8]![1]).toBe("Spring term, 2 days");
    expect(rebuilt.tables![0]!.rows[0]![1]).toBeNull();
  });

  test("a sheet without checklists gives no answers", () => {
    expect(checklistAnswersFromSheet([["x"]]).size).toBe(0);
  });
});

/** School X's figures as a school types them in the pane (pupil mobility 34%). */
const SCHOOL_X_TYPED = {
  ...defaultStatementRaw(),
  schoolName: "School X",
  notionalSenBudget: "£67,755",
  schoolAction: "10",
  schoolActionPlus: "5",
  statements: "6",
  pupilMobility: "34%",
  allocatedHours: "4",
};

describe("pupil mobility typed as 1, and above the published range", () => {
  const raw = SCHOOL_X_TYPED;

  test("1 is refused as 100%: if you meant 1%, type 1% (the guide is 3 hours, not 6)", () => {
    const result = coerceStatementInputs({ ...raw, pupilMobility: "1" });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      "Pupil mobility was 1, which is 100%, and must be below 100%: if you meant 1%, type 1% (or 0.01).",
    ]);
    const onePercent = coerceStatementInputs({ ...raw, pupilMobility: "1%" });
    expect(onePercent.ok && buildStatementModel(onePercent.inputs)).toBeTruthy();
  });

  test("above 80%: the form takes it, asks about it, and the sheet counts a confirmed one as 80% (the same hours)", () => {
    expect(statementQuestions({ ...raw, pupilMobility: "80%" })).toEqual([]);
    expect(statementQuestions({ ...raw, pupilMobility: "90%" })).toEqual([
      {
        id: "pupilMobility",
        raw: "90%",
        message:
          "Pupil mobility 90% is above 80%, the highest annual pupil turnover in the published figures (Ofsted, Managing pupil mobility (2002): some primary schools with a turnover of 80%).",
      },
    ]);
    const result = coerceStatementInputs({ ...raw, pupilMobility: "90%" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const model = buildStatementModel(result.inputs);
    const guide = formulaOf(model, "Guide: minimum SENCO hours a week");
    expect(guide.preview).toBe(6); // 133 points: 3 hours, over 40%: 3
    const cell = statementInputCells(result.inputs).get("pupilMobility")!;
    expect(guide.formula).toContain(`IF(${cell}="","",IF(AND(ISNUMBER(${cell}),${cell}<1),MIN(${cell},80%),${cell}))`);
    // Within the range the cell is passed as it is, for the functions to check.
    const within = coerceStatementInputs({ ...raw, pupilMobility: "34%" });
    expect(
      within.ok && formulaOf(buildStatementModel(within.inputs), "Guide: minimum SENCO hours a week").formula,
    ).toContain(`IF(${cell}="","",${cell})`);
  });
});

describe("the pane's fields", () => {
  test("School X typed as a school would: the same inputs", () => {
    const result = coerceStatementInputs(SCHOOL_X_TYPED);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.inputs).toEqual({ ...SCHOOL_X, register: undefined });
  });

  test("problems name the field by its label; counts are not asked for with a register", () => {
    const result = coerceStatementInputs({
      ...defaultStatementRaw(),
      schoolName: "X",
      notionalSenBudget: "lots",
      pupilMobility: "34",
      allocatedHours: "4",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.message)).toEqual([
        'Notional SEN budget must be an amount in pounds of more than £0; it was the text "lots".',
        "Pupils at SEN support or School Action is required: enter a whole number of 0 or more.",
        "Pupils at School Action Plus is required: enter a whole number of 0 or more.",
        "Pupils with an EHC plan or a Statement is required: enter a whole number of 0 or more.",
        "Pupil mobility must be a percentage from 0% to 100%: for 34% type 34% or 0.34, not 34.",
      ]);
    }
    const withRegister = coerceStatementInputs(
      {
        ...defaultStatementRaw(),
        schoolName: "X",
        notionalSenBudget: "1000",
        allocatedHours: "2",
        senSupportWeight: "",
      },
      { reference: "T[C]", cells: [["K"]] },
    );
    expect(withRegister.ok && withRegister.inputs.senSupportWeight).toBe(1);
  });
});

describe("how the statement prints (estimate: A4 portrait, normal margins, fit to one page wide)", () => {
  test("School X: 536 points wide printed at 92%, 84 rows, two pages tall with the title repeated", () => {
    const estimate = estimatePrint(buildStatementModel(SCHOOL_X));
    expect(estimate.width).toBe(536);
    expect(estimate.scale).toBe(0.92);
    expect(estimate.rowHeights).toHaveLength(84);
    expect(Math.round(estimate.height)).toBe(1443);
    expect(estimate.pages).toBe(2);
  });

  test("from a register: 92 rows, about 1,608 points: the third page holds its last rows", () => {
    const register = { reference: "Pupils[SEN status]", cells: REGISTER_COLUMN.slice(1) };
    const estimate = estimatePrint(buildStatementModel({ ...SCHOOL_X, register }));
    expect(estimate.rowHeights).toHaveLength(92);
    expect(Math.round(estimate.height)).toBe(1608);
    expect(estimate.pages).toBe(3);
  });

  test("the narrower 490-point layout would print at 100% but on three pages", () => {
    const model = buildStatementModel(SCHOOL_X);
    const estimate = estimatePrint({ ...model, columnWidths: [230, 70, 190] });
    expect([estimate.scale, Math.round(estimate.height), estimate.pages]).toEqual([1, 1593, 3]);
  });

  test("wrapping: a 62-character item takes 2 lines in column A; notes and headings do not wrap", () => {
    expect(linesFor("Situations that require significant immediate short-term input", 230)).toBe(2);
    expect(linesFor("Desk", 230)).toBe(1);
    expect(linesFor("Senco Essential Duties Time: Guidance for Schools", 190)).toBe(2);
  });
});

describe("the statement as the preview shows it", () => {
  test("drops the marker line and the note about the inputs; the guidance's title stays; the sheet keeps both", () => {
    const model = buildStatementModel(SCHOOL_X);
    const marker = model.blocks.find((b) => b.row === 1)!;
    expect(marker.cells[0]![0]).toBe(STATEMENT_MARKER);
    const preview = previewStatementModel(model);
    const texts = preview.blocks.flatMap((b) => b.cells.flat()).filter((c) => typeof c === "string");
    expect(texts).not.toContain(STATEMENT_MARKER);
    expect(texts.some((t) => /inputs below/.test(t as string))).toBe(false);
    expect(texts).toContain(
      "The guide: Senco Essential Duties Time: Guidance for Schools (Bradford SEN Strategy Group).",
    );
    expect(model.blocks.flatMap((b) => b.cells.flat()).some((t) => /inputs below/.test(String(t)))).toBe(true);
    expect(preview.blocks.length).toBe(model.blocks.length);
  });
});

describe("the statement's sections", () => {
  const withRegister = { ...SCHOOL_X, register: { reference: "Pupils[SEN status]", cells: REGISTER_COLUMN.slice(1) } };

  test("are, top to bottom: title, inputs, guide, working, reviews, cost, qualification, checklists", () => {
    expect(STATEMENT_SECTIONS.map((s) => s.name)).toEqual([
      "titleSection",
      "inputsSection",
      "guideSection",
      "workingSection",
      "reviewsSection",
      "costSection",
      "qualificationSection",
      "checklistsSection",
    ]);
  });

  test.each([
    ["counts", SCHOOL_X],
    ["a register", withRegister],
  ])("with %s, each section writes only in its own rows, and the print area ends at the last one's", (_, inputs) => {
    const spans = sectionSpans(STATEMENT_SECTIONS, statementContext(inputs, {}));
    expect(spansOutOfPlace(spans)).toEqual([]);
    expect(buildStatementModel(inputs).pageLayout!.printArea).toBe(`A1:C${spans[spans.length - 1]!.nextRow}`);
  });

  test("the guide, whose cells the working and the cost refer to, refuses to move from below the inputs", () => {
    const context = statementContext(SCHOOL_X, {});
    const [title, inputs, guide] = STATEMENT_SECTIONS;
    const heading = buildStatementModel(SCHOOL_X).blocks.find(
      (b) => b.cells[0]![0] === "The guide and the time allocated",
    );
    expect(heading!.row).toBe(20);
    expect(() => foldSections([title!, guide!], context)).toThrow(
      "The guide section must start on row 21; it starts on row 6.",
    );
    expect(() => foldSections([title!, inputs!, title!, guide!], context)).toThrow(/guide section must start/);
  });
});

describe("the statement never contradicts itself: the reason for the weight follows the weight", () => {
  const register = { reference: "Pupils[SEN status]", cells: REGISTER_COLUMN.slice(1) };
  const withWeight = (senSupportWeight: number, weightReason?: string) =>
    buildStatementModel({ ...SCHOOL_X, register, senSupportWeight, weightReason });
  const reasonOf = (model: SheetModel) => row(model, "Why this weight").block.cells[0]![2]!;

  test("a default reason says what the weight beside it does, and is a formula over the weight's cell", () => {
    expect((reasonOf(withWeight(5)) as FormulaCell).preview).toBe(
      "5 counts each SEN support pupil like School Action Plus, the ceiling: the guidance predates SEN support.",
    );
    expect((reasonOf(withWeight(2.2)) as FormulaCell).preview).toBe(
      "2.2 points for each SEN support pupil, between School Action (1) and School Action Plus (5): the guidance predates SEN support.",
    );
    const formula = (reasonOf(withWeight(5)) as FormulaCell).formula;
    expect(formula).toContain('IF($B$11=5,"5 counts each SEN support pupil like School Action Plus, the ceiling');
    expect(formula).toContain('$B$11&" points for each SEN support pupil, between');
    expect(reasonOf(withWeight(5, "About 30% need School Action Plus input."))).toBe(
      "About 30% need School Action Plus input.",
    );
  });

  test("read back, a default reason is the default (blank in the form), even the floor's beside another weight", () => {
    const rows = (weight: unknown, reason: unknown) => {
      const sheet: unknown[][] = Array.from({ length: 20 }, () => []);
      sheet[1] = [STATEMENT_MARKER];
      sheet[6] = ["School", null, "School X"];
      sheet[7] = ["Points for each SEN support (K) pupil", weight];
      sheet[8] = ["Why this weight", null, reason];
      return sheet;
    };
    expect(statementInputsFromSheet(rows(5, defaultWeightReason(5)))!.raw.weightReason).toBe("");
    expect(statementInputsFromSheet(rows(5, DEFAULT_WEIGHT_REASON))!.raw.weightReason).toBe("");
    expect(statementInputsFromSheet(rows("", DEFAULT_WEIGHT_REASON))!.raw.weightReason).toBe("");
    expect(statementInputsFromSheet(rows(5, "Our own reason."))!.raw.weightReason).toBe("Our own reason.");
    expect(statementInputsFromSheet(rows(5, "Our own reason."))!.raw.schoolName).toBe("School X");
  });

  test("the statement prints whole: no note runs past column C, and a 97-character reason wraps within C", () => {
    const printed = STATEMENT_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
    for (const inputs of [SCHOOL_X, { ...SCHOOL_X, register }]) {
      const model = buildStatementModel(inputs);
      const notes = model.blocks.filter((b) => b.style === "note").flatMap((b) => b.cells.map((c) => c[0]));
      for (const note of notes.filter((n): n is string => typeof n === "string")) {
        expect(fitLines(note, printed)).toEqual([note]);
      }
    }
    const reason = "About 30% of our SEN support pupils need School Action Plus input, as the review in spring found.";
    expect(reason).toHaveLength(97);
    const model = withWeight(2.2, reason);
    const at = row(model, "Why this weight").block;
    expect(at.cells[0]).toEqual(["Why this weight", null, reason]);
    expect(model.wrapColumns).toContain(2);
    expect(estimatePrint(model).rowHeights[at.row]).toBe(2 * 15);
  });
});
