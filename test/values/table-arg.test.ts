/**
 * A range argument read as a table: the header, blank and all-0 rows, each column through its own
 * coercer, errors naming the row and column of the range, and "an amount or a table".
 */
import { amountOrTableArg, tableArg } from "../../src/values/table-arg";
import { moneyArg, numberArg } from "../../src/values/coerce";
import { dateArg } from "../../src/values/dates";
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import { START_DATE_LIMITS } from "../../src/rules/apprenticeship-start";
import { ruleErrorOf } from "../helpers/rule-error";

const table = tableArg(
  "things",
  "a range of 2 or 3 columns: start_date | price | [months]",
  [
    dateArg("start_date", START_DATE_LIMITS),
    moneyArg("price"),
    numberArg(
      "months",
      { allowed: "a whole number from 1 to 60", min: 1, max: 60, integer: true },
      { optional: true, zeroIsBlank: true },
    ),
  ],
  2,
  (v, row) => ({ v, row }),
);

describe("tableArg", () => {
  test("a header of text is skipped; a first row of data typed as text is read", () => {
    expect(
      table.coerce([
        ["Start", "Price"],
        [ymd(2026, 9, 1), 5],
      ]),
    ).toEqual([{ v: [ymd(2026, 9, 1), 5, undefined], row: 1 }]);
    expect(table.coerce([["01/09/2026", "£14,000"]])).toEqual([{ v: [ymd(2026, 9, 1), 14000, undefined], row: 0 }]);
  });

  test("a first row of text whose first cell is a date but whose price is not is an error, never a header", () => {
    expect(ruleErrorOf(() => table.coerce([["01/09/2026", "abc"]])).message).toBe(
      'things row 1, column 2 of the range (price) must be an amount in pounds of 0 or more; it was the text "abc".',
    );
  });

  test("rows of blanks and of 0 are skipped; rows keep their place in the range", () => {
    expect(
      table
        .coerce([
          [null, ""],
          [0, 0, 0],
          [ymd(2026, 9, 1), 0, 12],
        ])
        .map((item) => item.row),
    ).toEqual([2]);
  });

  test("a blank in a needed column of a row with data names the cell", () => {
    expect(
      ruleErrorOf(() =>
        table.coerce([
          [ymd(2026, 9, 1), 5],
          [null, 5],
        ]),
      ).message,
    ).toBe(
      "things row 2, column 1 of the range (start_date) is required: enter a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026.",
    );
  });

  test("the wrong width says what the range must be", () => {
    const width = (raw: unknown) => ruleErrorOf(() => table.coerce(raw)).message;
    expect(width([[1]])).toBe(
      "things must be a range of 2 or 3 columns: start_date | price | [months]; it has 1 column.",
    );
    expect(width([[1, 2, 3, 4]])).toMatch(/it has 4 columns\.$/);
    expect(width([])).toMatch(/it has 0 columns\.$/);
    expect(ruleErrorOf(() => table.coerce(null)).message).toBe("things is required: enter a range of cells.");
  });
});

describe("amountOrTableArg", () => {
  const funds = amountOrTableArg(table);

  test("left out, blank, 0 or a table of blanks: none", () => {
    for (const raw of [
      null,
      undefined,
      "",
      0,
      [[0]],
      [[null]],
      [
        [null, null],
        [0, 0],
      ],
    ]) {
      expect(funds.coerce(raw)).toBeUndefined();
    }
  });

  test("optional, named and described as its table; a blank cell is none", () => {
    const either = amountOrTableArg(table);
    expect([either.optional, either.name, either.allowed]).toEqual([
      true,
      "things",
      "a range of 2 or 3 columns: start_date | price | [months]",
    ]);
    expect([either.coerce(null), either.coerce([[""]])]).toEqual([undefined, undefined]);
  });

  test("a single column of amounts is a table of the wrong width, not the first amount", () => {
    expect(ruleErrorOf(() => amountOrTableArg(table).coerce([[4000], [5000]])).message).toBe(
      "things must be a range of 2 or 3 columns: start_date | price | [months]; it has 1 column.",
    );
  });

  test("an amount, typed or in one cell; a table of two columns or more", () => {
    expect([funds.coerce(4000), funds.coerce("£4,000"), funds.coerce([[4000]])]).toEqual([4000, 4000, 4000]);
    expect(funds.coerce([[ymd(2026, 7, 1), 4000]])).toEqual([{ v: [ymd(2026, 7, 1), 4000, undefined], row: 0 }]);
    expect(ruleErrorOf(() => funds.coerce(-1)).message).toBe(
      "things must be an amount in pounds of 0 or more; -1 is below 0.",
    );
  });
});

describe("tableArg: width, and where a header may be", () => {
  test("every column given is read; one column more than there are is refused", () => {
    expect(table.coerce([[ymd(2026, 9, 1), 5, 12]])).toEqual([{ v: [ymd(2026, 9, 1), 5, 12], row: 0 }]);
    const error = ruleErrorOf(() => table.coerce([[ymd(2026, 9, 1), 5, 12, 1]]));
    expect(error.message).toBe(
      "things must be a range of 2 or 3 columns: start_date | price | [months]; it has 4 columns.",
    );
    expect(error.allowed).toBe("a range of 2 or 3 columns: start_date | price | [months]");
    expect(error.value).toEqual([[ymd(2026, 9, 1), 5, 12, 1]]);
  });

  test("only the first row may be a header, and only when every cell is text", () => {
    expect(
      ruleErrorOf(() =>
        table.coerce([
          [ymd(2026, 9, 1), 5],
          ["Start", "Price"],
        ]),
      ).message,
    ).toBe(
      'things row 2, column 1 of the range (start_date) must be a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026; it was the text "Start".',
    );
    expect(ruleErrorOf(() => table.coerce([["Start", 5]])).message).toBe(
      'things row 1, column 1 of the range (start_date) must be a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026; it was the text "Start".',
    );
  });

  test("an amount or a table: a range of two rows is a table", () => {
    const either = amountOrTableArg(table);
    expect(
      either.coerce([
        [ymd(2026, 9, 1), 5],
        [ymd(2026, 10, 1), 6],
      ]),
    ).toEqual([
      { v: [ymd(2026, 9, 1), 5, undefined], row: 0 },
      { v: [ymd(2026, 10, 1), 6, undefined], row: 1 },
    ]);
    expect(either.coerce([[1500]])).toBe(1500);
  });
});
