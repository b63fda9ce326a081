/**
 * SEND.LEVYFORECAST's ranges as coercers: each column read by the coercer it is named after, the
 * dates each table answers from, blanks and 0 in the optional columns, the width each range may
 * have, and a start date column swapped with the price column said so.
 */
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import {
  apprenticesArg,
  fundsInAccountArg,
  monthsArg,
  optionalTransfersArg,
  transfersArg,
} from "../../src/values/levy-forecast-args";
import { ruleErrorOf } from "../helpers/rule-error";

/** 01/03/2027 and 01/01/2027 as Excel holds them (days since 30/12/1899). */
const MARCH_2027 = 46447;
const JANUARY_2027 = 46388;

const refusal = (run: () => unknown) => ruleErrorOf(run).message;

describe("apprentices", () => {
  test("every column read into its field; a header skipped; rows keep their place", () => {
    expect(
      apprenticesArg.coerce([
        ["Start date", "Price", "Planned months", "Age at start", "Care leaver or EHC plan", "Level"],
        [MARCH_2027, "£14,000", 27, 34, true, 7],
        [ymd(2025, 9, 1), 5000, "18", "19", "No", 3],
      ]),
    ).toEqual([
      {
        startSerial: MARCH_2027,
        price: 14000,
        months: 27,
        ageAtStart: 34,
        careLeaverOrEhcPlan: true,
        level: 7,
        row: 1,
      },
      {
        startSerial: ymd(2025, 9, 1),
        price: 5000,
        months: 18,
        ageAtStart: 19,
        careLeaverOrEhcPlan: false,
        level: 3,
        row: 2,
      },
    ]);
  });

  test("months, age and level left out, blank or 0 are undefined; care leaver blank is undefined and 0 is FALSE", () => {
    const blanks = { months: undefined, ageAtStart: undefined, careLeaverOrEhcPlan: undefined, level: undefined };
    expect(apprenticesArg.coerce([[MARCH_2027, 14000, null]])).toEqual([
      { startSerial: MARCH_2027, price: 14000, ...blanks, row: 0 },
    ]);
    expect(apprenticesArg.coerce([[MARCH_2027, 14000, "", null, "", null]])).toEqual([
      { startSerial: MARCH_2027, price: 14000, ...blanks, row: 0 },
    ]);
    expect(apprenticesArg.coerce([[MARCH_2027, 14000, 0, 0, 0, 0]])).toEqual([
      { startSerial: MARCH_2027, price: 14000, ...blanks, careLeaverOrEhcPlan: false, row: 0 },
    ]);
  });

  test("each column named by its argument in a message, with its range", () => {
    const row = (cells: unknown[]) => refusal(() => apprenticesArg.coerce([cells]));
    expect(row([MARCH_2027, "abc", 27])).toBe(
      'apprentices row 1, column 2 of the range (price) must be an amount in pounds of 0 or more; it was the text "abc".',
    );
    expect(row([MARCH_2027, 14000, 61])).toBe(
      "apprentices row 1, column 3 of the range (months) must be a whole number from 1 to 60; 61 is above 60.",
    );
    expect(row([MARCH_2027, 14000, 27, 15])).toBe(
      "apprentices row 1, column 4 of the range (age_at_start) must be a whole number from 16 to 99; 15 is below 16.",
    );
    expect(row([MARCH_2027, 14000, 27, 34, "maybe"])).toBe(
      'apprentices row 1, column 5 of the range (care_leaver_or_ehc_plan) must be TRUE or FALSE (Yes or No); it was the text "maybe".',
    );
    expect(row([MARCH_2027, 14000, 27, 34, null, 8])).toBe(
      "apprentices row 1, column 6 of the range (level) must be a whole number from 2 to 7; 8 is above 7.",
    );
  });

  test("starts from 01/05/2017, when the funding rules that came with the levy began", () => {
    expect(apprenticesArg.coerce([[ymd(2017, 5, 1), 14000, 27]]).map((a) => a.startSerial)).toEqual([ymd(2017, 5, 1)]);
    expect(refusal(() => apprenticesArg.coerce([[ymd(2017, 4, 30), 14000, 27]]))).toBe(
      "apprentices row 1, column 1 of the range (start_date) is 30/04/2017: these rules run from 01/05/2017, when the funding rules that came with the levy began.",
    );
  });

  test("the wrong width says what the range must be", () => {
    expect(refusal(() => apprenticesArg.coerce([[MARCH_2027, 14000]]))).toBe(
      "apprentices must be a range of 3 to 6 columns: start date | price up to the funding band | planned months | [age at start] | [care leaver or EHC plan] | [level]; it has 2 columns.",
    );
  });

  test("a start date column holding the price and a price column holding the date is said to be swapped", () => {
    expect(refusal(() => apprenticesArg.coerce([[14000, MARCH_2027, 27]]))).toBe(
      "apprentices row 1 looks to have columns 1 and 2 swapped: column 1 (start_date) holds 14000, which reads as a price of £14,000.00, and column 2 (price) holds 46447, which reads as a start_date of 01/03/2027. Put the start_date in column 1 and the price in column 2.",
    );
  });
});

describe("transfers", () => {
  test("the receiving employer trimmed; blank or 0 (an empty cell on Windows) left out", () => {
    expect(
      transfersArg.coerce([
        [JANUARY_2027, 8000, 12, "  Hill Academy Trust "],
        [JANUARY_2027, 6000, 24, 0],
        [JANUARY_2027, 6000, 24, null],
        [JANUARY_2027, 6000, 24],
      ]),
    ).toEqual([
      { startSerial: JANUARY_2027, price: 8000, months: 12, receivingEmployer: "Hill Academy Trust", row: 0 },
      { startSerial: JANUARY_2027, price: 6000, months: 24, receivingEmployer: undefined, row: 1 },
      { startSerial: JANUARY_2027, price: 6000, months: 24, receivingEmployer: undefined, row: 2 },
      { startSerial: JANUARY_2027, price: 6000, months: 24, receivingEmployer: undefined, row: 3 },
    ]);
    expect(refusal(() => transfersArg.coerce([[JANUARY_2027, 10, 12, "x".repeat(101)]]))).toBe(
      "transfers row 1, column 4 of the range (receiving_employer) must be text of at most 100 characters; it has 101.",
    );
    expect(transfersArg.coerce([[JANUARY_2027, 10, 12, "x".repeat(100)]])[0]!.receivingEmployer).toHaveLength(100);
  });

  test("starts from 06/04/2018, when levy transfers began", () => {
    expect(transfersArg.coerce([[ymd(2018, 4, 6), 8000, 12]]).map((t) => t.startSerial)).toEqual([ymd(2018, 4, 6)]);
    expect(refusal(() => transfersArg.coerce([["05/04/2018", 8000, 12]]))).toBe(
      "transfers row 1, column 1 of the range (start_date) is 05/04/2018: these rules run from 06/04/2018, when levy transfers began (the 2018 to 2019 tax year's allowance).",
    );
  });

  test("the wrong width, months out of range and swapped columns say so", () => {
    expect(refusal(() => transfersArg.coerce([[JANUARY_2027, 8000]]))).toBe(
      "transfers must be a range of 3 or 4 columns: start date | price the transfer pays | planned months | [receiving employer]; it has 2 columns.",
    );
    expect(refusal(() => transfersArg.coerce([[JANUARY_2027, 8000, 61]]))).toBe(
      "transfers row 1, column 3 of the range (months) must be a whole number from 1 to 60; 61 is above 60.",
    );
    expect(refusal(() => transfersArg.coerce([[8000, JANUARY_2027, 12]]))).toBe(
      "transfers row 1 looks to have columns 1 and 2 swapped: column 1 (start_date) holds 8000, which reads as a price of £8,000.00, and column 2 (price) holds 46388, which reads as a start_date of 01/01/2027. Put the start_date in column 1 and the price in column 2.",
    );
  });

  test("as an optional argument: left out, blank, 0 or a range of blank rows is none", () => {
    expect(optionalTransfersArg.optional).toBe(true);
    expect(optionalTransfersArg.name).toBe("transfers");
    for (const raw of [null, undefined, 0, "", [[null, null, null]], [[0, 0, 0]]]) {
      expect(optionalTransfersArg.coerce(raw)).toBeUndefined();
    }
    expect(optionalTransfersArg.coerce([[JANUARY_2027, 8000, 12]])).toEqual([
      { startSerial: JANUARY_2027, price: 8000, months: 12, receivingEmployer: undefined, row: 0 },
    ]);
    expect(refusal(() => optionalTransfersArg.coerce(8000))).toBe(
      "transfers must be a range of 3 or 4 columns: start date | price the transfer pays | planned months | [receiving employer]; it has 1 column.",
    );
  });
});

describe("funds_in_account", () => {
  test("an amount, or a table of months entered and amounts unspent, either column blank in a row", () => {
    expect(fundsInAccountArg.coerce("£12,000")).toBe(12000);
    expect(
      fundsInAccountArg.coerce([
        ["Month entered", "Amount unspent"],
        [ymd(2026, 7, 1), 4000],
        [null, 500],
        ["01/08/2026", null],
      ]),
    ).toEqual([
      { monthSerial: ymd(2026, 7, 1), amount: 4000, row: 1 },
      { monthSerial: undefined, amount: 500, row: 2 },
      { monthSerial: ymd(2026, 8, 1), amount: undefined, row: 3 },
    ]);
  });

  test("months entered from 06/04/2017, when the levy began", () => {
    expect(fundsInAccountArg.coerce([["06/04/2017", 4000]])).toEqual([
      { monthSerial: ymd(2017, 4, 6), amount: 4000, row: 0 },
    ]);
    expect(refusal(() => fundsInAccountArg.coerce([["05/04/2017", 4000]]))).toBe(
      "funds_in_account row 1, column 1 of the range (entry_date) is 05/04/2017: these rules run from 06/04/2017, when the Apprenticeship Levy began.",
    );
  });

  test("a negative amount, the wrong width and swapped columns say so", () => {
    expect(refusal(() => fundsInAccountArg.coerce([[ymd(2026, 7, 1), -5]]))).toBe(
      "funds_in_account row 1, column 2 of the range (levy_funds) must be an amount in pounds of 0 or more; -5 is below 0.",
    );
    expect(refusal(() => fundsInAccountArg.coerce([[ymd(2026, 7, 1), 4000, 1]]))).toBe(
      "funds_in_account must be an amount in pounds, or a range of 2 columns: month entered | amount unspent; it has 3 columns.",
    );
    expect(refusal(() => fundsInAccountArg.coerce([[4000, ymd(2026, 7, 1)]]))).toBe(
      "funds_in_account row 1 looks to have columns 1 and 2 swapped: column 1 (entry_date) holds 4000, which reads as a levy_funds of £4,000.00, and column 2 (levy_funds) holds 46204, which reads as a entry_date of 01/07/2026. Put the entry_date in column 1 and the levy_funds in column 2.",
    );
  });
});

describe("months", () => {
  test("1 to 60; left out, blank or 0 is the default", () => {
    expect([monthsArg.coerce(1), monthsArg.coerce(60), monthsArg.coerce(0), monthsArg.coerce(null)]).toEqual([
      1,
      60,
      undefined,
      undefined,
    ]);
    expect(refusal(() => monthsArg.coerce(61))).toBe("months must be a whole number from 1 to 60; 61 is above 60.");
  });
});
