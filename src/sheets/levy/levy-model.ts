/**
 * The live levy forecast sheet as a pure model: a trust's (or a local authority's) levy account
 * month by month, for the Excel writer to write and the preview to render.
 *
 * - Inputs: the pay bill, the English share and the first month shown (column B).
 * - Plain sentences the figures drive: "£X of levy funds expire in <month> unless spent", "From
 *   <month> the account runs short: the employer pays £Y in co-investment over the forecast".
 * - The SEND.LEVYFORECAST spill over the inputs and two Excel tables: the funds in the account
 *   when the forecast starts (month entered, amount unspent) and the apprenticeships (name, start,
 *   price the levy pays, planned months, age, care leaver or EHC plan), filled from the plans given.
 * - Chart data beside the spill (balance, funds expired, employer co-investment) and a line chart.
 *
 * The tables sit at the bottom, with nothing below them, so a row added to either grows it freely;
 * structured references make the spill, the sentences and the chart follow. Formulas work in
 * every Excel with custom functions: INDEX/MATCH, no XLOOKUP, and no spill reference (A15#): the
 * number of months is fixed when the sheet is made, so every range over the spill is a plain one
 * of exactly its size. Preview values come from the same rule the function runs (src/rules).
 *
 * Built from small named sections (title, inputs, sentences, forecast, chart, tables), each a
 * function of the layout and the inputs. The formulas name the tables, so a writer gives the
 * model the free table names it will use (LevyTableNames) and creates the tables before it
 * writes the formulas that refer to them.
 */
import { fundingBreakdown } from "../../rules/apprenticeship-funding";
import {
  LEVY_FORECAST_HEADERS,
  levyForecast,
  levyForecastRows,
  type LevyForecastMonth,
} from "../../rules/levy-forecast";
import { SLMDA_ROUTES, slmdaRoute } from "../../rules/slmda-programme";
import { columnLetters } from "../a1-address";
import { DATE_FORMAT, MONEY_FORMAT } from "../number-format";
import type { PlanInputs } from "../plan/plan-fields";
import { attemptRule, formula } from "../rule-preview";
import { freeTableName } from "../sheet-names";
import type { Block, ChartSpec, ModelCell, SheetModel, TableSpec } from "../sheet-model";

/** The sheet's name. */
export const LEVY_SHEET_NAME = "Levy forecast";
/** Text in A2: how the pane recognises a forecast sheet it made. */
export const LEVY_MARKER = "Levy forecast made with the SEND leadership add-in";

/** The heading over the spill (the months and "pounds" follow it). */
export const FORECAST_HEADING = "The account month by month";

/** One apprenticeship of the table. */
export interface LevySheetApprenticeship {
  readonly name: string;
  readonly startSerial: number;
  /** The price the levy account pays: the agreed price up to the funding band. */
  readonly price: number;
  readonly months: number;
  readonly ageAtStart?: number;
  readonly careLeaverOrEhcPlan?: boolean;
}

export interface LevySheetInputs {
  readonly annualPayBill: number;
  /** 0 to 1; left blank (100%) when undefined. */
  readonly englishShare?: number;
  /** Any date in the first month shown. */
  readonly firstMonthSerial: number;
  /** Months shown, 1 to 60: fixed when the sheet is made (it sizes the ranges over the spill). */
  readonly months: number;
  /** Funds in the account when the forecast starts, by the month they entered. */
  readonly funds: readonly { readonly monthSerial: number; readonly amount: number }[];
  readonly apprenticeships: readonly LevySheetApprenticeship[];
}

/** The names the tables are given: the writer passes free names when a workbook already uses these. */
export interface LevyTableNames {
  readonly apprenticeships: string;
  readonly funds: string;
}
export const DEFAULT_LEVY_TABLE_NAMES: LevyTableNames = { apprenticeships: "LevyApprenticeships", funds: "LevyFunds" };

/** The tables' names, free in a workbook whose tables are `inUse` (a second forecast gets LevyFunds_2, ...). */
export function freeLevyTableNames(inUse: readonly string[]): LevyTableNames {
  const apprenticeships = freeTableName(DEFAULT_LEVY_TABLE_NAMES.apprenticeships, inUse);
  return { apprenticeships, funds: freeTableName(DEFAULT_LEVY_TABLE_NAMES.funds, [...inUse, apprenticeships]) };
}

export const APPRENTICESHIP_HEADERS = [
  "Name",
  "Start date",
  "Price the levy pays",
  "Planned months",
  "Age at start",
  "Care leaver or EHC plan",
] as const;
export const FUNDS_HEADERS = ["Month entered", "Amount unspent"] as const;
export const CHART_HEADERS = ["Month", "Balance at month end", "Funds expired", "Employer co-investment"] as const;

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A section of the sheet: its name and what it puts there. */
export interface LevySection {
  readonly name: string;
  readonly blocks: readonly Block[];
  readonly tables?: readonly TableSpec[];
  readonly charts?: readonly ChartSpec[];
}

/** Where everything sits (zero-based rows and columns), for a number of months. */
export interface LevyLayout {
  readonly months: number;
  /** Rows of the inputs: pay bill, English share, first month (values in column B). */
  readonly inputRow: number;
  readonly sentenceRow: number;
  /** The spill's anchor (its header row); the months follow. */
  readonly spillRow: number;
  /** Column of the chart data, and of the chart after it. */
  readonly chartDataCol: number;
  readonly chartCol: number;
  /** The two tables' header row. */
  readonly tableRow: number;
  readonly fundsCol: number;
  readonly apprenticeshipsCol: number;
}

export function levyLayout(months: number): LevyLayout {
  const spillRow = 14;
  return {
    months,
    inputRow: 5,
    sentenceRow: 10,
    spillRow,
    chartDataCol: 10,
    chartCol: 15,
    tableRow: spillRow + months + 3,
    fundsCol: 0,
    apprenticeshipsCol: 3,
  };
}

/** Absolute reference of a zero-based cell: $B$6. */
function abs(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

/** The spill's data rows (the months, not the header) in the column of `header`. */
function spillColumn(layout: LevyLayout, header: string): string {
  const col = LEVY_FORECAST_HEADERS.indexOf(header);
  return `${abs(layout.spillRow + 1, col)}:${abs(layout.spillRow + layout.months, col)}`;
}

/** A month's name and year, as the sentences say it (and their formulas work it out): "July 2029". */
export function monthWords(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The same in a formula, for a cell holding a date: CHOOSE(MONTH(x),"January",...)&" "&YEAR(x). */
function monthWordsFormula(cell: string, names: readonly string[] = MONTH_NAMES): string {
  return `CHOOSE(MONTH(${cell}),${names.map((n) => `"${n}"`).join(",")})&" "&YEAR(${cell})`;
}

/** Money as FIXED(x,2) shows it in en-GB: 1,234.50. */
function money(value: number): string {
  return value.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const col = (name: string) => LEVY_FORECAST_HEADERS.indexOf(name);

/** "£X of levy funds expire in <month> unless spent", for the first month any expire. */
export function expirySentence(months: readonly LevyForecastMonth[]): string {
  const first = months.find((m) => m[col("Funds expired")]! > 0);
  return first === undefined
    ? "No levy funds expire in the forecast."
    : `£${money(first[col("Funds expired")]!)} of levy funds expire in ${monthWords(first[0]!)} unless spent.`;
}

/** "From <month> the account runs short: the employer pays £Y in co-investment over the forecast". */
export function shortfallSentence(months: readonly LevyForecastMonth[]): string {
  const short = (m: LevyForecastMonth) => m[col("Employer co-investment")]! + m[col("Government co-investment")]! > 0;
  const first = months.find(short);
  if (first === undefined) return "The levy funds cover every payment in the forecast.";
  const employer = months.reduce((sum, m) => sum + Math.round(m[col("Employer co-investment")]! * 100), 0) / 100;
  return `From ${monthWords(first[0]!)} the account runs short: the employer pays £${money(employer)} in co-investment over the forecast.`;
}

/** What the sheet's forecast gives for these inputs (the preview), or its error. */
export function levySheetForecast(inputs: LevySheetInputs) {
  return attemptRule(() =>
    levyForecast({
      annualPayBill: inputs.annualPayBill,
      apprenticeships: inputs.apprenticeships,
      firstMonthSerial: inputs.firstMonthSerial,
      months: inputs.months,
      englishShare: inputs.englishShare,
      fundsInAccount: inputs.funds,
    }),
  );
}

function titleSection(): LevySection {
  return {
    name: "title",
    blocks: [
      { row: 0, col: 0, cells: [["Levy account forecast"]], style: "title" },
      {
        row: 1,
        col: 0,
        cells: [
          [LEVY_MARKER],
          [
            "Live: SEND.LEVYFORECAST over the inputs and the two tables at the bottom. Add a row to a table to update it.",
          ],
        ],
        style: "note",
      },
    ],
  };
}

function inputsSection(inputs: LevySheetInputs, layout: LevyLayout): LevySection {
  const rows: [string, ModelCell, string][] = [
    ["Annual pay bill", inputs.annualPayBill, MONEY_FORMAT],
    ["English share (blank: 100%)", inputs.englishShare === undefined ? null : inputs.englishShare, "0%"],
    ["First month shown", inputs.firstMonthSerial, DATE_FORMAT],
  ];
  return {
    name: "inputs",
    blocks: [
      { row: layout.inputRow - 1, col: 0, cells: [["Inputs"]], style: "heading" },
      ...rows.map(([label, value, format], i): Block => ({
        row: layout.inputRow + i,
        col: 0,
        cells: [[label, value]],
        numberFormat: [null, format],
        style: "label",
      })),
    ],
  };
}

/** The SEND.LEVYFORECAST formula over the inputs and the tables. */
export function levyForecastFormula(layout: LevyLayout, tables: LevyTableNames): string {
  const input = (i: number) => abs(layout.inputRow + i, 1);
  const share = `IF(${input(1)}="","",${input(1)})`;
  const apprentices = `${tables.apprenticeships}[[${APPRENTICESHIP_HEADERS[1]}]:[${APPRENTICESHIP_HEADERS[5]}]]`;
  return `=SEND.LEVYFORECAST(${input(0)},${apprentices},${input(2)},${layout.months},${share},${tables.funds})`;
}

function sentencesSection(layout: LevyLayout, preview: ReturnType<typeof levySheetForecast>): LevySection {
  const anchor = abs(layout.spillRow, 0);
  const months = spillColumn(layout, "Month");
  const expired = spillColumn(layout, "Funds expired");
  const employer = spillColumn(layout, "Employer co-investment");
  const government = spillColumn(layout, "Government co-investment");
  const firstWhere = (test: string) => `MATCH(TRUE,INDEX(${test},0),0)`;
  const monthOf = (test: string) => monthWordsFormula(`INDEX(${months},${firstWhere(test)})`);
  const error = "The forecast shows an error: correct the inputs or the tables.";
  const expiry =
    `=IF(ISERROR(${anchor}),"${error}",IFERROR("£"&FIXED(INDEX(${expired},${firstWhere(`${expired}>0`)}),2)` +
    `&" of levy funds expire in "&${monthOf(`${expired}>0`)}&" unless spent.","No levy funds expire in the forecast."))`;
  const shortTest = `(${employer}+${government})>0`;
  const shortfall =
    `=IF(ISERROR(${anchor}),"",IFERROR("From "&${monthOf(shortTest)}&" the account runs short: the employer pays £"` +
    `&FIXED(SUM(${employer}),2)&" in co-investment over the forecast.","The levy funds cover every payment in the forecast."))`;
  const ok = "value" in preview;
  return {
    name: "sentences",
    blocks: [
      { row: layout.sentenceRow - 1, col: 0, cells: [["What the forecast says"]], style: "heading" },
      {
        row: layout.sentenceRow,
        col: 0,
        cells: [
          [formula(expiry, ok ? expirySentence(preview.value) : error)],
          [formula(shortfall, ok ? shortfallSentence(preview.value) : "")],
        ],
        style: "note",
      },
    ],
  };
}

function forecastSection(
  layout: LevyLayout,
  tables: LevyTableNames,
  preview: ReturnType<typeof levySheetForecast>,
): LevySection {
  const rows = "value" in preview ? levyForecastRows(preview.value) : [[preview.error, preview.message]];
  return {
    name: "forecast",
    blocks: [
      {
        row: layout.spillRow - 1,
        col: 0,
        cells: [[`${FORECAST_HEADING} (${layout.months} months; pounds)`]],
        style: "heading",
      },
      {
        row: layout.spillRow,
        col: 0,
        cells: [[formula(levyForecastFormula(layout, tables), rows[0]![0]!)]],
        numberFormat: [DATE_FORMAT, ...LEVY_FORECAST_HEADERS.slice(1).map(() => MONEY_FORMAT)],
        spill: { rows: layout.months + 1, cols: LEVY_FORECAST_HEADERS.length, preview: rows },
      },
    ],
  };
}

/** Chart data beside the spill: each month's name, balance, funds expired and employer co-investment. */
function chartSection(layout: LevyLayout, preview: ReturnType<typeof levySheetForecast>): LevySection {
  const months = "value" in preview ? preview.value : [];
  const cells: ModelCell[][] = [];
  for (let i = 0; i < layout.months; i += 1) {
    const row = layout.spillRow + 1 + i;
    const month = months[i];
    const at = (name: string) => abs(row, col(name));
    const value = (name: string) => formula(`=${at(name)}`, month === undefined ? 0 : month[col(name)]!);
    cells.push([
      formula(
        `=IF(ISNUMBER(${at("Month")}),${monthWordsFormula(
          at("Month"),
          MONTH_NAMES.map((n) => n.slice(0, 3)),
        )},"")`,
        month === undefined ? "" : monthWords(month[0]!).replace(/^(\w{3})\w*/, "$1"),
      ),
      value("Balance at month end"),
      value("Funds expired"),
      value("Employer co-investment"),
    ]);
  }
  const first = layout.chartDataCol;
  const last = first + CHART_HEADERS.length - 1;
  return {
    name: "chart",
    blocks: [
      { row: layout.spillRow - 1, col: first, cells: [["Chart data"]], style: "heading" },
      { row: layout.spillRow, col: first, cells: [[...CHART_HEADERS]], style: "header" },
      { row: layout.spillRow + 1, col: first, cells, numberFormat: [null, MONEY_FORMAT, MONEY_FORMAT, MONEY_FORMAT] },
    ],
    charts: [
      {
        type: "Line",
        title: "Levy account: balance, funds expiring and employer co-investment",
        dataRange: `${columnLetters(first)}${layout.spillRow + 1}:${columnLetters(last)}${layout.spillRow + 1 + layout.months}`,
        row: layout.spillRow - 1,
        col: layout.chartCol,
      },
    ],
  };
}

function tablesSection(inputs: LevySheetInputs, layout: LevyLayout, tables: LevyTableNames): LevySection {
  const funds: ModelCell[][] = inputs.funds.map((f) => [f.monthSerial, f.amount]);
  const apprenticeships: ModelCell[][] = inputs.apprenticeships.map((a) => [
    a.name,
    a.startSerial,
    a.price,
    a.months,
    a.ageAtStart === undefined ? null : a.ageAtStart,
    a.careLeaverOrEhcPlan === true ? true : null,
  ]);
  // An Excel table has at least one row: a blank one, which the forecast skips.
  const orBlank = (rows: ModelCell[][], width: number) =>
    rows.length > 0 ? rows : [new Array<ModelCell>(width).fill(null)];
  return {
    name: "tables",
    blocks: [
      {
        row: layout.tableRow - 1,
        col: layout.fundsCol,
        cells: [["Funds in the account when the forecast starts"]],
        style: "heading",
      },
      { row: layout.tableRow - 1, col: layout.apprenticeshipsCol, cells: [["Apprenticeships"]], style: "heading" },
    ],
    tables: [
      {
        name: tables.funds,
        row: layout.tableRow,
        col: layout.fundsCol,
        headers: FUNDS_HEADERS,
        rows: orBlank(funds, FUNDS_HEADERS.length),
        numberFormat: [DATE_FORMAT, MONEY_FORMAT],
      },
      {
        name: tables.apprenticeships,
        row: layout.tableRow,
        col: layout.apprenticeshipsCol,
        headers: APPRENTICESHIP_HEADERS,
        rows: orBlank(apprenticeships, APPRENTICESHIP_HEADERS.length),
        numberFormat: [null, DATE_FORMAT, MONEY_FORMAT, "0", "0", null],
      },
    ],
  };
}

/** The sheet's sections, in order. */
export function levySections(
  inputs: LevySheetInputs,
  tables: LevyTableNames = DEFAULT_LEVY_TABLE_NAMES,
): LevySection[] {
  const layout = levyLayout(inputs.months);
  const preview = levySheetForecast(inputs);
  return [
    titleSection(),
    inputsSection(inputs, layout),
    sentencesSection(layout, preview),
    forecastSection(layout, tables, preview),
    chartSection(layout, preview),
    tablesSection(inputs, layout, tables),
  ];
}

/** The forecast sheet's model. */
export function buildLevyForecastModel(
  inputs: LevySheetInputs,
  tables: LevyTableNames = DEFAULT_LEVY_TABLE_NAMES,
): SheetModel {
  const sections = levySections(inputs, tables);
  const layout = levyLayout(inputs.months);
  const lastRow = layout.tableRow + Math.max(1, inputs.funds.length, inputs.apprenticeships.length) + 1;
  return {
    title: LEVY_SHEET_NAME,
    blocks: sections.flatMap((s) => s.blocks),
    tables: sections.flatMap((s) => s.tables ?? []),
    charts: sections.flatMap((s) => s.charts ?? []),
    columnWidths: [110, 95, 95, 110, 95, 95, 95, 95, 95, 20, 70, 95, 95, 95],
    pageLayout: {
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      printArea: `A1:${columnLetters(layout.chartDataCol + CHART_HEADERS.length - 1)}${lastRow}`,
      printTitleRows: `$${layout.spillRow + 1}:$${layout.spillRow + 1}`,
    },
  };
}

/**
 * An apprenticeship of the table from an SLMDA plan: the apprentice's name, start, planned months
 * of the route, and the price the levy pays (the price up to the funding band, or 0 when the
 * Level 7 age rule funds none of it). Plans of employers that pay no levy have no place in a levy
 * account: undefined.
 */
export function apprenticeshipFromPlan(plan: PlanInputs): LevySheetApprenticeship | undefined {
  if (!plan.levyPayer) return undefined;
  const funding = attemptRule(() =>
    fundingBreakdown({
      price: plan.price,
      levyPayer: true,
      startSerial: plan.startSerial,
      ageAtStart: plan.ageAtStart,
      careLeaverOrEhcPlan: plan.careLeaverOrEhcPlan === true,
    }),
  );
  return {
    name: plan.apprenticeName,
    startSerial: plan.startSerial,
    price: "value" in funding ? funding.value.fromLevy : plan.price,
    months: SLMDA_ROUTES[slmdaRoute(plan.nasencoCompleted)].months,
    ageAtStart: plan.ageAtStart,
    careLeaverOrEhcPlan: plan.careLeaverOrEhcPlan,
  };
}

/** The table's apprenticeships from the plans given (levy payers' only). */
export function apprenticeshipsFromPlans(plans: readonly PlanInputs[]): LevySheetApprenticeship[] {
  const rows: LevySheetApprenticeship[] = [];
  for (const plan of plans) {
    const row = apprenticeshipFromPlan(plan);
    if (row) rows.push(row);
  }
  return rows;
}
