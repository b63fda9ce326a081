/**
 * SEND.LEVYFORECAST through the built bundle (dist/functions.js in a vm with a CustomFunctions
 * stub), with the argument shapes Excel passes: the worked case of docs/levy-forecast.md month by
 * month (the page's table must be what the bundle gives), the forms each argument takes, and bad
 * input in every argument. Run `npm run build` first.
 */
import fs from "fs";
import path from "path";
import { callExpectingError, callFunction, ErrorCode, metadataFor } from "../helpers/bundle";

/** Excel serial of a calendar date (independent of the code under test: days since 30/12/1899). */
const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

const HEADERS = [
  "Month",
  "Levy funds in",
  "Instalments",
  "Completion payments",
  "Paid from levy funds",
  "Employer co-investment",
  "Government co-investment",
  "Funds expired",
  "Balance at month end",
];

/** The worked case: a trust's £4,000,000 pay bill, one SENCO from 01/09/2026 at £14,000 over 27 months, £4,000 from July 2026. */
const WORKED_CASE = [
  4_000_000,
  [
    ["Start date", "Price the levy pays", "Planned months"],
    [serial(2026, 9, 1), 14000, 27],
  ],
  serial(2026, 8, 1),
  36,
  null,
  [
    ["Month entered", "Amount unspent"],
    [serial(2026, 7, 1), 4000],
  ],
];

const forecast = (...args: unknown[]) => callFunction("LEVYFORECAST", ...args) as (string | number)[][];
const refuse = (...args: unknown[]) => {
  const error = callExpectingError("LEVYFORECAST", ...args);
  expect(error.code).toBe(ErrorCode.invalidValue);
  return error.message;
};
const unanswered = (...args: unknown[]) => {
  const error = callExpectingError("LEVYFORECAST", ...args);
  expect(error.code).toBe(ErrorCode.notAvailable);
  return error.message;
};

const MONTH_NAMES = "January February March April May June July August September October November December".split(" ");
/** A row of the spill as docs/levy-forecast.md writes it: "August 2026 | 416.67 | ...". */
function docRow(row: (string | number)[]): string {
  const date = new Date(Date.UTC(1899, 11, 30) + (row[0] as number) * 86_400_000);
  const money = row.slice(1).map((v) => (v as number).toLocaleString("en-GB", { minimumFractionDigits: 2 }));
  return `| ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()} | ${money.join(" | ")} |`;
}

describe("metadata", () => {
  test("id, arguments in order, the two ranges, a spill", () => {
    const meta = metadataFor("LEVYFORECAST");
    expect(meta.parameters.map((p) => [p.name, p.optional ?? false, p.dimensionality ?? "scalar"])).toEqual([
      ["annual_pay_bill", false, "scalar"],
      ["apprentices", false, "matrix"],
      ["first_month", false, "scalar"],
      ["months", true, "scalar"],
      ["english_share", true, "scalar"],
      ["funds_in_account", true, "matrix"],
    ]);
    expect(meta.result?.dimensionality).toBe("matrix");
    expect(meta.helpUrl).toBe("https://localhost:3000/help/functions.html#levyforecast");
  });
});

describe("the worked case of docs/levy-forecast.md", () => {
  const rows = forecast(...WORKED_CASE);

  test("a header row and 36 months from August 2026", () => {
    expect(rows[0]).toEqual(HEADERS);
    expect(rows).toHaveLength(37);
    expect(rows[1]![0]).toBe(serial(2026, 8, 1));
    expect(rows[36]![0]).toBe(serial(2029, 7, 1));
  });

  test("hand-worked months", () => {
    // August 2026: no payment yet; £5,000 ÷ 12 = £416.67 enters (no top-up from 01/08/2026).
    expect(rows[1]).toEqual([serial(2026, 8, 1), 416.67, 0, 0, 0, 0, 0, 0, 4416.67]);
    // October 2026: the first instalment (earned in September), 80% × £14,000 ÷ 27 = £414.81.
    expect(rows[3]).toEqual([serial(2026, 10, 1), 416.67, 414.81, 0, 414.81, 0, 0, 0, 4835.2]);
    // December 2028: the 27th instalment takes the pennies left over, £414.94.
    expect(rows[29]).toEqual([serial(2028, 12, 1), 416.67, 414.94, 0, 414.94, 0, 0, 0, 4883.43]);
    // January 2029: the 20% completion payment (£2,800), earned at the planned end, 01/12/2028.
    expect(rows[30]).toEqual([serial(2029, 1, 1), 416.67, 0, 2800, 2800, 0, 0, 0, 2500.1]);
    // July 2029: the first funds to expire: 8p left of July 2028's levy (12 months).
    expect(rows[36]).toEqual([serial(2029, 7, 1), 416.67, 0, 0, 0, 0, 0, 0.08, 5000.04]);
  });

  test("docs/levy-forecast.md shows these months, row for row", () => {
    const text = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "levy-forecast.md"), "utf8");
    const table = /<!-- worked case: start -->\n([\s\S]*?)<!-- worked case: end -->/.exec(text);
    expect(table).not.toBeNull();
    const lines = table![1]!.trim().split("\n").slice(2); // after the header and the rule
    expect(lines.map((line) => line.replace(/\s+\|/g, " |").replace(/\|\s+/g, "| "))).toEqual(
      rows.slice(1).map(docRow),
    );
  });
});

describe("the forms each argument takes", () => {
  const start = serial(2026, 9, 1);
  const first = serial(2026, 8, 1);

  test("text where Excel users type it: '£4,000,000', '01/09/2026', '27', '80%'", () => {
    expect(forecast("£4,000,000", [["01/09/2026", "£14,000", "27"]], "01/08/2026", "36", "100%", "4000")).toEqual(
      forecast(4_000_000, [[start, 14000, 27]], first, 36, null, 4000),
    );
  });

  test("blank rows and rows of zeros (Windows' empty cells) are skipped, so are a header and blank optional columns", () => {
    const plain = forecast(4_000_000, [[start, 14000, 27]], first, 6);
    expect(
      forecast(
        4_000_000,
        [
          ["Start", "Price", "Months", "Age", "Care leaver"],
          [null, null, null, null, null],
          [start, 14000, 27, 0, 0],
          [0, 0, 0, 0, 0],
          ["", "", "", "", ""],
        ],
        first,
        6,
      ),
    ).toEqual(plain);
  });

  test("months: left out, blank or 0 is 24", () => {
    expect(forecast(4_000_000, [[start, 14000, 27]], first)).toHaveLength(25);
    expect(forecast(4_000_000, [[start, 14000, 27]], first, 0)).toHaveLength(25);
  });

  test("funds_in_account: left out, 0, or a range of blanks is none; a number entered the month before", () => {
    const none = forecast(4_000_000, [[start, 14000, 27]], first, 3);
    expect(forecast(4_000_000, [[start, 14000, 27]], first, 3, null, 0)).toEqual(none);
    expect(forecast(4_000_000, [[start, 14000, 27]], first, 3, null, [[0]])).toEqual(none);
    expect(
      forecast(4_000_000, [[start, 14000, 27]], first, 3, null, [
        [null, null],
        [0, 0],
      ]),
    ).toEqual(none);
    expect(forecast(4_000_000, [[start, 14000, 27]], first, 1, null, 4000)).toEqual(
      forecast(4_000_000, [[start, 14000, 27]], first, 1, null, [[serial(2026, 7, 31), 4000]]),
    );
  });

  test("english_share 80%; 0 (a blank cell on Windows) is left out: 100%", () => {
    expect(forecast(4_000_000, [[start, 14000, 27]], serial(2026, 7, 1), 2, "80%").map((r) => r[1])).toEqual([
      "Levy funds in",
      366.67,
      333.33,
    ]);
    expect(forecast(4_000_000, [[start, 14000, 27]], first, 1, 0)).toEqual(
      forecast(4_000_000, [[start, 14000, 27]], first, 1, null),
    );
  });

  test("an age and the care-leaver/EHC flag are read and change nothing for a levy payer", () => {
    const shortOf = (age: unknown, care: unknown) =>
      forecast(0, [[start, 14000, 27, age, care]], serial(2026, 10, 1), 1)[1];
    expect(shortOf(null, null)).toEqual([serial(2026, 10, 1), 0, 414.81, 0, 0, 103.7, 311.11, 0, 0]);
    expect(shortOf(19, true)).toEqual(shortOf(null, null));
    expect(shortOf("21", "TRUE")).toEqual(shortOf(null, null));
  });
});

describe("bad input in every argument: #VALUE! naming it (and the row and column of a range)", () => {
  const start = serial(2026, 9, 1);
  const first = serial(2026, 8, 1);
  const ok = [[start, 14000, 27]];

  test("annual_pay_bill", () => {
    expect(refuse("abc", ok, first)).toBe(
      'annual_pay_bill must be an amount in pounds of 0 or more; it was the text "abc".',
    );
    expect(refuse(-1, ok, first)).toBe("annual_pay_bill must be an amount in pounds of 0 or more; -1 is below 0.");
    // A blank pay bill (null on the web, 0 on Windows) is £0: no levy.
    expect(forecast(null, ok, first, 1)).toEqual(forecast(0, ok, first, 1));
  });

  test("apprentices: its width", () => {
    const allowed =
      "apprentices must be a range of 3 to 5 columns: start date | price the levy pays | planned months | [age at start] | [care leaver or EHC plan]";
    expect(refuse(1, [[start, 14000]], first)).toBe(`${allowed}; it has 2 columns.`);
    expect(refuse(1, [[start, 14000, 27, 30, false, 1]], first)).toBe(`${allowed}; it has 6 columns.`);
    expect(refuse(1, "K", first)).toBe(`${allowed}; it has 1 column.`);
    expect(refuse(1, null, first)).toBe("apprentices is required: enter a range of cells.");
  });

  test("apprentices: each column, naming the row and column of the range", () => {
    expect(
      refuse(
        1,
        [
          ["Start", "Price", "Months"],
          [start, null, 27],
        ],
        first,
      ),
    ).toBe("apprentices row 2, column 2 of the range (price) is required: enter an amount in pounds of 0 or more.");
    expect(refuse(1, [[null, 14000, 27]], first)).toMatch(
      /^apprentices row 1, column 1 of the range \(start_date\) is required/,
    );
    expect(refuse(1, [[start, 14000, 0]], first)).toBe(
      "apprentices row 1, column 3 of the range (months) must be a whole number from 1 to 60; it was blank.",
    );
    expect(refuse(1, [[start, "abc", 27]], first)).toBe(
      'apprentices row 1, column 2 of the range (price) must be an amount in pounds of 0 or more; it was the text "abc".',
    );
    expect(refuse(1, [[2026, 14000, 27]], first)).toBe(
      "apprentices row 1, column 1 of the range (start_date) looks like a year (2026): type the whole date, such as 01/09/2026.",
    );
    expect(unanswered(1, [["30/04/2017", 14000, 27]], first)).toBe(
      "apprentices row 1, column 1 of the range (start_date) is 30/04/2017: these rules run from 01/05/2017, when the funding rules that came with the levy began.",
    );
    expect(refuse(1, [[start, 14000, 61]], first)).toContain(
      "row 1, column 3 of the range (months) must be a whole number from 1 to 60",
    );
    expect(refuse(1, [[start, 14000, 27, 15]], first)).toBe(
      "apprentices row 1, column 4 of the range (age_at_start) must be a whole number from 16 to 99; 15 is below 16.",
    );
    expect(refuse(1, [[start, 14000, 27, 30, "maybe"]], first)).toBe(
      'apprentices row 1, column 5 of the range (care_leaver_or_ehc_plan) must be TRUE or FALSE (Yes or No); it was the text "maybe".',
    );
  });

  test("first_month", () => {
    expect(refuse(1, ok, 2026)).toBe("first_month looks like a year (2026): type the whole date, such as 01/09/2026.");
    expect(unanswered(1, ok, "05/04/2017")).toBe(
      "first_month is 05/04/2017: these rules run from 06/04/2017, when the Apprenticeship Levy began.",
    );
    expect(refuse(1, ok, "next month")).toMatch(/^first_month must be a month, such as Dec 2026/);
    expect(refuse(1, ok, null)).toMatch(/^first_month is required/);
  });

  test("months", () => {
    expect(refuse(1, ok, first, 61)).toBe("months must be a whole number from 1 to 60; 61 is above 60.");
    expect(refuse(1, ok, first, 1.5)).toBe("months must be a whole number from 1 to 60; 1.5 is not a whole number.");
    expect(refuse(1, ok, first, "x")).toBe('months must be a whole number from 1 to 60; it was the text "x".');
  });

  test("english_share", () => {
    expect(refuse(1, ok, first, null, 34)).toBe(
      "english_share must be a percentage from 0% to 100%: for 34% type 34% or 0.34, not 34.",
    );
    expect(refuse(1, ok, first, null, "abc")).toMatch(/^english_share must be a percentage from 0% to 100%/);
  });

  test("funds_in_account", () => {
    expect(refuse(1, ok, first, null, null, "abc")).toBe(
      'funds_in_account must be an amount in pounds of 0 or more; it was the text "abc".',
    );
    expect(refuse(1, ok, first, null, null, [[1], [2]])).toBe(
      "funds_in_account must be an amount in pounds, or a range of 2 columns: month entered | amount unspent; it has 1 column.",
    );
    expect(refuse(1, ok, first, null, null, [[serial(2026, 8, 5), 100]])).toBe(
      "funds_in_account row 1, column 1 of the range (entry_date) must be a month before first_month whose funds have not expired; it was 08/2026, whose funds expire in 08/2027.",
    );
    expect(
      refuse(1, ok, first, null, null, [
        ["Month", "Amount"],
        [serial(2026, 7, 1), 100],
        [serial(2024, 1, 1), 5],
      ]),
    ).toBe(
      "funds_in_account row 3, column 1 of the range (entry_date) must be a month before first_month whose funds have not expired; it was 01/2024, whose funds expire in 01/2026.",
    );
    expect(refuse(1, ok, first, null, null, [[serial(2026, 7, 1), -5]])).toBe(
      "funds_in_account row 1, column 2 of the range (levy_funds) must be an amount in pounds of 0 or more; -5 is below 0.",
    );
    expect(refuse(1, ok, first, null, null, [[2025, 5]])).toContain("(entry_date) looks like a year (2025)");
  });
});
