/**
 * The Levy tab's fields (src/sheets/levy/levy-fields.ts): each through the SEND.LEVYFORECAST
 * argument's own coercer, its message naming the field by its label; the account and the list as
 * the sheet's inputs (the funds in the account now dated the month before the first shown).
 */
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import {
  LEVY_ACCOUNT_FIELDS,
  coerceLevyAccount,
  defaultLevyAccountRaw,
  firstOfMonth,
  levyAccountFieldProblem,
  levySheetInputs,
  monthsToCover,
} from "../../src/sheets/levy/levy-fields";
import {
  apprenticeshipRaw,
  apprenticeshipReason,
  coerceApprenticeship,
  defaultApprenticeshipRaw,
} from "../../src/sheets/levy/apprenticeship-fields";
import { coerceTransfer, transferRaw } from "../../src/sheets/levy/transfer-fields";
import { buildLevyForecastModel, levySheetForecast } from "../../src/sheets/levy/levy-model";

const field = (id: string) => LEVY_ACCOUNT_FIELDS.find((f) => f.id === id)!;

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
    expect(levyAccountFieldProblem(field("firstMonthSerial"), "2026")).toMatch(
      /^First month shown looks like a year \(2026\)/,
    );
    expect(levyAccountFieldProblem(field("annualPayBill"), "£4,000,000")).toBeUndefined();
  });

  test("defaults: the current month, 36 months, the rest blank", () => {
    expect(defaultLevyAccountRaw(ymd(2026, 12, 2))).toEqual({
      annualPayBill: "",
      englishShare: "",
      firstMonthSerial: "01/12/2026",
      months: "36",
      fundsNow: "",
    });
    expect(field("months").hint).toBe(
      "1 to 60, such as 24. Filled in to reach the last completion payment of the apprenticeships and transfers listed (36 at the least, 60 at most) until you type your own.",
    );
  });
});

/** An apprenticeship as the form gives it, from what a user typed over the defaults. */
const typed = (raw: Record<string, string | boolean>) =>
  coerceApprenticeship({ ...defaultApprenticeshipRaw(), ...raw });
const SENCO_34 = { name: "SENCO", startSerial: "01/03/2027", slmda: true, agreedPrice: "14000", ageAtStart: "34" };
const TA = {
  name: "TA",
  startSerial: "01/09/2025",
  level: "3",
  agreedPrice: "6000",
  bandMaximum: "5000",
  months: "18",
};

describe("an apprenticeship: its level, its price up to the band, what the rules say of it", () => {
  test("typed as a user would: the price capped at the band; the flag only when ticked", () => {
    expect(
      coerceApprenticeship({
        ...defaultApprenticeshipRaw(),
        name: " Teaching assistant ",
        startSerial: "1/1/27",
        level: "3",
        agreedPrice: "£6,000",
        bandMaximum: "£5,000",
        months: "12",
      }),
    ).toEqual({
      ok: true,
      value: {
        name: "Teaching assistant",
        startSerial: ymd(2027, 1, 1),
        agreedPrice: 6000,
        bandMaximum: 5000,
        price: 5000,
        months: 12,
        ageAtStart: undefined,
        careLeaverOrEhcPlan: undefined,
        level: 3,
        slmda: false,
      },
    });
  });

  test("the SLMDA: Level 7 and its band from the rule tables (£14,000 from 29/03/2021, £18,000 before)", () => {
    const senco = {
      ...defaultApprenticeshipRaw(),
      name: "SENCO",
      startSerial: "01/03/2027",
      slmda: true,
      agreedPrice: "18000",
      ageAtStart: "34",
    };
    const result = coerceApprenticeship(senco);
    expect(result.ok && result.value).toMatchObject({
      level: 7,
      bandMaximum: 14000,
      price: 14000,
      months: 27,
      slmda: true,
    });
    const early = coerceApprenticeship({ ...senco, startSerial: "01/09/2020" });
    expect(early.ok && early.value).toMatchObject({ bandMaximum: 18000, price: 18000 });
  });

  test("its problems name its own labels; no level and not the SLMDA: the level is asked for", () => {
    const result = coerceApprenticeship({
      ...defaultApprenticeshipRaw(),
      startSerial: "01/04/2017",
      agreedPrice: "x",
      months: "0",
      ageAtStart: "15",
      level: "8",
    });
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.id)).toEqual(["name", "startSerial", "level", "agreedPrice", "months", "ageAtStart"]);
    expect(problems[0]!.message).toMatch(/^Apprentice or apprenticeship is required/);
    expect(problems[1]!.message).toBe(
      "Start date is 01/04/2017: these rules run from 01/05/2017, when the funding rules that came with the levy began.",
    );
    expect(problems[2]!.message).toBe("Level must be a whole number from 2 to 7; 8 is above 7.");
    expect(problems[4]!.message).toBe("Planned months must be a whole number from 1 to 60; 0 is below 1.");
    expect(problems[5]!.message).toBe("Age at start must be a whole number from 16 to 99; 15 is below 16.");
    const noLevel = coerceApprenticeship({
      ...defaultApprenticeshipRaw(),
      name: "TA",
      startSerial: "01/01/2027",
      agreedPrice: "5000",
    });
    expect(noLevel).toEqual({
      ok: false,
      problems: [{ id: "level", message: "Level is required: enter a whole number from 2 to 7, or tick the SLMDA." }],
    });
  });

  test("beside each row, in the Plan tab's words: not funded at 34; above the band; when it is earned and paid", () => {
    const senco = typed(SENCO_34);
    expect(senco.ok && apprenticeshipReason(senco.value)).toBe(
      "Not funded: Level 7 starts from 01/01/2026 are funded only up to age 21 (24 for a care leaver or someone with an EHC plan). At 34 the school pays the provider the whole price. The forecast shows it as paid outside the levy. Earned from 01/03/2027; paid April 2027 to July 2029.",
    );
    const ta = typed(TA);
    expect(ta.ok && apprenticeshipReason(ta.value)).toBe(
      "The levy funds may pay up to £5,000.00, while they last. The £1,000.00 above the funding band maximum (£5,000.00) is the employer's, outside the forecast. Earned from 01/09/2025; paid October 2025 to April 2027.",
    );
    const noAge = typed({ ...SENCO_34, ageAtStart: "" });
    expect(noAge.ok && apprenticeshipReason(noAge.value)).toMatch(
      /^Age at start is needed for a start from 01\/01\/2026/,
    );
  });

  test("a listed row back in the form gives the same row", () => {
    const ta = typed(TA);
    expect(ta.ok && coerceApprenticeship(apprenticeshipRaw(ta.value))).toEqual(ta);
  });
});

describe("a transfer", () => {
  test("typed and read back; its start from 06/04/2018, when transfers began", () => {
    const typed = { receivingEmployer: "St Mary's VA Primary", startSerial: "1/1/2027", price: "£8,000", months: "12" };
    const result = coerceTransfer(typed);
    expect(result).toEqual({
      ok: true,
      value: { receivingEmployer: "St Mary's VA Primary", startSerial: ymd(2027, 1, 1), price: 8000, months: 12 },
    });
    expect(result.ok && coerceTransfer(transferRaw(result.value))).toEqual(result);
    const early = coerceTransfer({ ...typed, startSerial: "01/04/2018", receivingEmployer: "" });
    expect(early.ok ? [] : early.problems.map((p) => p.message)).toEqual([
      "Receiving employer is required: enter text of at most 100 characters.",
      "Start date is 01/04/2018: these rules run from 06/04/2018, when levy transfers began (the 2018 to 2019 tax year's allowance).",
    ]);
  });
});

describe("months shown: reaching every listed completion payment", () => {
  test("36 at the least; a September 2027 start's completion (January 2030) from December 2026 needs 38; 60 at most", () => {
    const first = ymd(2026, 12, 1);
    expect(monthsToCover(first, [])).toBe(36);
    expect(monthsToCover(first, [{ startSerial: ymd(2027, 3, 1), months: 27 }])).toBe(36);
    expect(monthsToCover(first, [{ startSerial: ymd(2027, 9, 1), months: 27 }])).toBe(38);
    expect(monthsToCover(first, [{ startSerial: ymd(2029, 1, 1), months: 60 }])).toBe(60);
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
      apprenticeships: [{ ...senco, ageAtStart: undefined, careLeaverOrEhcPlan: undefined, level: undefined }],
      transfers: [],
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
    expect("value" in forecast && forecast.value[35]!.slice(7, 9)).toEqual([0.08, 5000.04]);
    const model = buildLevyForecastModel(levySheetInputs(account, [senco]));
    expect(model.tables!.map((t) => t.rows.length)).toEqual([1, 1, 1]);
  });
});
