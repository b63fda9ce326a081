/**
 * The school's SENCO time statement as a pure model: the statement's inputs → a SheetModel that
 * the Excel writer writes (one A4 portrait page wide when printed) and the HTML preview renders.
 *
 * Every figure is a SEND.* formula over the sheet's own input cells, or over the school's own
 * register column, so the statement stays live when the school edits an input or the register.
 * Preview values come from the same rules the functions call (src/rules). The checklists of what
 * the guidance expects besides time are Excel tables with a column the school fills in; rebuilding
 * the statement keeps what was typed there (checklistAnswersFromSheet).
 */
import { attemptRule, formula, rulePreview } from "../rule-preview";
import {
  DEFAULT_SEN_SUPPORT_WEIGHT,
  countRegister,
  registerCountRows,
  sencoBreakdownFromRegister,
} from "../../rules/sen-register";
import { SENCO_BREAKDOWN_LABELS, mobilityHours, sencoBreakdown, sencoBreakdownRows } from "../../rules/senco-time";
import { sencoTimeCost, sencoTimeFte } from "../../rules/senco-cost";
import { qualificationDue, qualificationNeeded } from "../../rules/senco-qualification";
import {
  SENCO_FACILITIES,
  SENCO_INTENSIVE_ACTIVITIES,
  SENCO_LEADERSHIP_RECOMMENDATION,
  SENCO_TIME_GUIDANCE_AUTHOR,
  SENCO_TIME_GUIDANCE_TITLE,
} from "../../rules/senco-expectations";
import { columnLetters } from "../a1-address";
import { isRegisterReference } from "./register-reference";
import { DATE_FORMAT, MONEY_FORMAT } from "../number-format";
import type { Block, ModelCell, SheetModel, TableSpec } from "../sheet-model";
import {
  DEFAULT_WEIGHT_REASON,
  STATEMENT_FIELDS,
  statementFields,
  type StatementFieldId,
  type StatementInputs,
  type StatementRaw,
} from "./statement-fields";

/** The sheet's name. */
export const STATEMENT_SHEET_NAME = "SENCO time statement";
/** Text in A2 of every statement: how the pane recognises a statement to update it. */
export const STATEMENT_MARKER = "SENCO time statement made with the SEND leadership add-in";
export const MARKER_ROW = 1;
/** Zero-based row of the first input. */
export const INPUT_FIRST_ROW = 6;
const LABEL_COL = 0;
const VALUE_COL = 1;
/** Rows a statement uses at most: the pane reads A1:C of these to keep the checklist answers. */
export const STATEMENT_MAX_ROWS = 150;

/**
 * Column widths in points: A labels and items, B values and the school's answers, C sources.
 * 210 + 64 + 262 = 536 points; A4 portrait has 495 points between Excel's normal margins (595
 * less 0.7 inch a side), so fit-to-width prints at about 92%. C is wide enough for the guidance's
 * title on one line, so each checklist row is one line high and the statement prints on two
 * pages (estimatePrint; a 230/70/190 layout at 100% needs three).
 */
export const STATEMENT_COLUMN_WIDTHS = [210, 64, 262] as const;
/** Columns A and C wrap (long labels, items and sources); B holds short values. */
export const STATEMENT_WRAP_COLUMNS = [0, 2] as const;

export const HOURS_VALUE_FORMAT = "0.0#";
export const FTE_FORMAT = "0.000";

/** The checklists' headers: how a statement's checklists are found again on the sheet. */
export const FACILITIES_HEADERS = ["Facility", "In place", "Source"] as const;
export const ACTIVITIES_HEADERS = [
  "Activity needing extra time at points in the year",
  "Time planned",
  "Source",
] as const;
export const LEADERSHIP_HEADERS = ["Recommendation", "Met", "Source"] as const;

type Scalar = string | number | boolean;
/** A label row of a section: label, value and the value's number format. */
type LabelRow = readonly [string, ModelCell, string | null];

/** Absolute reference of a zero-based cell: $B$7. */
function abs(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

/** How a number reads in the sentence (as Excel's & shows a ROUNDed number: no trailing zeros). */
function numberWords(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * The plain sentence under the guide, as the sheet's formula words it: "The guide is 5 hours a
 * week; the school allocates 4: 1 hour below the guide."
 */
export function gapSentence(guide: number, allocated: number): string {
  const gap = Math.round(Math.abs(allocated - guide) * 100) / 100;
  const hours = (n: number) => `${numberWords(n)} hour${n === 1 ? "" : "s"}`;
  const tail = gap === 0 ? "the same as the guide" : `${hours(gap)} ${allocated < guide ? "below" : "above"} the guide`;
  return `The guide is ${hours(guide)} a week; the school allocates ${numberWords(allocated)}: ${tail}.`;
}

/** The same sentence as an Excel formula over the guide and allocated cells. */
function gapSentenceFormula(guide: string, allocated: string): string {
  const gap = `ROUND(ABS(${allocated}-${guide}),2)`;
  return (
    `="The guide is "&ROUND(${guide},2)&" hour"&IF(${guide}=1,"","s")&" a week; the school allocates "&ROUND(${allocated},2)&": "&` +
    `IF(${gap}=0,"the same as the guide",${gap}&" hour"&IF(${gap}=1,"","s")&IF(${allocated}<${guide}," below"," above")&" the guide")&"."`
  );
}

export interface StatementModelOptions {
  /**
   * The school's answers in the checklists of a statement being rebuilt, by checklist header and
   * item (read back with checklistAnswersFromSheet): kept in the new statement.
   */
  readonly answers?: ReadonlyMap<string, ModelCell>;
}

/** Key of one checklist answer: the checklist's first header and the item. */
export function answerKey(firstHeader: string, item: string): string {
  return `${firstHeader}\u0000${item}`;
}

/**
 * The school's answers in a statement's checklists: `rows` are the sheet's values from A1
 * (columns A:C). Each checklist is found by its header row and ends at the first row without an
 * item. Blank answers are left out.
 */
export function checklistAnswersFromSheet(rows: readonly (readonly unknown[])[]): Map<string, ModelCell> {
  const answers = new Map<string, ModelCell>();
  for (const headers of [FACILITIES_HEADERS, ACTIVITIES_HEADERS]) {
    const header = rows.findIndex((row) => headers.every((text, i) => row[i] === text));
    if (header < 0) continue;
    for (let r = header + 1; r < rows.length; r += 1) {
      const item = rows[r]![0];
      if (typeof item !== "string" || item === "") break;
      const value = rows[r]![1];
      if (typeof value === "string" ? value !== "" : typeof value === "number" || typeof value === "boolean") {
        answers.set(answerKey(headers[0], item), value as Scalar);
      }
    }
  }
  return answers;
}

/** The label of the register's row in the inputs block. */
export const REGISTER_ROW_LABEL = "SEN register (provision codes)";

/** What a statement sheet's inputs block holds, as the form shows it, and its register reference if any. */
export interface StatementSheetInputs {
  readonly raw: StatementRaw;
  readonly registerReference?: string;
}

/**
 * Read a statement's inputs back from the sheet's values from A1 (columns A:C): each field's value
 * is in column B beside its label in column A, in the inputs block (from the "Inputs" heading to
 * the next blank row). Undefined when A2 does not hold the marker.
 */
export function statementInputsFromSheet(rows: readonly (readonly unknown[])[]): StatementSheetInputs | undefined {
  if (!isStatementMarker(rows[MARKER_ROW]?.[0])) return undefined;
  const raw: StatementRaw = {};
  let registerReference: string | undefined;
  for (let r = INPUT_FIRST_ROW; r < rows.length; r += 1) {
    const label = rows[r]?.[0];
    if (typeof label !== "string" || label === "") break;
    const value = rows[r]?.[1];
    if (label === REGISTER_ROW_LABEL) {
      // Only a reference as the pane makes it: the text goes into formulas.
      if (typeof value === "string" && isRegisterReference(value.trim())) registerReference = value.trim();
      continue;
    }
    const found = STATEMENT_FIELDS.find((f) => f.label === label);
    if (found) raw[found.id] = value ?? "";
  }
  return { raw, registerReference };
}

/**
 * The statement as the preview shows it: without the marker line (the label the pane uses to find
 * its own sheet again) and the note about changing column B (there is no sheet outside Excel);
 * the line naming the guidance stays, in its place.
 */
export function previewStatementModel(model: SheetModel): SheetModel {
  return {
    ...model,
    blocks: model.blocks.map((block) =>
      block.row === MARKER_ROW && block.cells[0]?.[0] === STATEMENT_MARKER
        ? { ...block, row: block.row + 2, cells: block.cells.slice(2) }
        : block,
    ),
  };
}

/** True when a sheet's A2 holds the statement marker. */
export function isStatementMarker(value: unknown): boolean {
  return value === STATEMENT_MARKER;
}

/** Where each input sits on the sheet (absolute references), for these inputs. */
export function statementInputCells(inputs: StatementInputs): Map<StatementFieldId | "register", string> {
  const cells = new Map<StatementFieldId | "register", string>();
  let row = INPUT_FIRST_ROW;
  const withRegister = inputs.register !== undefined;
  for (const f of statementFields(withRegister)) {
    if (f.id === "pupilMobility" && withRegister) {
      cells.set("register", abs(row, VALUE_COL));
      row += 1;
    }
    cells.set(f.id, abs(row, VALUE_COL));
    row += 1;
  }
  return cells;
}

/** Build the statement's model. */
export function buildStatementModel(inputs: StatementInputs, options: StatementModelOptions = {}): SheetModel {
  const blocks: Block[] = [];
  const tables: TableSpec[] = [];
  const register = inputs.register;
  const cells = statementInputCells(inputs);
  const cell = (id: StatementFieldId) => cells.get(id)!;
  const optional = (id: StatementFieldId) => `IF(${cell(id)}="","",${cell(id)})`;
  const source = `${SENCO_TIME_GUIDANCE_TITLE} (${SENCO_TIME_GUIDANCE_AUTHOR})`;

  blocks.push({ row: 0, col: 0, cells: [[`SENCO time statement: ${inputs.schoolName}`]], style: "title" });
  blocks.push({
    row: MARKER_ROW,
    col: 0,
    cells: [
      [STATEMENT_MARKER],
      [
        register
          ? "Live SEND.* formulas over column B and the SEN register: change an input to recalculate."
          : "The figures are live SEND.* formulas over column B's inputs: change one to recalculate.",
      ],
      [`The guide: ${source}.`],
    ],
    style: "note",
  });

  // 1. Inputs.
  blocks.push({ row: INPUT_FIRST_ROW - 1, col: 0, cells: [["Inputs"]], style: "heading" });
  let row = INPUT_FIRST_ROW;
  /** Label rows (label, value, number format), one a row from `row`. */
  const labelRows = (rows: readonly LabelRow[]) => {
    for (const [label, value, format] of rows) {
      blocks.push({ row, col: 0, cells: [[label, value]], numberFormat: [null, format], style: "label" });
      row += 1;
    }
  };
  /** A note block of one line a row, then `blankAfter` empty rows. */
  const notes = (lines: readonly ModelCell[], blankAfter: number) => {
    blocks.push({ row, col: 0, cells: lines.map((line) => [line]), style: "note" });
    row += lines.length + blankAfter;
  };
  for (const f of statementFields(register !== undefined)) {
    if (f.id === "pupilMobility" && register) {
      blocks.push({
        row,
        col: LABEL_COL,
        cells: [
          ["SEN register (provision codes)", register.reference, "The column the formulas count: K, E, A, P, S, N."],
        ],
        style: "label",
      });
      row += 1;
    }
    let value: ModelCell = (inputs[f.id] as ModelCell | undefined) ?? null;
    if (f.id === "senSupportWeight") value = inputs.senSupportWeight;
    if (f.id === "weightReason") value = inputs.weightReason ?? DEFAULT_WEIGHT_REASON;
    blocks.push({
      row,
      col: LABEL_COL,
      cells: [[f.label, value]],
      numberFormat: [null, f.cellFormat],
      style: "label",
    });
    row += 1;
  }
  row += 1;

  // 2. The guide and the gap.
  const budget = cell("notionalSenBudget");
  const mobility = optional("pupilMobility");
  const weight = optional("senSupportWeight");
  const allocated = cell("allocatedHours");
  const breakdownFromCounts = () =>
    sencoBreakdown({
      notionalSenBudget: inputs.notionalSenBudget,
      schoolAction: inputs.schoolAction ?? 0,
      schoolActionPlus: inputs.schoolActionPlus ?? 0,
      statements: inputs.statements ?? 0,
      pupilMobility: inputs.pupilMobility,
    });
  const registerWorking = () =>
    sencoBreakdownFromRegister(
      inputs.notionalSenBudget,
      countRegister(register!.cells),
      inputs.pupilMobility,
      inputs.senSupportWeight,
    );
  const guidePreview = rulePreview(() => (register ? registerWorking() : breakdownFromCounts()).recommendedHours);
  const guideFormula = register
    ? `=SEND.SENCOHOURSFROMREGISTER(${budget},${register.reference},${mobility},${weight})`
    : `=SEND.SENCOHOURS(${budget},${cell("schoolAction")},${cell("schoolActionPlus")},${cell("statements")},${mobility})`;

  blocks.push({ row, col: 0, cells: [["The guide and the time allocated"]], style: "heading" });
  row += 1;
  const guideCell = abs(row, VALUE_COL);
  const allocatedCell = abs(row + 1, VALUE_COL);
  const differencePreview = typeof guidePreview === "number" ? inputs.allocatedHours - guidePreview : guidePreview;
  const guideRows: LabelRow[] = [
    ["Guide: minimum SENCO hours a week", formula(guideFormula, guidePreview), "0"],
    ["Hours allocated a week now", formula(`=${allocated}`, inputs.allocatedHours), HOURS_VALUE_FORMAT],
    [
      "Allocated minus guide (hours a week)",
      formula(`=${allocatedCell}-${guideCell}`, differencePreview),
      HOURS_VALUE_FORMAT,
    ],
  ];
  labelRows(guideRows);
  notes(
    [
      formula(
        gapSentenceFormula(guideCell, allocatedCell),
        typeof guidePreview === "number" ? gapSentence(guidePreview, inputs.allocatedHours) : guidePreview,
      ),
    ],
    1,
  );

  // The working, as the guidance shows it for School X.
  blocks.push({ row, col: 0, cells: [["The working, as the guidance shows it for School X"]], style: "heading" });
  row += 1;
  if (!register) {
    const rows = workingRowsFromCounts(breakdownFromCounts);
    blocks.push({ row, col: 0, cells: [["Step", "Points or hours"]], style: "header" });
    blocks.push({
      row: row + 1,
      col: 0,
      cells: [
        [
          formula(
            `=SEND.SENCOBREAKDOWN(${budget},${cell("schoolAction")},${cell("schoolActionPlus")},${cell("statements")},${mobility})`,
            rows[0]?.[0] ?? "",
          ),
        ],
      ],
      numberFormat: [null, "0"],
      spill: { rows: SENCO_BREAKDOWN_LABELS.length, cols: 2, preview: rows },
    });
    row += 1 + SENCO_BREAKDOWN_LABELS.length + 1;
  } else {
    const countRows = registerCountPreview(register.cells);
    blocks.push({ row, col: 0, cells: [["Pupils by SEN provision code", "Pupils"]], style: "header" });
    const countsTop = row + 1;
    blocks.push({
      row: countsTop,
      col: 0,
      cells: [[formula(`=SEND.SENREGISTERCOUNTS(${register.reference})`, countRows[0]?.[0] ?? "")]],
      numberFormat: [null, "0"],
      spill: { rows: 7, cols: 2, preview: countRows },
    });
    row = countsTop + 7;
    // Counts in the spill: K, E, A, P, S, N, on the register (SEND.SENREGISTERCOUNTS's order).
    const count = (index: number) => abs(countsTop + index, VALUE_COL);
    const working = attemptRule(registerWorking);
    const p = (pick: (w: ReturnType<typeof registerWorking>) => number): Scalar =>
      "value" in working ? pick(working.value) : working.error;
    const first = row;
    const pointsRows: [string, string, Scalar][] = [
      [SENCO_BREAKDOWN_LABELS[0]!, `=SEND.SENCOPOINTS(${budget},0,0,0)`, p((w) => w.budgetPoints)],
      [
        "SEN support points (K x points for each)",
        `=${count(0)}*IF(${cell("senSupportWeight")}="",${DEFAULT_SEN_SUPPORT_WEIGHT},${cell("senSupportWeight")})`,
        p((w) => w.senSupportPoints),
      ],
      [SENCO_BREAKDOWN_LABELS[1]!, `=SEND.SENCOPOINTS(0,${count(2)},0,0)`, p((w) => w.schoolActionPoints)],
      [SENCO_BREAKDOWN_LABELS[2]!, `=SEND.SENCOPOINTS(0,0,${count(3)},0)`, p((w) => w.schoolActionPlusPoints)],
      [
        "Statement/EHC plan points ((E + S) x 5)",
        `=SEND.SENCOPOINTS(0,0,0,${count(1)}+${count(4)})`,
        p((w) => w.statementPoints),
      ],
      [
        SENCO_BREAKDOWN_LABELS[4]!,
        `=SUM(${abs(first, VALUE_COL)}:${abs(first + 4, VALUE_COL)})`,
        p((w) => w.totalPoints),
      ],
      [
        SENCO_BREAKDOWN_LABELS[5]!,
        `=SEND.SENCOHOURSFROMREGISTER(${budget},${register.reference},"",${weight})`,
        p((w) => w.hoursFromPoints),
      ],
      [
        SENCO_BREAKDOWN_LABELS[6]!,
        `=IF(${cell("pupilMobility")}="",0,SEND.SENCOMOBILITYHOURS(${cell("pupilMobility")}))`,
        rulePreview(() => mobilityHours(inputs.pupilMobility)),
      ],
      [SENCO_BREAKDOWN_LABELS[7]!, `=${guideCell}`, guidePreview],
    ];
    for (const [label, text, preview] of pointsRows) {
      blocks.push({
        row,
        col: 0,
        cells: [[label, formula(text, preview)]],
        numberFormat: [null, "0.##"],
        style: "label",
      });
      row += 1;
    }
    row += 1;
  }

  // 3. Cost.
  blocks.push({ row, col: 0, cells: [["Cost"]], style: "heading" });
  row += 1;
  const salary = cell("annualSalary");
  const onCost = optional("onCostRate");
  const guideNumber = typeof guidePreview === "number" ? guidePreview : undefined;
  const cost = (hours: number | undefined): Scalar =>
    inputs.annualSalary === undefined
      ? ""
      : hours === undefined
        ? (guidePreview as Scalar)
        : rulePreview(() => sencoTimeCost(hours, inputs.annualSalary!, inputs.onCostRate));
  const ifSalary = (text: string) => `=IF(${salary}="","",${text})`;
  const costRows: [string, ModelCell, string][] = [
    [
      "Hours allocated as a share of a full-time teacher (FTE)",
      formula(
        `=SEND.SENCOTIMEFTE(${allocated})`,
        rulePreview(() => sencoTimeFte(inputs.allocatedHours)),
      ),
      FTE_FORMAT,
    ],
    [
      "Guide hours as FTE",
      formula(
        `=SEND.SENCOTIMEFTE(${guideCell})`,
        guideNumber === undefined ? guidePreview : rulePreview(() => sencoTimeFte(guideNumber)),
      ),
      FTE_FORMAT,
    ],
    [
      "Cost of the hours allocated, a year",
      formula(ifSalary(`SEND.SENCOTIMECOST(${allocated},${salary},${onCost})`), cost(inputs.allocatedHours)),
      MONEY_FORMAT,
    ],
    [
      "Cost of the guide hours, a year",
      formula(ifSalary(`SEND.SENCOTIMECOST(${guideCell},${salary},${onCost})`), cost(guideNumber)),
      MONEY_FORMAT,
    ],
    [
      "Cost of closing the gap, a year",
      formula(
        ifSalary(`IF(${guideCell}>${allocated},SEND.SENCOTIMECOST(${guideCell}-${allocated},${salary},${onCost}),0)`),
        guideNumber === undefined
          ? cost(undefined)
          : guideNumber > inputs.allocatedHours
            ? cost(guideNumber - inputs.allocatedHours)
            : inputs.annualSalary === undefined
              ? ""
              : 0,
      ),
      MONEY_FORMAT,
    ],
  ];
  labelRows(costRows);
  notes(
    [
      "FTE: hours a week x 39 weeks / 1,265 hours, a full-time teacher's directed time.",
      "Source: School Teachers' Pay and Conditions Document (1,265 hours over 195 days).",
      "Cost: FTE x salary x (1 + on-cost rate); blank until a salary is entered.",
    ],
    1,
  );

  // 4. Qualification.
  blocks.push({ row, col: 0, cells: [["The SENCO qualification"]], style: "heading" });
  row += 1;
  const appointed = cell("appointmentSerial");
  const neededCell = abs(row, VALUE_COL);
  const appointment = inputs.appointmentSerial;
  const neededPreview: Scalar =
    appointment === undefined
      ? ""
      : rulePreview(() => qualificationNeeded(appointment, inputs.qualificationHeld, inputs.nasencoStartSerial));
  const duePreview: Scalar =
    appointment === undefined
      ? ""
      : neededPreview === "Not required"
        ? "Not required"
        : rulePreview(() => qualificationDue(appointment));
  const qualificationRows: LabelRow[] = [
    [
      "Qualification still needed",
      formula(
        `=IF(${appointed}="","",SEND.SENCOQUALIFICATIONNEEDED(${appointed},${optional("qualificationHeld")},${optional("nasencoStartSerial")}))`,
        neededPreview,
      ),
      null,
    ],
    [
      "Must hold it by",
      formula(
        `=IF(${appointed}="","",IF(${neededCell}="Not required","Not required",SEND.SENCOQUALIFICATIONDUE(${appointed})))`,
        duePreview,
      ),
      DATE_FORMAT,
    ],
  ];
  labelRows(qualificationRows);
  notes(
    [
      "Appointed after 01/09/2009: within 3 years (SEND Regulations 2014, reg 49); 01/09/2008 to 01/09/2009: by 01/09/2012.",
      "A NASENCO course started before 01/09/2024 counts if completed before 01/09/2027.",
      "Otherwise the NPQ for SENCOs. Blank until the date appointed is entered.",
    ],
    1,
  );

  // 5. What the guidance expects besides time.
  blocks.push({ row, col: 0, cells: [["What the guidance expects besides time"]], style: "heading" });
  row += 1;
  notes(
    [
      "As the guidance sets them out, citing the NUT Charter (June 2006).",
      "Fill in the middle column: updating the statement keeps what is there.",
    ],
    0,
  );
  const answer = (headers: readonly string[], item: string): ModelCell =>
    options.answers?.get(answerKey(headers[0]!, item)) ?? null;
  const checklist = (name: string, heading: string, headers: readonly string[], items: readonly string[]) => {
    blocks.push({ row, col: 0, cells: [[heading]], style: "heading" });
    row += 1;
    tables.push({
      name,
      row,
      col: 0,
      headers,
      rows: items.map((item) => [item, answer(headers, item), SENCO_TIME_GUIDANCE_TITLE]),
    });
    row += items.length + 2;
  };
  checklist("SENCO_Facilities", "Facilities for the SENCO", FACILITIES_HEADERS, SENCO_FACILITIES);
  checklist(
    "SENCO_Intensive_Times",
    "Times of the year that need intensive extra input",
    ACTIVITIES_HEADERS,
    SENCO_INTENSIVE_ACTIVITIES,
  );
  blocks.push({ row, col: 0, cells: [["The SENCO and the leadership team"]], style: "heading" });
  row += 1;
  tables.push({
    name: "SENCO_Leadership",
    row,
    col: 0,
    headers: LEADERSHIP_HEADERS,
    rows: [
      [
        SENCO_LEADERSHIP_RECOMMENDATION,
        formula(
          `=IF(OR(${cell("onLeadershipTeam")}=TRUE,${cell("onLeadershipTeam")}="Yes"),"Yes","No")`,
          inputs.onLeadershipTeam ? "Yes" : "No",
        ),
        SENCO_TIME_GUIDANCE_TITLE,
      ],
    ],
  });
  row += 2;

  return {
    title: STATEMENT_SHEET_NAME,
    blocks,
    tables,
    columnWidths: [...STATEMENT_COLUMN_WIDTHS],
    wrapColumns: [...STATEMENT_WRAP_COLUMNS],
    pageLayout: {
      orientation: "Portrait",
      paperSize: "A4",
      fitToPagesWide: 1,
      printArea: `A1:C${row}`,
      printTitleRows: "$1:$1",
    },
  };
}

/** A spill's preview rows, or the Excel error text and the rule's message in one row. */
function spillPreview(run: () => Scalar[][]): Scalar[][] {
  const result = attemptRule(run);
  return "value" in result ? result.value : [[result.error, result.message]];
}

function workingRowsFromCounts(breakdown: () => ReturnType<typeof sencoBreakdown>): Scalar[][] {
  return spillPreview(() => sencoBreakdownRows(breakdown()));
}

function registerCountPreview(cells: readonly (readonly unknown[])[]): Scalar[][] {
  return spillPreview(() => registerCountRows(countRegister(cells)));
}

/** The labels of a statement's input rows, with the register row when there is one (for tests and the reader). */
export function statementInputLabels(withRegister: boolean): string[] {
  const labels: string[] = [];
  for (const f of statementFields(withRegister)) {
    if (f.id === "pupilMobility" && withRegister) labels.push(REGISTER_ROW_LABEL);
    labels.push(f.label);
  }
  return labels;
}
