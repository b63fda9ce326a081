/**
 * URN and LAESTAB as tables write them, read to one canonical text; anything else is no key.
 */
import { laCodeOfLaestab, parseKey, parseLaestab, parseUrn } from "../../src/values/school-keys";

describe("URN", () => {
  test.each([
    [100000, "100000"],
    ["100000", "100000"],
    [" 141234 ", "141234"],
    ["1e+05", "100000"],
    ["1E+05", "100000"],
    ["1.5e+05", "150000"],
    ["100,000", "100000"],
    ["100000.0", "100000"],
    [999999, "999999"],
  ])("%p is URN %s", (raw, urn) => {
    expect(parseUrn(raw)).toBe(urn);
  });

  test.each([
    ["1.000005e+05", "not exactly a whole number: never rounded"],
    ["100000.5", "a fraction"],
    [100000.5, "a fractional number"],
    [99999, "five digits"],
    [2013614, "a LAESTAB"],
    ["201/3614", "a LAESTAB"],
    ["URN 100000", "text around it"],
    ["", "blank"],
    [null, "blank"],
    [true, "a boolean"],
    [-100000, "negative"],
    ["012345", "six digits with a leading zero: URNs run from 100000"],
    ["1000000", "seven digits"],
    ["10000", "five digits typed as text"],
    ["000000", "six digits, but no URN starts with 0 (they run from 100000)"],
  ])("%p is no URN (%s)", (raw, _why) => {
    expect(parseUrn(raw)).toBeUndefined();
  });
});

describe("LAESTAB", () => {
  test.each([
    [2013614, "2013614"],
    ["2013614", "2013614"],
    ["201/3614", "2013614"],
    ["201-3614", "2013614"],
    ["201 3614", "2013614"],
    [" 201 / 3614 ", "2013614"],
    ["2.013614e+06", "2013614"],
    [9374001, "9374001"],
    [9999999, "9999999"],
    ["938/4001", "9384001"],
    [2000000, "2000000"],
  ])("%p is LAESTAB %s", (raw, key) => {
    expect(parseLaestab(raw)).toBe(key);
  });

  test.each([
    ["3614", "the establishment number alone"],
    [3614, "the establishment number alone"],
    ["201/361", "three digits after the LA code"],
    ["20136145", "eight digits"],
    ["201_3614", "another separator"],
    [2013614.5, "a fraction"],
    [100000, "a URN"],
    ["0123456", "seven digits with a leading zero: LA codes run from 201"],
    ["012/3456", "an LA code with a leading zero"],
    ["201//3614", "two separators"],
    ["x201/3614", "text before it"],
    ["201/3614x", "text after it"],
    ["1234567", "seven digits, but no LA code starts with 1"],
    [1234567, "no LA code starts with 1"],
    ["123-4567", "no LA code starts with 1"],
    ["1.234567e+06", "no LA code starts with 1"],
  ])("%p: %s", (raw, _why) => {
    expect(parseLaestab(raw)).toBeUndefined();
  });

  test("a value rounded for display before it was saved is read as written: it then matches no school and is listed", () => {
    // Excel shows 2013614 as 2.01E+06 in a narrow General column and a CSV keeps what it shows.
    expect(parseLaestab("2.01E+06")).toBe("2010000");
  });

  test("the LA code is the first three digits; parseKey reads either kind", () => {
    expect(laCodeOfLaestab("3802000")).toBe("380");
    expect(parseKey("laestab", "380-2000")).toBe("3802000");
    expect(parseKey("urn", "1e+05")).toBe("100000");
  });
});
