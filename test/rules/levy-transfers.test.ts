/**
 * Transfers of levy funds and the levels of the forecast's apprenticeships, by hand-worked
 * figures on both sides of each date: the transfer allowance (10% for the 2018-19 tax year, 25%
 * from 2019-20, 50% from 2024-25; its top-up part ending with the funds entering from
 * 01/08/2026), a transfer's payments debited like an apprenticeship's (before the levy payer's
 * own), what the funds cannot cover of a transfer (the receiver's), transfers beyond a tax year's
 * allowance (#N/A), the Level 7 age rule in the forecast (starts from 01/01/2026) and the
 * co-investment of an apprenticeship adding up to SLMDAEMPLOYERCOST's figure to the penny.
 */
import { levyForecast, LEVY_FORECAST_HEADERS, type LevyForecastInputs } from "../../src/rules/levy-forecast";
import { levyForecastDetail } from "../../src/rules/levy-forecast-detail";
import { TRANSFER_ALLOWANCE, taxYearOf, taxYearText, transferAllowance } from "../../src/rules/levy-transfers";
import { TRANSFER_ALLOWANCE_CITED } from "../../src/rules/apprenticeship-funding-sources";
import { fundingBreakdown } from "../../src/rules/apprenticeship-funding";
import { fundedAtLevel } from "../../src/rules/apprenticeship-levels";
import { ruleInForce, serialFromYmd as ymd } from "../../src/rules/excel-dates";
import { ruleErrorOf } from "../helpers/rule-error";

const COL = Object.fromEntries(LEVY_FORECAST_HEADERS.map((h, i) => [h, i])) as Record<string, number>;
const month = (months: number[][], index: number) =>
  Object.fromEntries(LEVY_FORECAST_HEADERS.map((h, i) => [h, months[index]![i]]));
const forecast = (inputs: Partial<LevyForecastInputs>) =>
  levyForecast({ annualPayBill: 0, apprenticeships: [], firstMonthSerial: ymd(2026, 9, 1), ...inputs });

// A £4,000,000 pay bill: levy £5,000 a year; a month's funds £458.33 with the 10% top-up, £416.67 without.
const BILL = 4e6;

describe("the transfer allowance: a share of the previous tax year's levy funds", () => {
  const pounds = (serial: number, share?: number) => transferAllowance(BILL, share, serial).pence / 100;
  test("tax years run from 6 April: 05/04/2027 is in 2026-27, 06/04/2027 in 2027-28", () => {
    expect([taxYearOf(ymd(2027, 4, 5)), taxYearOf(ymd(2027, 4, 6))]).toEqual([2026, 2027]);
    expect([taxYearText(2026), taxYearText(2099)]).toEqual(["2026-27", "2099-00"]);
  });
  test("none before the 2018-19 tax year; 10% for 2018-19 (of 2017-18's £5,499.96 in 12 months of £458.33)", () => {
    expect(pounds(ymd(2018, 4, 5))).toBe(0);
    expect(pounds(ymd(2018, 4, 6))).toBe(550);
  });
  test("10% on 05/04/2019; 25% from 06/04/2019", () => {
    expect(pounds(ymd(2019, 4, 5))).toBe(550);
    expect(pounds(ymd(2019, 4, 6))).toBe(1374.99);
  });
  test("25% on 05/04/2024; 50% from 06/04/2024", () => {
    expect(pounds(ymd(2024, 4, 5))).toBe(1374.99);
    expect(pounds(ymd(2024, 4, 6))).toBe(2749.98);
  });
  test("the top-up's part ends with the funds entering from 01/08/2026", () => {
    // 2026-27 (from 2025-26's funds, all topped up): 50% × 12 × £458.33.
    expect(pounds(ymd(2026, 12, 1))).toBe(2749.98);
    // 2027-28 (from 2026-27's): April to July 2026 topped up (4 × £458.33), August to March not (8 × £416.67).
    expect(transferAllowance(BILL, undefined, ymd(2027, 4, 6))).toEqual({
      taxYear: 2027,
      share: 0.5,
      fundsPence: 4 * 45833 + 8 * 41667,
      pence: 258334,
    });
    // 2028-29: no month topped up.
    expect(pounds(ymd(2028, 4, 6))).toBe(2500.02);
  });
  test("the English share scales it; the rows cite their sources", () => {
    expect(pounds(ymd(2026, 12, 1), 0.5)).toBe(1375.02); // 12 × round(£229.165) = £2,750.04, halved
    expect(TRANSFER_ALLOWANCE.map((r) => r.share)).toEqual([undefined, 0.1, 0.25, 0.5]);
    expect(ruleInForce(TRANSFER_ALLOWANCE_CITED, ymd(2024, 4, 6)).ref.id).toBe("dfe-apprenticeship-funding-2024");
    expect(ruleInForce(TRANSFER_ALLOWANCE_CITED, ymd(2019, 4, 6)).ref.id).toBe("esfa-employer-rules-transfers");
    expect(ruleInForce(TRANSFER_ALLOWANCE_CITED, ymd(2018, 4, 6)).ref.id).toBe("sfa-transfers-2018");
  });
});

describe("transfers in the forecast", () => {
  const transfer = (start: number, price: number, months = 1) => ({ startSerial: start, price, months });

  test("debited like an apprenticeship's payments: the month after earning, oldest funds first", () => {
    const months = forecast({
      annualPayBill: BILL,
      fundsInAccount: 1000,
      transfers: [transfer(ymd(2026, 9, 1), 1000)],
      months: 3,
    });
    expect(month(months, 0)).toMatchObject({ "Transfers out": 0, "Balance at month end": 1416.67 });
    expect(month(months, 1)).toMatchObject({
      "Transfers out": 800,
      "Transfers not covered (receiver pays)": 0,
      Instalments: 0,
      "Paid from levy funds": 0,
      "Balance at month end": 1033.34,
    });
    expect(month(months, 2)).toMatchObject({ "Transfers out": 200, "Balance at month end": 1250.01 });
  });
  test("what the funds cannot cover is the receiver's: not the sender's co-investment", () => {
    const months = forecast({ annualPayBill: BILL, transfers: [transfer(ymd(2026, 9, 1), 2000)], months: 3 });
    expect(month(months, 1)).toMatchObject({
      "Transfers out": 416.67,
      "Transfers not covered (receiver pays)": 1183.33,
      "Employer co-investment": 0,
      "Government co-investment": 0,
      "Balance at month end": 416.67,
    });
    expect(month(months, 2)).toMatchObject({ "Transfers out": 400, "Balance at month end": 433.34 });
  });
  test("a month's transfers are paid before the levy payer's own apprenticeships", () => {
    // September 2026, £1,000 in the account: the transfer's £800, then the apprenticeship's £800 (25%).
    const months = forecast({
      annualPayBill: BILL,
      fundsInAccount: 1000,
      apprenticeships: [{ startSerial: ymd(2026, 8, 1), price: 1000, months: 1 }],
      transfers: [transfer(ymd(2026, 8, 1), 1000)],
      months: 1,
    });
    expect(month(months, 0)).toMatchObject({
      "Transfers out": 800,
      Instalments: 800,
      "Paid from levy funds": 200,
      "Employer co-investment": 150,
      "Government co-investment": 450,
    });
  });
  test("within a tax year's allowance; beyond it #N/A naming the tax year, the allowance and the total", () => {
    // 2026-27's allowance is £2,749.98: £2,000 and £749.98 fit; a penny more does not.
    const within = [transfer(ymd(2026, 9, 1), 2000), transfer(ymd(2027, 4, 5), 749.98)];
    expect(() => forecast({ annualPayBill: BILL, transfers: within })).not.toThrow();
    const beyond = ruleErrorOf(() =>
      forecast({ annualPayBill: BILL, transfers: [...within, transfer(ymd(2027, 1, 1), 0.01)] }),
    );
    expect([beyond.kind, beyond.field]).toEqual(["na", "transfers"]);
    expect(beyond.message).toBe(
      "transfers starting in the tax year 2026-27 ask for £2,749.99, beyond its transfer allowance of £2,749.98 (50% of the 2025-26 levy funds, £5,499.96): move a start to another tax year or lower a price.",
    );
    // The next tax year has an allowance of its own (£2,583.34): not carried forward, not shared.
    expect(() =>
      forecast({ annualPayBill: BILL, transfers: [...within, transfer(ymd(2027, 4, 6), 2583.34)] }),
    ).not.toThrow();
  });
  test("of two tax years beyond their allowances, the earlier is named, whatever the rows' order", () => {
    // 2027-28's allowance is £2,583.34 and 2026-27's £2,749.98: £3,000 is beyond both.
    const beyond = ruleErrorOf(() =>
      forecast({
        annualPayBill: BILL,
        transfers: [transfer(ymd(2027, 9, 1), 3000), transfer(ymd(2026, 9, 1), 3000)],
      }),
    );
    expect(beyond.message).toMatch(/^transfers starting in the tax year 2026-27 ask for £3,000.00,/);
  });
  test("the allowance's own inputs are checked, naming them", () => {
    const bill = ruleErrorOf(() => transferAllowance(-1, undefined, ymd(2026, 9, 1)));
    expect([bill.field, bill.message]).toEqual(["annual_pay_bill", expect.stringMatching(/^annual_pay_bill must be/)]);
    const share = ruleErrorOf(() => transferAllowance(BILL, 1.5, ymd(2026, 9, 1)));
    expect([share.field, share.message]).toEqual(["english_share", expect.stringMatching(/^english_share must be/)]);
  });
  test("bad input names the transfers range's row and column", () => {
    const before = ruleErrorOf(() => forecast({ transfers: [transfer(ymd(2018, 4, 5), 10)] }));
    expect([before.kind, before.message]).toEqual([
      "na",
      "transfers row 1, column 1 of the range (start_date) is 05/04/2018: these rules run from 06/04/2018, when levy transfers began (the 2018 to 2019 tax year's allowance).",
    ]);
    const months = ruleErrorOf(() => forecast({ transfers: [{ ...transfer(ymd(2026, 9, 1), 1), months: 0, row: 2 }] }));
    expect(months.message).toBe(
      "transfers row 3, column 3 of the range (months) must be a whole number from 1 to 60; 0 is below 1.",
    );
  });
});

describe("levels: Level 7 starts from 01/01/2026 are funded only up to age 21 (24 for a care leaver or EHC plan)", () => {
  const row = (start: number, more: object) => ({ startSerial: start, price: 1000, months: 1, ...more });
  const first = (start: number, more: object) =>
    month(
      forecast({ firstMonthSerial: start, months: 2, fundsInAccount: 5000, apprenticeships: [row(start, more)] }),
      1,
    );

  test("31/12/2025 at 34: from the levy; 01/01/2026 at 34: outside the levy, the whole price on its payment months", () => {
    expect(first(ymd(2025, 12, 31), { level: 7, ageAtStart: 34 })).toMatchObject({
      "Paid from levy funds": 800,
      "Paid outside the levy": 0,
    });
    expect(first(ymd(2026, 1, 1), { level: 7, ageAtStart: 34 })).toMatchObject({
      Instalments: 0,
      "Paid from levy funds": 0,
      "Employer co-investment": 0,
      "Paid outside the levy": 800,
      "Balance at month end": 5000,
    });
  });
  test("at 21, or 24 as a care leaver, Level 7 is funded; other levels at any age; no level given: as before", () => {
    expect(fundedAtLevel(7, ymd(2026, 1, 1), 21, false)).toBe(true);
    expect(fundedAtLevel(7, ymd(2026, 1, 1), 24, true)).toBe(true);
    expect(fundedAtLevel(7, ymd(2026, 1, 1), 25, true)).toBe(false);
    // At 22 only as a care leaver or with an EHC plan; left out means neither.
    expect(fundedAtLevel(7, ymd(2026, 1, 1), 22, true)).toBe(true);
    expect(fundedAtLevel(7, ymd(2026, 1, 1), 22, false)).toBe(false);
    expect(fundedAtLevel(7, ymd(2026, 1, 1), 22, undefined)).toBe(false);
    expect(fundedAtLevel(6, ymd(2026, 1, 1), 60, false)).toBe(true);
    expect(fundedAtLevel(undefined, ymd(2026, 1, 1), 60, false)).toBe(true);
    expect(first(ymd(2026, 1, 1), { level: 5, ageAtStart: 34 })).toMatchObject({ "Paid from levy funds": 800 });
  });
  test("Level 7 from 01/01/2026 with no age: #N/A asking for that row's age; a level out of range: #VALUE!", () => {
    const noAge = ruleErrorOf(() =>
      forecast({ apprenticeships: [row(ymd(2026, 2, 1), {}), row(ymd(2026, 1, 1), { level: 7 })] }),
    );
    expect(noAge.kind).toBe("na");
    expect(noAge.message).toMatch(
      /^apprentices row 2, column 4 of the range \(age_at_start\) is needed for a start from 01\/01\/2026/,
    );
    const eight = ruleErrorOf(() => forecast({ apprenticeships: [row(ymd(2026, 1, 1), { level: 8 })] }));
    expect([eight.kind, eight.message]).toEqual([
      "value",
      "apprentices row 1, column 6 of the range (level) must be a whole number from 2 to 7; 8 is above 7.",
    ]);
  });
});

describe("an apprenticeship's co-investment adds up to SLMDAEMPLOYERCOST's figure, to the penny", () => {
  test("£0.38 over 3 months from 01/01/2025 with no funds: 1p, 0p, 1p, 0p from the employer (5% of 38p is 2p)", () => {
    const detail = levyForecastDetail({
      annualPayBill: 0,
      firstMonthSerial: ymd(2025, 2, 1),
      months: 4,
      apprenticeships: [{ startSerial: ymd(2025, 1, 1), price: 0.38, months: 3 }],
    });
    expect(detail.months.map((m) => m[COL["Employer co-investment"]!])).toEqual([0.01, 0, 0.01, 0]);
    const cost = fundingBreakdown({ price: 0.38, levyPayer: true, levyFunds: 0, startSerial: ymd(2025, 1, 1) });
    expect(detail.apprenticeships[0]).toEqual({
      funded: true,
      paidFromLevy: 0,
      employerCoInvestment: cost.employerCoInvestment,
      governmentCoInvestment: cost.governmentCoInvestment,
      paidOutside: 0,
      payments: 4,
      paymentsShown: 4,
      firstPaidSerial: ymd(2025, 2, 1),
      lastPaidSerial: ymd(2025, 5, 1),
    });
    expect(cost.employerCoInvestment).toBe(0.02);
  });

  test("part paid from the levy, the rest co-invested at 25%; an apprenticeship not funded is paid outside", () => {
    // £500 in the account; both start 01/08/2026 over 1 month: 80% paid in September, 20% in October.
    const detail = levyForecastDetail({
      annualPayBill: 0,
      firstMonthSerial: ymd(2026, 9, 1),
      months: 2,
      fundsInAccount: 500,
      apprenticeships: [
        { startSerial: ymd(2026, 8, 1), price: 1000, months: 1, ageAtStart: 21, level: 7 },
        { startSerial: ymd(2026, 8, 1), price: 600, months: 1, ageAtStart: 40, level: 7 },
      ],
    });
    const shown = { payments: 2, paymentsShown: 2, firstPaidSerial: ymd(2026, 9, 1), lastPaidSerial: ymd(2026, 10, 1) };
    // September: £500 of the £800 from the levy, 25% of the £300 short (£75); October: 25% of £500 short (£125) less £75.
    expect(detail.apprenticeships[0]).toEqual({
      funded: true,
      paidFromLevy: 500,
      employerCoInvestment: 125,
      governmentCoInvestment: 375,
      paidOutside: 0,
      ...shown,
    });
    // Level 7 at 40 from 01/01/2026: not funded, all £600 (£480 and £120) outside the levy.
    expect(detail.apprenticeships[1]).toEqual({
      funded: false,
      paidFromLevy: 0,
      employerCoInvestment: 0,
      governmentCoInvestment: 0,
      paidOutside: 600,
      ...shown,
    });
    expect(detail.months.map((m) => m[COL["Paid outside the levy"]!])).toEqual([480, 120]);
  });
});
