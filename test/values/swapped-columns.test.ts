/**
 * Columns put the wrong way round in a table: a row that reads only with a pair of its cells
 * swapped is said to be swapped, naming both columns and what each cell would read as; any other
 * row is no swap (its own error stands).
 */
import { START_DATE_LIMITS } from "../../src/rules/apprenticeship-start";
import { MONTHS_LIMITS } from "../../src/rules/slmda-programme";
import { moneyArg, numberArg } from "../../src/values/coerce";
import { dateArg } from "../../src/values/dates";
import { reads, swappedColumnsError, type SwappableColumns } from "../../src/values/swapped-columns";

/** 01/03/2027 and 01/01/2027 as Excel holds them (days since 30/12/1899). */
const MARCH_2027 = 46447;
const JANUARY_2027 = 46388;

const startDate = dateArg("start_date", START_DATE_LIMITS);
const price = moneyArg("price");
const months = numberArg("months", MONTHS_LIMITS, { optional: true });
const show: SwappableColumns["show"] = [(v) => `day ${String(v)}`, (v) => `${String(v)} pounds`];

describe("reads", () => {
  test("true when the coercer takes the cell, false when it refuses it", () => {
    expect([reads(price, 14000), reads(price, "abc"), reads(startDate, 14000), reads(startDate, MARCH_2027)]).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});

describe("swappedColumnsError", () => {
  test("a row that reads with the two columns swapped: the row, both columns and what each cell reads as", () => {
    const row = [27, 14000, MARCH_2027];
    const error = swappedColumnsError("apprentices", [months, startDate, price], row, 4, [{ cols: [1, 2], show }]);
    expect(error?.message).toBe(
      "apprentices row 5 looks to have columns 2 and 3 swapped: column 2 (start_date) holds 14000, which reads as a price of 14000 pounds, and column 3 (price) holds 46447, which reads as a start_date of day 46447. Put the start_date in column 2 and the price in column 3.",
    );
    expect(error?.value).toEqual(row);
  });

  test("the first columns swapped, in a row that leaves out an optional column", () => {
    const error = swappedColumnsError("transfers", [startDate, price, months], [8000, JANUARY_2027], 0, [
      { cols: [0, 1], show },
    ]);
    expect(error?.message).toBe(
      "transfers row 1 looks to have columns 1 and 2 swapped: column 1 (start_date) holds 8000, which reads as a price of 8000 pounds, and column 2 (price) holds 46388, which reads as a start_date of day 46388. Put the start_date in column 1 and the price in column 2.",
    );
  });

  test("a date typed as text in the price column: only the price read as a date makes the row read", () => {
    const error = swappedColumnsError("apprentices", [startDate, price, months], [14000, "01/03/2027", 27], 0, [
      { cols: [0, 1], show },
    ]);
    expect(error?.message).toBe(
      'apprentices row 1 looks to have columns 1 and 2 swapped: column 1 (start_date) holds 14000, which reads as a price of 14000 pounds, and column 2 (price) holds the text "01/03/2027", which reads as a start_date of day 46447. Put the start_date in column 1 and the price in column 2.',
    );
  });

  test("each pair is tried in turn", () => {
    const pairs: SwappableColumns[] = [
      { cols: [0, 2], show },
      { cols: [1, 2], show },
    ];
    const error = swappedColumnsError("apprentices", [months, startDate, price], [27, 14000, MARCH_2027], 0, pairs);
    expect(error?.message).toMatch(/^apprentices row 1 looks to have columns 2 and 3 swapped: /);
  });

  test("no swap: a row that reads neither way, or as it stands, or only with another column changed", () => {
    const columns = [startDate, price, months];
    const pairs: SwappableColumns[] = [{ cols: [0, 1], show }];
    expect(swappedColumnsError("apprentices", columns, ["abc", 14000, 27], 0, pairs)).toBeUndefined();
    expect(swappedColumnsError("apprentices", columns, [MARCH_2027, JANUARY_2027, 27], 0, pairs)).toBeUndefined();
    expect(swappedColumnsError("apprentices", columns, [14000, MARCH_2027, 61], 0, pairs)).toBeUndefined();
    expect(swappedColumnsError("apprentices", columns, [14000, MARCH_2027, 27], 0, [])).toBeUndefined();
  });
});
