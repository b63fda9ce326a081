/**
 * Transfers of levy funds to other employers: the transfer allowance a levy payer may send in a
 * tax year, dated by the tax year it is for, and the check of a forecast's transfers against it.
 *
 * The allowance is a share (TRANSFER_ALLOWANCE) of the previous tax year's levy funds: the levy
 * declared × the English share, plus the top-up where it applied, "recalculated every tax year"
 * and "not carried forward" ([esfa-employer-rules-transfers] E184, E211.1). Each month's funds
 * are counted as the forecast counts them (monthlyLevyFundsPence: the top-up only on funds
 * entering before 01/08/2026, [dwp-110425]), so the top-up's part of the allowance ends with the
 * funds that carried it. The sending employer funds "the whole cost of the apprenticeship, up to
 * the funding band maximum" ([aps-transfers]): the prices of the transfers starting in a tax year
 * together may not exceed that year's allowance.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { field, say, noAnswerError } from "./errors";
import { checkNumber, type DateLimits } from "./inputs";
import { MONEY_LIMITS, poundsText, toPence } from "./money";
import { PERCENT_LIMITS } from "./percent";
import { ruleInForce, serialFromYmd, ymdFromSerial, type DatedRule } from "./excel-dates";
import { EARLIEST } from "./apprenticeship-start";
import { apprenticeshipLevy, monthlyLevyFundsPence } from "./apprenticeship-levy";

export interface TransferAllowanceRule extends DatedRule {
  /** The share of the previous tax year's levy funds a levy payer may transfer (0.5 is 50%); left out: no transfers yet. */
  readonly share?: number;
}

/** The tax year (from 6 April) whose allowance a row gives: the first day of that tax year. */
const taxYearFrom = (year: number) => serialFromYmd(year, 4, 6);

/** The transfer allowance, by the first day of the tax year it is for. */
export const TRANSFER_ALLOWANCE: readonly TransferAllowanceRule[] = [
  // Citations, row by row: TRANSFER_ALLOWANCE_CITED in apprenticeship-funding-sources.ts.
  {
    from: EARLIEST,
    // no transfers before the 2018 to 2019 tax year
  },
  {
    from: taxYearFrom(2018),
    share: 0.1,
  },
  {
    from: taxYearFrom(2019),
    share: 0.25,
  },
  {
    from: taxYearFrom(2024),
    share: 0.5,
  },
];

/** Start dates a transfer may have: from 06/04/2018, the first tax year with a transfer allowance. */
export const TRANSFER_START_LIMITS: DateLimits = {
  from: taxYearFrom(2018),
  why: "when levy transfers began (the 2018 to 2019 tax year's allowance)",
};

/** The tax year a date falls in, by the year it starts: 05/04/2027 is in 2026 (2026-27), 06/04/2027 in 2027. */
export function taxYearOf(serial: number): number {
  const { year } = ymdFromSerial(serial);
  return serial < taxYearFrom(year) ? year - 1 : year;
}

/** A tax year as people write it: "2026-27". */
export function taxYearText(year: number): string {
  return `${year}-${("0" + ((year + 1) % 100)).slice(-2)}`;
}

/** Pence of a tax year's levy funds: its twelve months, April to March, each entering on the 23rd. */
export function taxYearFundsPence(annualPayBill: number, englishShare: number, year: number): number {
  const levyPence = toPence(apprenticeshipLevy(annualPayBill));
  let total = 0;
  for (let k = 0; k < 12; k += 1) {
    const month = 4 + k;
    total += monthlyLevyFundsPence(
      levyPence,
      englishShare,
      serialFromYmd(year + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1, 23),
    );
  }
  return total;
}

export interface TransferAllowance {
  /** The tax year it is for, by the year it starts. */
  readonly taxYear: number;
  /** The share in force for that tax year (0 before transfers began). */
  readonly share: number;
  /** The previous tax year's levy funds, pence. */
  readonly fundsPence: number;
  /** The allowance, pence. */
  readonly pence: number;
}

/**
 * The transfer allowance for the tax year of `serial`: the share in force for it × the previous
 * tax year's levy funds for a constant `annualPayBill` (englishShare 1 when left out), to the penny.
 */
export function transferAllowance(
  annualPayBill: number,
  englishShare: number | undefined,
  serial: number,
): TransferAllowance {
  checkNumber("annual_pay_bill", annualPayBill, MONEY_LIMITS);
  const share = englishShare === undefined ? 1 : checkNumber("english_share", englishShare, PERCENT_LIMITS);
  const taxYear = taxYearOf(serial);
  const rule = ruleInForce(TRANSFER_ALLOWANCE, taxYearFrom(taxYear));
  const rate = rule.share === undefined ? 0 : rule.share;
  // The levy began on 06/04/2017: the 2016-17 tax year had no funds (and no allowance follows from it).
  const fundsPence = taxYear - 1 < 2017 ? 0 : taxYearFundsPence(annualPayBill, share, taxYear - 1);
  return { taxYear, share: rate, fundsPence, pence: Math.round(fundsPence * rate) };
}

/** A transfer as the allowance check reads it: its start, its price and its zero-based row in the range. */
export interface TransferForAllowance {
  readonly startSerial: number;
  readonly price: number;
}

/**
 * Check the transfers starting in each tax year against that year's allowance: "na" naming the
 * tax year, the allowance and the total asked for the first year beyond it.
 */
export function checkTransfersWithinAllowance(
  transfers: readonly TransferForAllowance[],
  annualPayBill: number,
  englishShare: number | undefined,
): void {
  const asked = new Map<number, number>();
  for (const t of transfers) {
    const year = taxYearOf(t.startSerial);
    asked.set(year, (asked.get(year) || 0) + toPence(t.price));
  }
  const years = [...asked.keys()].sort((a, b) => a - b);
  for (const year of years) {
    const allowance = transferAllowance(annualPayBill, englishShare, taxYearFrom(year));
    const total = asked.get(year)!;
    if (total > allowance.pence) {
      throw noAnswerError(
        say`${field("transfers")} starting in the tax year ${taxYearText(year)} ask for ${poundsText(total)}, beyond its transfer allowance of ${poundsText(allowance.pence)} (${allowance.share * 100}% of the ${taxYearText(year - 1)} levy funds, ${poundsText(allowance.fundsPence)}): move a start to another tax year or lower a price.`,
      );
    }
  }
}
