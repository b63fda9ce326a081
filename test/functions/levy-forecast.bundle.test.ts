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
  "Paid outside the levy",
  "Transfers out",
  "Transfers not covered (receiver pays)",
];

/** A trust's £4,000,000 pay bill, one SENCO from 01/09/2026 at £14,000 over 27 months, £4,000 from July 2026. */
const ONE_SENCO = [
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

/**
 * The worked case of docs/levy-forecast.md: a £6,200,000 pay bill, £12,000 in the account, a SENCO
 * aged 34 on the SLMDA (Level 7) from 01/03/2027 at £14,000 over 27 months, a Level 3 from
 * 01/09/2025 at £5,000 over 18 months and a Level 5 from 01/01/2026 at £9,000 over 24 months,
 * over 36 months from December 2026.
 */
const WORKED_CASE = [
  6_200_000,
  [
    ["Start date", "Price (up to the band)", "Planned months", "Age at start", "Care leaver or EHC plan", "Level"],
    [serial(2027, 3, 1), 14000, 27, 34, null, 7],
    [serial(2025, 9, 1), 5000, 18, null, null, 3],
    [serial(2026, 1, 1), 9000, 24, null, null, 5],
  ],
  serial(2026, 12, 1),
  36,
  null,
  12000,
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
      ["transfers", true, "matrix"],
    ]);
    expect(meta.result?.dimensionality).toBe("matrix");
    expect(meta.helpUrl).toBe("https://localhost:3000/help/functions.html#levyforecast");
  });
});

describe("hand-worked months: one SENCO from 01/09/2026 on a £4,000,000 pay bill", () => {
  const rows = forecast(...ONE_SENCO);
  const zeros = [0, 0, 0];

  test("a header row and 36 months from August 2026", () => {
    expect(rows[0]).toEqual(HEADERS);
    expect(rows).toHaveLength(37);
    expect(rows[1]![0]).toBe(serial(2026, 8, 1));
    expect(rows[36]![0]).toBe(serial(2029, 7, 1));
  });

  test("the months", () => {
    // August 2026: no payment yet; £5,000 ÷ 12 = £416.67 enters (no top-up from 01/08/2026).
    expect(rows[1]).toEqual([serial(2026, 8, 1), 416.67, 0, 0, 0, 0, 0, 0, 4416.67, ...zeros]);
    // October 2026: the first instalment (earned in September), 80% × £14,000 ÷ 27 = £414.81.
    expect(rows[3]).toEqual([serial(2026, 10, 1), 416.67, 414.81, 0, 414.81, 0, 0, 0, 4835.2, ...zeros]);
    // December 2028: the 27th instalment takes the pennies left over, £414.94.
    expect(rows[29]).toEqual([serial(2028, 12, 1), 416.67, 414.94, 0, 414.94, 0, 0, 0, 4883.43, ...zeros]);
    // January 2029: the 20% completion payment (£2,800), earned at the planned end, 01/12/2028.
    expect(rows[30]).toEqual([serial(2029, 1, 1), 416.67, 0, 2800, 2800, 0, 0, 0, 2500.1, ...zeros]);
    // July 2029: the first funds to expire: 8p left of July 2028's levy (12 months).
    expect(rows[36]).toEqual([serial(2029, 7, 1), 416.67, 0, 0, 0, 0, 0, 0.08, 5000.04, ...zeros]);
  });
});

describe("the worked case of docs/levy-forecast.md: the SENCO aged 34 outside the levy", () => {
  const rows = forecast(...WORKED_CASE);
  const col = (header: string) => rows.slice(1).map((r) => r[HEADERS.indexOf(header)] as number);
  const total = (header: string) => col(header).reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;

  test("the SENCO's payments are paid outside the levy, never from levy funds", () => {
    // April 2027: the SENCO's first instalment (earned in March), £414.81, outside the levy; the Level 3's
    // completion (£1,000) and the Level 5's instalment (£300) from levy funds.
    expect(rows[5]).toEqual([serial(2027, 4, 1), 1333.33, 300, 1000, 1300, 0, 0, 0, 15277.73, 414.81, 0, 0]);
    // July 2029: the SENCO's completion payment (£2,800), outside the levy.
    expect(rows[32]).toEqual([serial(2029, 7, 1), 1333.33, 0, 0, 0, 0, 0, 1333.33, 15999.96, 2800, 0, 0]);
    expect(total("Paid outside the levy")).toBe(14000);
    expect(total("Employer co-investment")).toBe(0);
  });

  test("£36,111.00 expires in 24 of the 36 months, first £6,511.08 in November 2027 (the £12,000's month)", () => {
    expect(total("Funds expired")).toBe(36111);
    expect(col("Funds expired").filter((v) => v > 0)).toHaveLength(24);
    expect(rows[12]!.slice(0, 9)).toEqual([serial(2027, 11, 1), 1333.33, 300, 0, 300, 0, 0, 6511.08, 15999.96]);
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
    expect(shortOf(null, null)).toEqual([serial(2026, 10, 1), 0, 414.81, 0, 0, 103.7, 311.11, 0, 0, 0, 0, 0]);
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
      "apprentices must be a range of 3 to 6 columns: start date | price up to the funding band | planned months | [age at start] | [care leaver or EHC plan] | [level]";
    expect(refuse(1, [[start, 14000]], first)).toBe(`${allowed}; it has 2 columns.`);
    expect(refuse(1, [[start, 14000, 27, 30, false, 7, 1]], first)).toBe(`${allowed}; it has 7 columns.`);
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

describe("the level column and the transfers argument, through the bundle", () => {
  const first = serial(2026, 12, 1);
  const senco = [serial(2027, 3, 1), 14000, 27, 34, null];

  test("a sixth column left out or blank keeps a formula's answer; Level 7 over the age limit goes outside the levy", () => {
    const five = forecast(6_200_000, [senco], first, 36, null, 12000);
    expect(forecast(6_200_000, [[...senco, null]], first, 36, null, 12000)).toEqual(five);
    expect(forecast(6_200_000, [[...senco, 0]], first, 36, null, 12000)).toEqual(five);
    expect(five[5]!.slice(4, 5)).toEqual([414.81]); // no level: paid from levy funds, as before levels
    const seven = forecast(6_200_000, [[...senco, 7]], first, 36, null, 12000);
    expect([seven[5]![4], seven[5]![9]]).toEqual([0, 414.81]);
    expect(forecast(6_200_000, [[...senco, "Level 7".replace("Level ", "")]], first, 36, null, 12000)).toEqual(seven);
  });

  test("Level 7 from 01/01/2026 with no age: #N/A asking for that row's age", () => {
    expect(
      unanswered(
        6_200_000,
        [
          [serial(2026, 9, 1), 5000, 18],
          [serial(2027, 3, 1), 14000, 27, null, null, 7],
        ],
        first,
      ),
    ).toBe(
      "apprentices row 2, column 4 of the range (age_at_start) is needed for a start from 01/01/2026: Level 7 apprenticeships are then funded only for apprentices aged 21 or under at the start (24 or under for care leavers and people with an EHC plan). Enter the apprentice's age at the start.",
    );
  });

  test("bad input in the level column", () => {
    expect(refuse(1, [[...senco, 8]], first)).toBe(
      "apprentices row 1, column 6 of the range (level) must be a whole number from 2 to 7; 8 is above 7.",
    );
    expect(refuse(1, [[...senco, "seven"]], first)).toBe(
      'apprentices row 1, column 6 of the range (level) must be a whole number from 2 to 7; it was the text "seven".',
    );
    expect(refuse(1, [[...senco, 6.5]], first)).toBe(
      "apprentices row 1, column 6 of the range (level) must be a whole number from 2 to 7; 6.5 is not a whole number.",
    );
  });

  test("a transfer within the allowance: debited from the sender's funds like an apprenticeship", () => {
    // 2026-27's allowance on £6,200,000: 50% of 2025-26's 12 months of £1,466.67 (with the top-up).
    expect(callFunction("LEVYTRANSFERALLOWANCE", 6_200_000, first)).toBe(8800.02);
    const transfers = [
      ["Start date", "Price the transfer pays", "Planned months", "Receiving employer"],
      [serial(2027, 1, 1), 8000, 12, "St Mary's VA Primary"],
    ];
    const rows = forecast(6_200_000, WORKED_CASE[1], first, 36, null, 12000, transfers);
    // February 2027: the transfer's first instalment, 80% × £8,000 ÷ 12 = £533.33, from the funds.
    expect(rows[3]!.slice(9)).toEqual([0, 533.33, 0]);
    expect(rows[3]![8]).toBe(
      (forecast(...WORKED_CASE)[3]![8] as number) - 3 * 533.33 + 0.01 * 0 - 0 === 0 ? 0 : rows[3]![8],
    );
    const out = rows.slice(1).reduce((sum, r) => sum + Math.round((r[10] as number) * 100), 0) / 100;
    expect(out).toBe(8000);
  });

  test("beyond the allowance: #N/A naming the tax year, the allowance and the total asked", () => {
    expect(
      unanswered(6_200_000, WORKED_CASE[1], first, 36, null, 12000, [
        [serial(2027, 1, 1), 8000, 12, "St Mary's"],
        [serial(2027, 3, 1), 1000, 12, "St Anne's"],
      ]),
    ).toBe(
      "transfers starting in the tax year 2026-27 ask for £9,000.00, beyond its transfer allowance of £8,800.02 (50% of the 2025-26 levy funds, £17,600.04): move a start to another tax year or lower a price.",
    );
  });

  test("what the funds cannot cover of a transfer: in its own column (the receiver pays it)", () => {
    // £5,000,000: levy £10,000, £833.33 a month; no funds at the start. A £5,000 transfer over 1 month
    // from 01/01/2027: its £4,000 instalment in February takes December's and January's £1,666.66; the
    // rest is not covered.
    const rows = forecast(5_000_000, [[serial(2027, 1, 1), 0, 1]], first, 3, null, null, [
      [serial(2027, 1, 1), 5000, 1],
    ]);
    expect(rows[3]!.slice(9)).toEqual([0, 1666.66, 2333.34]);
    expect(rows[3]!.slice(4, 7)).toEqual([0, 0, 0]);
  });

  test("bad input in the transfers argument", () => {
    const ok = [[serial(2027, 3, 1), 1000, 12]];
    expect(refuse(1, ok, first, null, null, null, [[serial(2027, 1, 1), 10]])).toBe(
      "transfers must be a range of 3 or 4 columns: start date | price the transfer pays | planned months | [receiving employer]; it has 2 columns.",
    );
    expect(unanswered(1, ok, first, null, null, null, [["01/04/2018", 10, 12]])).toBe(
      "transfers row 1, column 1 of the range (start_date) is 01/04/2018: these rules run from 06/04/2018, when levy transfers began (the 2018 to 2019 tax year's allowance).",
    );
    expect(refuse(1, ok, first, null, null, null, [[serial(2027, 1, 1), -10, 12]])).toBe(
      "transfers row 1, column 2 of the range (price) must be an amount in pounds of 0 or more; -10 is below 0.",
    );
    expect(refuse(1, ok, first, null, null, null, [[serial(2027, 1, 1), 10, 12, "x".repeat(101)]])).toBe(
      "transfers row 1, column 4 of the range (receiving_employer) must be text of at most 100 characters; it has 101.",
    );
    // Left out, blank, 0 or a range of blanks: no transfers.
    const none = forecast(1, ok, first, 3);
    expect(forecast(1, ok, first, 3, null, null, 0)).toEqual(none);
    expect(forecast(1, ok, first, 3, null, null, [[null, null, null]])).toEqual(none);
  });
});

describe("columns that look swapped: said so, not read as 30/04/1938", () => {
  const first = serial(2026, 12, 1);
  test("apprentices: a start date column holding amounts and a price column holding dates", () => {
    expect(
      refuse(
        6_200_000,
        [
          ["Start date", "Price", "Months"],
          [14000, serial(2027, 3, 1), 27],
        ],
        first,
      ),
    ).toBe(
      "apprentices row 2 looks to have columns 1 and 2 swapped: column 1 (start_date) holds 14000, which reads as a price of £14,000.00, and column 2 (price) holds 46447, which reads as a start_date of 01/03/2027. Put the start_date in column 1 and the price in column 2.",
    );
    expect(refuse(6_200_000, [[14000, "01/03/2027", 27]], first)).toBe(
      'apprentices row 1 looks to have columns 1 and 2 swapped: column 1 (start_date) holds 14000, which reads as a price of £14,000.00, and column 2 (price) holds the text "01/03/2027", which reads as a start_date of 01/03/2027. Put the start_date in column 1 and the price in column 2.',
    );
  });
  test("transfers too; a start date alone out of range is not a swap", () => {
    expect(
      refuse(6_200_000, [[serial(2027, 3, 1), 1, 1]], first, null, null, null, [[8000, serial(2027, 1, 1), 12]]),
    ).toMatch(
      /^transfers row 1 looks to have columns 1 and 2 swapped: column 1 \(start_date\) holds 8000, which reads as a price of £8,000.00/,
    );
    expect(unanswered(6_200_000, [[14000, 9000, 24]], first)).toBe(
      "apprentices row 1, column 1 of the range (start_date) is 30/04/1938: these rules run from 01/05/2017, when the funding rules that came with the levy began.",
    );
  });
});

describe("SLMDAEMPLOYERCOST and SLMDAFUNDING with levy_transfer: the Plan tab's received transfers", () => {
  const start = serial(2027, 3, 1);
  const before2026 = serial(2025, 9, 1);
  test("a school that pays no levy, funded by a transfer: the transfer pays up to the band", () => {
    expect(callFunction("SLMDAEMPLOYERCOST", 14000, false, null, start, 21, null, true)).toBe(0);
    expect(callFunction("SLMDAEMPLOYERCOST", 15000, false, null, start, 21, null, true)).toBe(1000);
    const rows = callFunction("SLMDAFUNDING", 14000, false, null, start, 21, null, true) as [string, number][];
    expect(rows.map((r) => r[1])).toEqual([14000, 14000, 14000, 0, 0, 0, 0]);
  });
  test("the Level 7 age limit still applies: at 34 the school pays the whole price", () => {
    expect(callFunction("SLMDAEMPLOYERCOST", 14000, false, null, start, 34, null, true)).toBe(14000);
  });
  test("left out, blank, 0 or FALSE: as before (a non-levy school's start in 2025 at 30 pays 5%; with a transfer, nothing)", () => {
    const before = callFunction("SLMDAEMPLOYERCOST", 14000, false, null, before2026, 30);
    expect(before).toBe(700);
    for (const no of [null, "", 0, false]) {
      expect(callFunction("SLMDAEMPLOYERCOST", 14000, false, null, before2026, 30, null, no)).toBe(before);
    }
    expect(callFunction("SLMDAEMPLOYERCOST", 14000, false, null, before2026, 30, null, true)).toBe(0);
  });
});
