/**
 * The live levy forecast sheet as a pure model: a trust's (or a local authority's) levy account
 * month by month, for the Excel writer to write and the preview to render.
 *
 * - Inputs: the pay bill, the English share and the first month shown (column B).
 * - Sentences the figures drive, for a finance officer (sections/sentences.ts): what expires (in
 *   all, first, each financial year), what the employer pays in all, when the account first runs
 *   short, and the transfers starting this tax year against its allowance.
 * - The SEND.LEVYFORECAST spill over the inputs and three Excel tables: the funds in the account
 *   when the forecast starts (month entered, amount unspent), the apprenticeships (name, start,
 *   price up to the band, planned months, age, care leaver or EHC plan, level), filled from the
 *   plans given, and the transfers to other employers (start, price, months, receiving employer).
 * - Chart data beside the spill (balance, funds expired, employer co-investment) and a line chart.
 *
 * The tables sit at the bottom, with nothing below them, so a row added to either grows it freely;
 * structured references make the spill, the sentences and the chart follow. Formulas work in
 * every Excel with custom functions: INDEX/MATCH, no XLOOKUP, and no spill reference (A15#): the
 * number of months is fixed when the sheet is made, so every range over the spill is a plain one
 * of exactly its size. Preview values come from the same rule the function runs (src/rules).
 *
 * The sheet is the list of its sections (LEVY_SECTIONS), folded down the sheet from its context
 * (levyContext: the inputs, the layout, the table names, the forecast's preview). The formulas
 * name the tables, so a writer gives the model the free table names it will use (LevyTableNames)
 * and creates the tables before it writes the formulas that refer to them.
 */
import { FUNDING_BAND_ST0480 } from "../../rules/apprenticeship-funding";
import { LEVEL_7 } from "../../rules/apprenticeship-levels";
import { ruleInForce } from "../../rules/excel-dates";
import { SLMDA_ROUTES, slmdaRoute } from "../../rules/slmda-programme";
import { columnLetters } from "../a1-address";
import type { PlanInputs } from "../plan/plan-fields";
import { fitWidthScale } from "../print-estimate";
import { foldSections, type Section } from "../sections";
import type { SheetModel } from "../sheet-model";
import {
  DEFAULT_LEVY_TABLE_NAMES,
  levyContext,
  type LevyContext,
  type LevySheetApprenticeship,
  type LevySheetInputs,
  type LevySheetTransfer,
  type LevyTableNames,
} from "./levy-context";
import { CHART_HEADERS, LEVY_COLUMN_WIDTHS, LEVY_SHEET_NAME } from "./levy-layout";
import { titleSection } from "./sections/title";
import { inputsSection } from "./sections/inputs";
import { sentencesSection } from "./sections/sentences";
import { forecastSection } from "./sections/forecast";
import { tablesSection } from "./sections/tables";

export {
  DEFAULT_LEVY_TABLE_NAMES,
  freeLevyTableNames,
  levySheetForecast,
  type LevySheetApprenticeship,
  type LevySheetInputs,
  type LevySheetTransfer,
  type LevyTableNames,
} from "./levy-context";
export {
  APPRENTICESHIP_HEADERS,
  CHART_HEADERS,
  FORECAST_HEADING,
  FUNDS_HEADERS,
  LEVY_MARKER,
  LEVY_SHEET_NAME,
  TRANSFER_HEADERS,
  levyLayout,
  type LevyLayout,
} from "./levy-layout";
export { sentencePreviews } from "./sections/sentence-words";
export { levyForecastFormula } from "./sections/forecast";

/** The forecast's sections, top to bottom: each a function of the context and its start row. */
export const LEVY_SECTIONS: readonly Section<LevyContext>[] = [
  titleSection,
  inputsSection,
  sentencesSection,
  forecastSection,
  tablesSection,
];

/** The forecast sheet's model: its sections in order, printed on A4 landscape, one page wide. */
export function buildLevyForecastModel(
  inputs: LevySheetInputs,
  tables: LevyTableNames = DEFAULT_LEVY_TABLE_NAMES,
): SheetModel {
  const context = levyContext(inputs, tables);
  const { blocks, tables: tableSpecs, charts, nextRow } = foldSections(LEVY_SECTIONS, context);
  const { layout } = context;
  return {
    title: LEVY_SHEET_NAME,
    blocks,
    tables: tableSpecs,
    charts,
    columnWidths: [...LEVY_COLUMN_WIDTHS],
    pageLayout: {
      orientation: "Landscape",
      paperSize: "A4",
      scale: fitWidthScale(LEVY_COLUMN_WIDTHS, layout.chartDataCol + CHART_HEADERS.length, "Landscape"),
      printArea: `A1:${columnLetters(layout.chartDataCol + CHART_HEADERS.length - 1)}${nextRow}`,
      printTitleRows: `$${layout.spillRow + 1}:$${layout.spillRow + 1}`,
    },
  };
}

/**
 * An apprenticeship of the table from an SLMDA plan: the apprentice's name, start, planned months
 * of the route, age, the care-leaver/EHC flag, Level 7 (ST0480 Senior Leader), and the price up to
 * the funding band for the start. Whether the levy may pay for it (the Level 7 age rule) is the
 * forecast's to say, from the same columns. Plans of employers that pay no levy, and plans funded
 * by a transfer of another employer's levy funds (the sender's account pays them), have no place
 * in this account: undefined.
 */
export function apprenticeshipFromPlan(plan: PlanInputs): LevySheetApprenticeship | undefined {
  if (!plan.levyPayer || plan.levyTransfer === true) return undefined;
  return {
    name: plan.apprenticeName,
    startSerial: plan.startSerial,
    price: Math.min(plan.price, ruleInForce(FUNDING_BAND_ST0480, plan.startSerial).max),
    months: SLMDA_ROUTES[slmdaRoute(plan.nasencoCompleted)].months,
    ageAtStart: plan.ageAtStart,
    careLeaverOrEhcPlan: plan.careLeaverOrEhcPlan,
    level: LEVEL_7,
  };
}

/**
 * A transfer of the table from an SLMDA plan funded by a levy transfer: the school's name as the
 * receiving employer, the start, the price up to the band and the planned months. Undefined for any
 * other plan, and for one the Level 7 age rule leaves unfunded (no transfer may pay for it).
 */
export function transferFromPlan(plan: PlanInputs, funded: boolean): LevySheetTransfer | undefined {
  if (plan.levyTransfer !== true || !funded) return undefined;
  return {
    receivingEmployer: plan.school,
    startSerial: plan.startSerial,
    price: Math.min(plan.price, ruleInForce(FUNDING_BAND_ST0480, plan.startSerial).max),
    months: SLMDA_ROUTES[slmdaRoute(plan.nasencoCompleted)].months,
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
