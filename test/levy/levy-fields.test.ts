/**
 * The Levy tab's fields (src/sheets/levy/levy-fields.ts): each through the SEND.LEVYFORECAST
 * argument's own coercer, its message naming the field by its label; the account and the list as
 * the sheet's inputs (the funds in the account now dated the month before the first shown).
 */
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import {
  APPRENTICESHIP_FIELDS,
  LEVY_ACCOUNT_FIELDS,
  coerceApprenticeship,
  coerceLevyAccount,
  defaultApprenticeshipRaw,
  defaultLevyAccountRaw,
  firstOfMonth,
  levyFieldProblem,
  levySheetInputs,
} from "../../src/sheets/levy/levy-fields";
import { buildLevyForecastModel, levySheetForecast } from "../../src/sheets/levy/levy-model";

const field = (id: string) => [...LEVY_ACCOUNT_FIELDS, ...APPRENTICESHIP_FIELDS].find((f) => f.id === id)!;

describe("the account", () => {
  test("the worked case as a trust types it", () => {
    const result = coerceLevyAccount({
      annualPayBill: "£4,000,000",
      englishShare: "",
      firstMonthSerial: "1 August 2026",
      months: "36",
      fundsNow: "£4,000",
    });
    expect(result).toEqual({
      ok: true,
      value: {
        annualPayBill: 4_000_000,
        englishShare: undefined,
        firstMonthSerial: ymd(2026, 8, 1),
        months: 36,
        fundsNow: 4000,
      },
    });
  });

  test("every problem at once, each named by its label in the functions' words", () => {
    const result = coerceLevyAccount({
      annualPayBill: "",
      englishShare: "95",
      firstMonthSerial: "01/03/2017",
      months: "61",
      fundsNow: "-5",
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.id)).toEqual([
      "annualPayBill",
      "englishShare",
      "firstMonthSerial",
      "months",
      "fundsNow",
    ]);
    expect(problems[0]!.message).toMatch(/^Annual pay bill is required/);
    expect(problems[1]!.message).toMatch(/^Share of the pay bill in England must be a percentage from 0% to 100%/);
    expect(problems[2]!.message).toBe(
      "First month shown is 01/03/2017: these rules run from 06/04/2017, when the Apprenticeship Levy began.",
    );
    expect(problems[3]!.message).toBe("Months shown must be a whole number from 1 to 60; 61 is above 60.");
    expect(problems[4]!.message).toMatch(/^Levy funds in the account now must be an amount in pounds of 0 or more/);
  });

  test("a field checked alone names itself the same way; a good value has no problem", () => {
    expect(levyFieldProblem(field("firstMonthSerial"), "2026")).toMatch(
      /^First month shown looks like a year \(2026\)/,
    );
    expect(levyFieldProblem(field("annualPayBill"), "£4,000,000")).toBeUndefined();
  });

  test("defaults: the current month, 36 months, the rest blank", () => {
    expect(defaultLevyAccountRaw(ymd(2026, 12, 2))).toEqual({
      annualPayBill: "",
      englishShare: "",
      firstMonthSerial: "01/12/2026",
      months: "36",
      fundsNow: "",
    });
  });
});

describe("an apprenticeship", () => {
  test("typed as a user would; the flag only when ticked", () => {
    expect(
      coerceApprenticeship({
        name: " Teaching assistant ",
        startSerial: "1/1/27",
        price: "£5,000",
        months: "12",
        ageAtStart: "",
        careLeaverOrEhcPlan: false,
      }),
    ).toEqual({
      ok: true,
      value: {
        name: "Teaching assistant",
        startSerial: ymd(2027, 1, 1),
        price: 5000,
        months: 12,
        ageAtStart: undefined,
        careLeaverOrEhcPlan: undefined,
      },
    });
    const young = coerceApprenticeship({
      ...defaultApprenticeshipRaw(),
      name: "SENCO",
      startSerial: "01/09/2026",
      price: "0",
      ageAtStart: "23",
      careLeaverOrEhcPlan: true,
    });
    expect(young.ok && young.value).toMatchObject({ price: 0, months: 27, ageAtStart: 23, careLeaverOrEhcPlan: true });
  });

  test("its problems name its own labels (months here are the planned months)", () => {
    const result = coerceApprenticeship({
      ...defaultApprenticeshipRaw(),
      startSerial: "01/04/2017",
      price: "x",
      months: "0",
      ageAtStart: "15",
    });
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.id)).toEqual(["name", "startSerial", "price", "months", "ageAtStart"]);
    expect(problems[0]!.message).toMatch(/^Apprentice or apprenticeship is required/);
    expect(problems[1]!.message).toBe(
      "Start date is 01/04/2017: these rules run from 01/05/2017, when the funding rules that came with the levy began.",
    );
    expect(problems[3]!.message).toBe("Planned months must be a whole number from 1 to 60; 0 is below 1.");
    expect(problems[4]!.message).toBe("Age at start must be a whole number from 16 to 99; 15 is below 16.");
  });
});

describe("the sheet's inputs", () => {
  const account = {
    annualPayBill: 4_000_000,
    englishShare: undefined,
    firstMonthSerial: ymd(2026, 8, 19),
    months: 36,
    fundsNow: 4000,
  };
  const senco = { name: "SENCO", startSerial: ymd(2026, 9, 1), price: 14000, months: 27 };

  test("funds now entered the month before the first shown; the first month from its first day", () => {
    expect(levySheetInputs(account, [senco])).toEqual({
      annualPayBill: 4_000_000,
      englishShare: undefined,
      firstMonthSerial: ymd(2026, 8, 1),
      months: 36,
      funds: [{ monthSerial: ymd(2026, 7, 1), amount: 4000 }],
      apprenticeships: [senco],
    });
    expect(levySheetInputs({ ...account, fundsNow: undefined }, []).funds).toEqual([]);
    expect(levySheetInputs({ ...account, fundsNow: 0 }, []).funds).toEqual([]);
    expect(levySheetInputs({ ...account, firstMonthSerial: ymd(2027, 1, 31) }, []).funds[0]!.monthSerial).toBe(
      ymd(2026, 12, 1),
    );
    expect(firstOfMonth(ymd(2024, 2, 29))).toBe(ymd(2024, 2, 1));
  });

  test("the same forecast as SEND.LEVYFORECAST with funds_in_account a number: the worked case's last balance", () => {
    const forecast = levySheetForecast(levySheetInputs(account, [senco]));
    expect("value" in forecast && forecast.value[35]!.slice(7)).toEqual([0.08, 5000.04]);
    const model = buildLevyForecastModel(levySheetInputs(account, [senco]));
    expect(model.tables!.map((t) => t.rows.length)).toEqual([1, 1]);
  });
});
