import fc from "fast-check";
import { apprenticeshipLevy, apprenticeshipLevyFunds } from "../../src/rules/apprenticeship-levy";
import { englishMathsRequired } from "../../src/rules/english-maths";
import {
  FUNDING_BREAKDOWN_LABELS,
  fundingBreakdown,
  fundingBreakdownAmounts,
  levyShortfallRate,
  type FundingInputs,
} from "../../src/rules/apprenticeship-funding";
import { providerPayments } from "../../src/rules/provider-payments";
import { addMonthsSerial, serialFromYmd as ymd } from "../../src/rules/excel-dates";
import { ruleErrorOf } from "../helpers/rule-error";

const base: FundingInputs = { price: 18000, levyPayer: false, startSerial: ymd(2020, 9, 1) };
const cost = (inputs: Partial<FundingInputs>) => fundingBreakdown({ ...base, ...inputs }).employerCashCost;

describe("worked examples (SLMDAEMPLOYERCOST)", () => {
  test("(18000, FALSE) at the default start 01/09/2020 -> 900 (band 18000, 5%)", () => {
    expect(fundingBreakdown(base)).toEqual({
      price: 18000,
      bandMaximum: 18000,
      fromLevy: 0,
      governmentCoInvestment: 17100,
      employerCoInvestment: 900,
      employerOutsideFunding: 0,
      employerCashCost: 900,
      fundable: true,
      coInvestmentRate: 0.05,
      levyTransfer: false,
    });
  });
  test("(18000, TRUE) -> 0: enough levy funds when omitted", () => {
    const b = fundingBreakdown({ ...base, levyPayer: true });
    expect(b.fromLevy).toBe(18000);
    expect(b.employerCashCost).toBe(0);
  });
  test("(18000, TRUE, 10000) -> 400: shortfall 8000 x 5%", () => {
    const b = fundingBreakdown({ ...base, levyPayer: true, levyFunds: 10000 });
    expect(fundingBreakdownAmounts(b)).toEqual([18000, 18000, 10000, 7600, 400, 0, 400]);
  });
  test("(18000, TRUE, 9999.81) -> 400.01: the co-investment to the penny, 5% of 8000.19 being 400.0095", () => {
    const b = fundingBreakdown({ ...base, levyPayer: true, levyFunds: 9999.81 });
    expect(fundingBreakdownAmounts(b)).toEqual([18000, 18000, 9999.81, 7600.18, 400.01, 0, 400.01]);
  });
  test("(18000, TRUE, 9999.90) -> 400.01: 5% of 8000.10 is 400.005, and half a penny rounds up", () => {
    const b = fundingBreakdown({ ...base, levyPayer: true, levyFunds: 9999.9 });
    expect(fundingBreakdownAmounts(b)).toEqual([18000, 18000, 9999.9, 7600.09, 400.01, 0, 400.01]);
  });
  test("non-levy start on 01/09/2021 at 18000 -> 4700 (band 14000: 700 + 4000 above the band)", () => {
    const b = fundingBreakdown({ ...base, startSerial: ymd(2021, 9, 1) });
    expect(fundingBreakdownAmounts(b)).toEqual([18000, 14000, 0, 13300, 700, 4000, 4700]);
  });
});

describe("rule boundaries, both sides", () => {
  test("funding band: 28/03/2021 -> 18000, 29/03/2021 -> 14000", () => {
    expect(fundingBreakdown({ ...base, startSerial: ymd(2021, 3, 28) }).bandMaximum).toBe(18000);
    expect(fundingBreakdown({ ...base, startSerial: ymd(2021, 3, 29) }).bandMaximum).toBe(14000);
    expect(cost({ startSerial: ymd(2021, 3, 28) })).toBe(900);
    expect(cost({ startSerial: ymd(2021, 3, 29) })).toBe(4700);
  });
  test("co-investment: 31/03/2019 -> 10%, 01/04/2019 -> 5%", () => {
    expect(cost({ startSerial: ymd(2019, 3, 31) })).toBe(1800);
    expect(cost({ startSerial: ymd(2019, 4, 1) })).toBe(900);
    expect(fundingBreakdown({ ...base, startSerial: ymd(2019, 3, 31) }).coInvestmentRate).toBe(0.1);
  });
  test("non-levy apprentice aged 21 or under: 5% on 31/03/2024, 0% from 01/04/2024; 22 still 5%", () => {
    // band 14000 + 4000 above the band
    expect(cost({ startSerial: ymd(2024, 3, 31), ageAtStart: 21 })).toBe(4700);
    expect(cost({ startSerial: ymd(2024, 4, 1), ageAtStart: 21 })).toBe(4000);
    expect(cost({ startSerial: ymd(2024, 4, 1), ageAtStart: 22 })).toBe(4700);
    expect(fundingBreakdown({ ...base, startSerial: ymd(2024, 4, 1), ageAtStart: 21 })).toMatchObject({
      governmentCoInvestment: 14000,
      employerCoInvestment: 0,
      coInvestmentRate: 0,
      levyTransfer: false,
    });
  });
  test("the under-22 exemption is for non-levy employers only: a levy payer's shortfall is still 5%", () => {
    expect(cost({ levyPayer: true, levyFunds: 4000, startSerial: ymd(2024, 4, 1), ageAtStart: 20 })).toBe(500 + 4000);
  });
  test("Level 7 age rule: 31/12/2025 any age funded; from 01/01/2026 only 21 or under", () => {
    expect(cost({ startSerial: ymd(2025, 12, 31), ageAtStart: 40 })).toBe(4700);
    const after = fundingBreakdown({ ...base, startSerial: ymd(2026, 1, 1), ageAtStart: 40 });
    expect(fundingBreakdownAmounts(after)).toEqual([18000, 14000, 0, 0, 0, 18000, 18000]);
    expect(after.fundable).toBe(false);
    const levyAfter = fundingBreakdown({ ...base, levyPayer: true, startSerial: ymd(2026, 1, 1), ageAtStart: 22 });
    expect(levyAfter.fromLevy).toBe(0);
    expect(levyAfter.employerCashCost).toBe(18000);
    expect(cost({ levyPayer: true, startSerial: ymd(2026, 1, 1), ageAtStart: 21 })).toBe(4000);
    expect(cost({ startSerial: ymd(2026, 1, 1), ageAtStart: 21 })).toBe(4000);
  });
});

describe("a transfer of another employer's levy funds", () => {
  test("pays the price up to the band for a non-levy employer: no co-investment, the price above the band outside", () => {
    const b = fundingBreakdown({ ...base, startSerial: ymd(2025, 9, 1), ageAtStart: 30, levyTransfer: true });
    expect(fundingBreakdownAmounts(b)).toEqual([18000, 14000, 14000, 0, 0, 4000, 4000]);
    expect([b.levyTransfer, b.coInvestmentRate, b.fundable]).toEqual([true, 0, true]);
    // Without the transfer: 5% of 14000 and the 4000 above the band.
    expect(cost({ startSerial: ymd(2025, 9, 1), ageAtStart: 30 })).toBe(4700);
  });
  test("a levy payer's own funds are then set aside: the transfer pays it all", () => {
    const b = fundingBreakdown({ ...base, levyPayer: true, levyFunds: 1000, levyTransfer: true });
    expect(fundingBreakdownAmounts(b)).toEqual([18000, 18000, 18000, 0, 0, 0, 0]);
    expect(fundingBreakdown({ ...base, levyPayer: true, levyFunds: 1000, levyTransfer: false }).fromLevy).toBe(1000);
  });
});

describe("the co-investment rate applies only to a shortfall", () => {
  test("no shortfall, no rate: a levy payer with enough funds, or a start that is not fundable", () => {
    expect(fundingBreakdown({ ...base, levyPayer: true }).coInvestmentRate).toBe(0);
    expect(fundingBreakdown({ ...base, levyPayer: true, levyFunds: 18000 }).coInvestmentRate).toBe(0);
    const notFundable = fundingBreakdown({ ...base, startSerial: ymd(2026, 1, 1), ageAtStart: 40 });
    expect([notFundable.fundable, notFundable.coInvestmentRate]).toEqual([false, 0]);
  });
  test("a penny short: the rate applies", () => {
    const b = fundingBreakdown({ ...base, levyPayer: true, levyFunds: 17999.99 });
    expect([b.coInvestmentRate, b.employerCoInvestment, b.governmentCoInvestment]).toEqual([0.05, 0, 0.01]);
  });
});

describe("levyShortfallRate: a levy payer's share, by the start date only", () => {
  test("10% to 31/03/2019, 5% from 01/04/2019 to 31/07/2026, 25% from 01/08/2026, at any age", () => {
    expect(levyShortfallRate(ymd(2019, 3, 31))).toBe(0.1);
    expect(levyShortfallRate(ymd(2019, 4, 1))).toBe(0.05);
    expect(levyShortfallRate(ymd(2026, 7, 31), 19)).toBe(0.05);
    expect(levyShortfallRate(ymd(2026, 8, 1), 19)).toBe(0.25);
  });
  test("a start or an age out of range names its argument", () => {
    expect(ruleErrorOf(() => levyShortfallRate(0)).field).toBe("start_date");
    expect(ruleErrorOf(() => levyShortfallRate(ymd(2026, 8, 1), 15)).field).toBe("age_at_start");
  });
});

describe("age_at_start is asked for where the answer depends on it", () => {
  test("a start from 01/01/2026 without age: na naming age_at_start; 31/12/2025 needs none", () => {
    const error = ruleErrorOf(() => fundingBreakdown({ ...base, levyPayer: true, startSerial: ymd(2026, 1, 1) }));
    expect(error.kind).toBe("na");
    expect(error.field).toBe("age_at_start");
    expect(error.message).toMatch(/21 or under/);
    expect(cost({ levyPayer: true, startSerial: ymd(2025, 12, 31) })).toBe(4000);
  });
  test("a non-levy start from 01/04/2024 without age: na naming age_at_start (0% or 5% depends on it)", () => {
    expect(ruleErrorOf(() => cost({ startSerial: ymd(2024, 4, 1) })).field).toBe("age_at_start");
    const error = ruleErrorOf(() => cost({ startSerial: ymd(2025, 12, 31) }));
    expect([error.kind, error.message]).toEqual([
      "na",
      "age_at_start is needed for a non-levy employer's start from 01/04/2024: co-investment is then 0% for an apprentice aged 21 or under at the start (24 or under for care leavers and people with an EHC plan), 5% otherwise. Enter the apprentice's age at the start.",
    ]);
    expect(cost({ startSerial: ymd(2024, 3, 31) })).toBe(4700);
  });
  test("a levy payer with enough funds from 01/04/2024 needs no age", () => {
    expect(cost({ levyPayer: true, startSerial: ymd(2024, 6, 1) })).toBe(4000);
  });
});

describe("bad input names the argument", () => {
  test.each([
    [{ price: -1 }, "price"],
    [{ price: Number.NaN }, "price"],
    [{ price: Number.POSITIVE_INFINITY }, "price"],
    [{ levyPayer: true, levyFunds: -5 }, "levy_funds"],
    [{ ageAtStart: 15 }, "age_at_start"],
    [{ ageAtStart: 100 }, "age_at_start"],
    [{ ageAtStart: 30.5 }, "age_at_start"],
    [{ startSerial: 0 }, "start_date"],
  ])("%p -> num error on %s", (inputs, argument) => {
    const error = ruleErrorOf(() => fundingBreakdown({ ...base, ...inputs }));
    expect(error.kind).toBe("value");
    expect(error.field).toBe(argument);
    expect(error.message).toContain(argument);
  });
  test("ages 16 and 99 are allowed", () => {
    expect(cost({ ageAtStart: 16 })).toBe(900);
    expect(cost({ ageAtStart: 99 })).toBe(900);
  });
});

describe("breakdown invariants (property)", () => {
  test("levy + government + employer co-investment + outside = price; cash cost = co-investment + outside", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
        fc.integer({ min: ymd(2017, 5, 1), max: ymd(2027, 12, 31) }),
        fc.integer({ min: 16, max: 99 }),
        (pricePence, levyPayer, fundsPence, startSerial, ageAtStart) => {
          const b = fundingBreakdown({
            price: pricePence / 100,
            levyPayer,
            levyFunds: fundsPence === undefined ? undefined : fundsPence / 100,
            startSerial,
            ageAtStart,
          });
          const pence = (x: number) => Math.round(x * 100);
          expect(
            pence(b.fromLevy) +
              pence(b.governmentCoInvestment) +
              pence(b.employerCoInvestment) +
              pence(b.employerOutsideFunding),
          ).toBe(pricePence);
          expect(pence(b.employerCashCost)).toBe(pence(b.employerCoInvestment) + pence(b.employerOutsideFunding));
          expect(fundingBreakdownAmounts(b).every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
  test("labels: seven, in the released order", () => {
    expect(FUNDING_BREAKDOWN_LABELS).toEqual([
      "Price",
      "Funding band maximum",
      "Paid from levy funds",
      "Government co-investment",
      "Employer co-investment",
      "Employer pays outside funding (above the band, or not fundable)",
      "Employer cash cost",
    ]);
  });
});

describe("apprenticeshipLevy", () => {
  test.each([
    [0, 0],
    [3_000_000, 0],
    [2_000_000, 0],
    [3_000_001, 0.01],
    [4_000_000, 5000],
    [10_000_000, 35000],
  ])("pay bill %d -> %d", (bill, levy) => {
    expect(apprenticeshipLevy(bill)).toBe(levy);
  });
  test("the English share of the funds is checked, naming english_share", () => {
    const error = ruleErrorOf(() => apprenticeshipLevyFunds(4e6, 1.5, ymd(2026, 9, 1)));
    expect([error.field, error.message]).toEqual(["english_share", expect.stringMatching(/^english_share must be/)]);
    // £5,000 a year × 80%, entering from 01/08/2026 with no top-up.
    expect(apprenticeshipLevyFunds(4e6, 0.8, ymd(2026, 9, 1))).toBe(4000);
  });
  test("negative or non-finite pay bill names annual_pay_bill", () => {
    expect(ruleErrorOf(() => apprenticeshipLevy(-1)).field).toBe("annual_pay_bill");
    expect(ruleErrorOf(() => apprenticeshipLevy(Number.NaN)).kind).toBe("value");
  });
});

describe("providerPayments", () => {
  const start = ymd(2020, 9, 1);
  test("18000 over 27 months: 80% in equal instalments, the last taking the remainder, 20% at the planned end", () => {
    const payments = providerPayments(18000, 27, start);
    expect(payments).toHaveLength(28);
    expect(payments.slice(0, 26).every((p) => p.amount === 533.33 && p.kind === "instalment")).toBe(true);
    expect(payments[26]).toEqual({ serial: ymd(2022, 11, 1), amount: 533.42, kind: "instalment" });
    expect(payments[27]).toEqual({ serial: ymd(2022, 12, 1), amount: 3600, kind: "completion" });
    expect(payments[0]!.serial).toBe(start);
    expect(payments[1]!.serial).toBe(ymd(2020, 10, 1));
  });
  test("an even split: 12000 over 12 months is 800 a month and 2400 on completion", () => {
    const payments = providerPayments(12000, 12, ymd(2021, 1, 31));
    expect(payments.map((p) => p.amount)).toEqual([...Array(12).fill(800), 2400]);
    expect(payments[1]!.serial).toBe(ymd(2021, 2, 28)); // clamped to the month's end
    expect(payments[2]!.serial).toBe(ymd(2021, 3, 31)); // each from the start, not chained
    expect(payments[12]!.serial).toBe(ymd(2022, 1, 31));
  });
  test("a start before 01/05/2017 is #N/A saying from when the rules run; 01/05/2017 itself is paid", () => {
    const error = ruleErrorOf(() => providerPayments(12000, 12, ymd(2017, 4, 30)));
    expect([error.kind, error.field, error.message]).toEqual([
      "na",
      "start_date",
      "start_date is 30/04/2017: these rules run from 01/05/2017, when the funding rules that came with the levy began.",
    ]);
    const payments = providerPayments(12000, 12, ymd(2017, 5, 1));
    expect([payments[0]!.serial, payments[12]!.serial]).toEqual([ymd(2017, 5, 1), ymd(2018, 5, 1)]);
  });
  test("payments sum exactly to the price, dates ascending, amounts never negative (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: ymd(2017, 5, 1), max: 2_900_000 }),
        (pricePence, months, startSerial) => {
          const payments = providerPayments(pricePence / 100, months, startSerial);
          expect(payments).toHaveLength(months + 1);
          expect(payments.reduce((sum, p) => sum + Math.round(p.amount * 100), 0)).toBe(pricePence);
          expect(payments.every((p) => p.amount >= 0 && Number.isInteger(Math.round(p.amount * 100)))).toBe(true);
          for (let i = 1; i < payments.length; i += 1)
            expect(payments[i]!.serial).toBeGreaterThan(payments[i - 1]!.serial);
          expect(payments[months]!.serial).toBe(addMonthsSerial(startSerial, months));
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
  test("bad months and price name the argument", () => {
    for (const months of [0, 61, 1.5, Number.NaN]) {
      const error = ruleErrorOf(() => providerPayments(18000, months, start));
      expect([error.kind, error.field]).toEqual(["value", "months"]);
    }
    expect(ruleErrorOf(() => providerPayments(-1, 27, start)).field).toBe("price");
  });
});

describe("englishMathsRequired", () => {
  test("required at any age for starts to 10/02/2025", () => {
    expect(englishMathsRequired(ymd(2025, 2, 10), 40)).toBe(true);
    expect(englishMathsRequired(ymd(2025, 2, 10), undefined)).toBe(true);
  });
  test("from 11/02/2025 not mandatory at 19 or over; still required at 18", () => {
    expect(englishMathsRequired(ymd(2025, 2, 11), 19)).toBe(false);
    expect(englishMathsRequired(ymd(2025, 2, 11), 18)).toBe(true);
  });
  test("from 11/02/2025 without age: na naming age_at_start", () => {
    const error = ruleErrorOf(() => englishMathsRequired(ymd(2025, 2, 11), undefined));
    expect([error.kind, error.field]).toEqual(["na", "age_at_start"]);
    expect(error.message).toBe(
      "age_at_start is needed: from 11/02/2025 English and maths are required only for apprentices under 19 at the start.",
    );
  });
  test("an existing apprentice: the rule in force on the date asked decides, by age at the start", () => {
    const start = ymd(2020, 9, 1);
    expect(englishMathsRequired(start, 35, ymd(2025, 2, 10))).toBe(true);
    expect(englishMathsRequired(start, 35, ymd(2025, 2, 11))).toBe(false);
    expect(englishMathsRequired(start, 18, ymd(2025, 2, 11))).toBe(true);
    // A date before the start asks about the start.
    expect(englishMathsRequired(ymd(2025, 9, 1), 35, ymd(2024, 1, 1))).toBe(false);
    expect(ruleErrorOf(() => englishMathsRequired(start, 35, ymd(2025, 2, 11) - 0.5 - 1e9)).kind).toBe("value");
  });
});

describe("providerPayments near the end of Excel's calendar", () => {
  test("a completion after 31/12/9999 is a num error naming start_date; one month earlier is fine", () => {
    const error = ruleErrorOf(() => providerPayments(18000, 27, ymd(9997, 10, 1)));
    expect([error.kind, error.field]).toEqual(["value", "start_date"]);
    expect(providerPayments(18000, 27, ymd(9997, 9, 30)).at(-1)!.serial).toBe(ymd(9999, 12, 30));
    // A completion on 31/12/9999 itself is fine.
    expect(providerPayments(12000, 2, ymd(9999, 10, 31)).at(-1)).toEqual({
      serial: ymd(9999, 12, 31),
      amount: 2400,
      kind: "completion",
    });
  });
});

describe("money near Excel's largest number", () => {
  test("the rules themselves refuse amounts over £1,000,000,000,000, naming the argument", () => {
    const error = ruleErrorOf(() => fundingBreakdown({ ...base, price: 1e308 }));
    expect([error.kind, error.field]).toEqual(["value", "price"]);
    expect(error.message).toBe("price must be at most £1,000,000,000,000; it was 1e+308.");
    expect(ruleErrorOf(() => apprenticeshipLevy(1e13)).field).toBe("annual_pay_bill");
    expect(fundingBreakdown({ ...base, price: 1e12 }).price).toBe(1e12);
  });
});
