/**
 * Year groups as registers write them (src/rules/year-groups.ts): one name each, and which ones a
 * transfer from secondary school to a post-16 institution leaves from.
 */
import { leavesForPost16, parseYearGroup, transferYear, yearGroupsInOrder } from "../../src/rules/year-groups";
import { serial } from "../helpers/calendar";

describe("year groups as SIMS, Arbor and others write them", () => {
  test.each([
    [6, "Year 6"],
    [1, "Year 1"],
    [14, "Year 14"],
    ["1", "Year 1"],
    ["Year\t14", "Year 14"],
    ["6", "Year 6"],
    [" Year 6 ", "Year 6"],
    ["Y6", "Year 6"],
    ["Yr 11", "Year 11"],
    ["NC Year 2", "Year 2"],
    ["year  14", "Year 14"],
    ["R", "Reception"],
    ["Rec", "Reception"],
    ["YR", "Reception"],
    ["Reception", "Reception"],
    ["N1", "N1"],
    ["n2", "N2"],
    ["Nursery", "Nursery"],
    ["Nursery 2", "N2"],
    ["E1", "E1"],
  ] as const)("%p is %s", (raw, year) => {
    expect(parseYearGroup(raw)).toBe(year);
  });

  test.each([[0], [15], [6.5], ["X"], ["Year 15"], ["Year 0"], ["0"], [""], [null], ["Yeah 6"], [true]])(
    "%p is no year group",
    (raw) => {
      expect(parseYearGroup(raw)).toBeUndefined();
    },
  );

  test("Year 11 and above leave for post-16; Year 10, Reception and Nursery do not", () => {
    expect(["Year 10", "Year 11", "Year 14", "Reception", "N2", "Year 15", "11"].map(leavesForPost16)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  test("a register's years in school order, each once", () => {
    expect(yearGroupsInOrder(["Year 6", "Reception", "Year 10", "Year 6", "N2", "Year 2"])).toEqual([
      "N2",
      "Reception",
      "Year 2",
      "Year 6",
      "Year 10",
    ]);
  });
});

describe("the calendar year of a transfer at the end of the school year in progress", () => {
  test("31/08/2026: this school year ends in 2026; 01/09/2026: the next, 2027; 07/12/2026 and 31/07/2027: 2027", () => {
    expect(transferYear(serial(2026, 8, 31))).toBe(2026);
    expect(transferYear(serial(2026, 9, 1))).toBe(2027);
    expect(transferYear(serial(2026, 12, 7))).toBe(2027);
    expect(transferYear(serial(2027, 7, 31))).toBe(2027);
  });
});
