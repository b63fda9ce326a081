import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import {
  addMonthsSerial,
  formatSerialDdMmYyyy,
  isExcelDateSerial,
  MAX_EXCEL_DATE_SERIAL,
  ruleInForce,
  serialFromLocalDate,
  serialFromYmd,
  ymdFromSerial,
} from "../../src/rules/excel-dates";
import { dateArg } from "../../src/values/dates";

describe("serialFromYmd / ymdFromSerial follow Excel's 1900 date system", () => {
  test.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60], // Excel's phantom leap day
    [1900, 3, 1, 61],
    [2020, 9, 1, 44075],
    [2021, 3, 29, 44284],
    [2026, 1, 1, 46023],
    [9999, 12, 31, MAX_EXCEL_DATE_SERIAL],
  ])("%i-%i-%i is serial %i and back", (year, month, day, serial) => {
    expect(serialFromYmd(year, month, day)).toBe(serial);
    expect(ymdFromSerial(serial)).toEqual({ year, month, day });
  });

  test("impossible calendar dates are NaN (for text parsing to reject)", () => {
    expect(serialFromYmd(2021, 2, 29)).toBeNaN();
    expect(serialFromYmd(2021, 13, 1)).toBeNaN();
    expect(serialFromYmd(2021, 4, 31)).toBeNaN();
    expect(serialFromYmd(2021, 1, 1.5)).toBeNaN();
    expect(serialFromYmd(50, 1, 1)).toBeNaN();
  });

  test("a fraction or a number that is no number in any part is NaN", () => {
    expect(serialFromYmd(2021, 1.5, 1)).toBeNaN();
    expect(serialFromYmd(2021.5, 1, 1)).toBeNaN();
    expect(serialFromYmd(1900, 2, 29.5)).toBeNaN();
    expect(serialFromYmd(Number.NaN, 1, 1)).toBeNaN();
    expect(serialFromYmd(2021, Number.NaN, 1)).toBeNaN();
    expect(serialFromYmd(2021, 2, Infinity)).toBeNaN();
  });

  test("only the 29th of February 1900 is the phantom day: the 29th of January and March are real", () => {
    expect(serialFromYmd(1900, 1, 29)).toBe(29);
    expect(serialFromYmd(1900, 3, 29)).toBe(89);
  });

  test("serialFromLocalDate takes the local calendar day (a time of day dropped)", () => {
    expect(serialFromLocalDate(new Date(2026, 11, 7, 23, 30))).toBe(46363);
    expect(serialFromLocalDate(new Date(2026, 0, 1))).toBe(46023);
  });

  test("ymdFromSerial refuses what is no serial, naming it", () => {
    expect(() => ymdFromSerial(Number.NaN)).toThrow(new RangeError("not a serial: NaN"));
    expect(() => ymdFromSerial(Infinity)).toThrow(new RangeError("not a serial: Infinity"));
  });

  test("a time of day is dropped", () => {
    expect(ymdFromSerial(44075.75)).toEqual({ year: 2020, month: 9, day: 1 });
  });

  test("dateArg reads 01/01/1900 as serial 1 (for limits from Excel's first date)", () => {
    const fromExcelsFirstDate = { from: 1, why: "when Excel's dates begin" };
    expect(dateArg("d", fromExcelsFirstDate).coerce("01/01/1900")).toBe(1);
    expect(dateArg("d", fromExcelsFirstDate).coerce("2020-09-01")).toBe(44075);
  });

  test("round trip for every serial (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_EXCEL_DATE_SERIAL }), (serial) => {
        const { year, month, day } = ymdFromSerial(serial);
        expect(serialFromYmd(year, month, day)).toBe(serial);
      }),
      { seed: 4, numRuns: 2000 },
    );
  });
});

describe("addMonthsSerial clamps to the month's end", () => {
  const s = serialFromYmd;
  test.each([
    [s(2021, 1, 31), 1, s(2021, 2, 28)],
    [s(2024, 1, 31), 1, s(2024, 2, 29)],
    [s(2024, 2, 29), 12, s(2025, 2, 28)],
    [s(2020, 9, 1), 27, s(2022, 12, 1)],
    [s(2020, 9, 1), 18, s(2022, 3, 1)],
    [s(2021, 3, 31), -1, s(2021, 2, 28)],
    [s(2020, 12, 15), 1, s(2021, 1, 15)],
    [s(2020, 1, 15), -1, s(2019, 12, 15)],
    [s(2020, 5, 31), 0, s(2020, 5, 31)],
    // Excel's phantom 29/02/1900 (serial 60) is a real day to EDATE: it never moves to 28/02/1900 (59).
    [60, 0, 60],
    [s(1900, 1, 31), 1, 60],
    [60, 12, s(1901, 2, 28)],
    [s(1900, 3, 29), -1, 60],
  ])("%i + %i months = %i", (from, months, expected) => {
    expect(addMonthsSerial(from, months)).toBe(expected);
  });

  test("rejects fractional months", () => {
    expect(() => addMonthsSerial(44075, 1.5)).toThrow(new RangeError("months not whole: 1.5"));
  });

  test("only Excel's February 1900 has 29 days: 31/01/1900 + 2 and 3 months end on 31/03 and 30/04", () => {
    expect(addMonthsSerial(31, 2)).toBe(91);
    expect(addMonthsSerial(31, 3)).toBe(121);
  });
});

describe("formatSerialDdMmYyyy", () => {
  test("formats en-GB with leading zeros", () => {
    expect(formatSerialDdMmYyyy(44075)).toBe("01/09/2020");
    expect(formatSerialDdMmYyyy(serialFromYmd(2026, 12, 31))).toBe("31/12/2026");
    expect(formatSerialDdMmYyyy(60)).toBe("29/02/1900");
  });
});

describe("isExcelDateSerial: a whole or fractional serial from 1 to 31/12/9999", () => {
  test.each([1, 1.5, 44075, MAX_EXCEL_DATE_SERIAL, MAX_EXCEL_DATE_SERIAL + 0.999])("%d is a date", (s) => {
    expect(isExcelDateSerial(s)).toBe(true);
  });
  test.each([0.999, 0, -1, MAX_EXCEL_DATE_SERIAL + 1, Number.NaN, Infinity, -Infinity])("%d is not", (s) => {
    expect(isExcelDateSerial(s)).toBe(false);
  });
});

describe("ruleInForce", () => {
  const table = [
    { from: 1, value: "a", source: "x" },
    { from: 100, value: "b", source: "y" },
  ];
  test("picks the last row on or before the start, both sides of the boundary", () => {
    expect(ruleInForce(table, 99).value).toBe("a");
    expect(ruleInForce(table, 100).value).toBe("b");
    expect(ruleInForce(table, 1).value).toBe("a");
  });
  test("a start before the first row is a bug", () => {
    expect(() => ruleInForce(table, 0)).toThrow(/no rule row/);
  });
});

/** Every exported array of src/rules whose rows all have a numeric `from`: the dated rule tables and their *_CITED twins. */
function datedTables(): [string, { from: number }[]][] {
  const dir = path.join(__dirname, "..", "..", "src", "rules");
  const tables: [string, { from: number }[]][] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(path.join(dir, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      const rows = value as { from?: unknown }[];
      if (Array.isArray(value) && rows.length > 0 && rows.every((row) => typeof row?.from === "number")) {
        tables.push([`${file} ${name}`, rows as { from: number }[]]);
      }
    }
  }
  return tables;
}

describe("every dated rule table (ruleInForce relies on it)", () => {
  const tables = datedTables();
  test("there are the tables the rules date (funding, off-the-job, SENCO qualification, documents)", () => {
    expect(tables.length).toBeGreaterThanOrEqual(19);
  });
  test.each(tables)("%s: rows in ascending date order, the first from 01/01/1900 (serial 1)", (_name, rows) => {
    expect(rows[0]!.from).toBe(1);
    rows.slice(1).forEach((row, i) => expect(row.from).toBeGreaterThan(rows[i]!.from));
  });
});
