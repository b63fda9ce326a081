/**
 * What the forecast's sections share, worked out once before they are built: the sheet's inputs,
 * the names its tables are given, where everything sits for its number of months, and the
 * forecast's preview from the rule SEND.LEVYFORECAST runs.
 */
import { levyForecast } from "../../rules/levy-forecast";
import type { ForecastTransfer } from "../../rules/levy-forecast";
import { attemptRule } from "../rule-preview";
import { freeTableName } from "../sheet-names";
import { levyLayout, type LevyLayout } from "./levy-layout";

/** One apprenticeship of the table. */
export interface LevySheetApprenticeship {
  readonly name: string;
  readonly startSerial: number;
  /** The price the levy account pays: the agreed price up to the funding band. */
  readonly price: number;
  readonly months: number;
  readonly ageAtStart?: number;
  readonly careLeaverOrEhcPlan?: boolean;
  /** 2 to 7 (the SLMDA is Level 7); left out, the level's rules are not applied. */
  readonly level?: number;
}

/** One transfer of the account's funds to another employer's apprenticeship. */
export interface LevySheetTransfer extends ForecastTransfer {
  readonly receivingEmployer: string;
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
  /** Transfers of the account's funds to other employers; none when left out. */
  readonly transfers?: readonly LevySheetTransfer[];
}

/** The names the tables are given: the writer passes free names when a workbook already uses these. */
export interface LevyTableNames {
  readonly apprenticeships: string;
  readonly funds: string;
  readonly transfers: string;
}
export const DEFAULT_LEVY_TABLE_NAMES: LevyTableNames = {
  apprenticeships: "LevyApprenticeships",
  funds: "LevyFunds",
  transfers: "LevyTransfers",
};

/** The tables' names, free in a workbook whose tables are `inUse` (a second forecast gets LevyFunds_2, ...). */
export function freeLevyTableNames(inUse: readonly string[]): LevyTableNames {
  const apprenticeships = freeTableName(DEFAULT_LEVY_TABLE_NAMES.apprenticeships, inUse);
  const funds = freeTableName(DEFAULT_LEVY_TABLE_NAMES.funds, [...inUse, apprenticeships]);
  return {
    apprenticeships,
    funds,
    transfers: freeTableName(DEFAULT_LEVY_TABLE_NAMES.transfers, [...inUse, apprenticeships, funds]),
  };
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
      transfers: inputs.transfers,
    }),
  );
}

export interface LevyContext {
  readonly inputs: LevySheetInputs;
  /** The names the formulas give the tables. */
  readonly tables: LevyTableNames;
  /** Where everything sits for the inputs' number of months. */
  readonly layout: LevyLayout;
  /** The forecast month by month from the rule (the previews of the spill, the sentences and the chart data), or its error. */
  readonly preview: ReturnType<typeof levySheetForecast>;
}

export function levyContext(inputs: LevySheetInputs, tables: LevyTableNames): LevyContext {
  return { inputs, tables, layout: levyLayout(inputs.months), preview: levySheetForecast(inputs) };
}
