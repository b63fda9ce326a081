/**
 * The URN and LAESTAB columns of a table: found by their real header spellings, checked against
 * the values, shown with what they hold, changeable.
 */
import { detectKey, detectKeys } from "../../src/sheets/district/read/key-columns";

function table(headers: unknown[], rows: unknown[][], headerRow = 0) {
  return { headers, rows, headerRow };
}

describe("key columns by header", () => {
  test.each([
    [["URN", "School name"], 0, undefined],
    [["school_urn", "school_laestab", "school_name"], 0, 1],
    [["LAESTAB", "School Name", "Notional SEN Budget"], undefined, 0],
    [["LA/Estab", "School"], undefined, 0],
    [["LA Estab", "School"], undefined, 0],
    [["DfE No.", "School"], undefined, 0],
    [["DfE number", "School"], undefined, 0],
    [["LAEstab", "School Name"], undefined, 0],
    [["LEAEstab", "School Name"], undefined, 0],
    [["Unique Reference Number", "LA (code)", "EstablishmentNumber"], 0, undefined],
  ])("%j: URN column %p, LAESTAB column %p", (headers, urn, laestab) => {
    const row = headers.map((h) =>
      /urn|unique/i.test(String(h))
        ? 100001
        : /estab|dfe/i.test(String(h)) && h !== "EstablishmentNumber"
          ? "201/3614"
          : "x",
    );
    const keys = detectKeys(table(headers, [row]));
    expect(keys.urn.chosen?.column).toBe(urn);
    expect(keys.laestab.chosen?.column).toBe(laestab);
  });

  test("the establishment number alone (Estab, EstablishmentNumber) is never taken for a LAESTAB", () => {
    const keys = detectKeys(table(["Estab", "EstablishmentNumber", "School"], [[3614, 3614, "A"]]));
    expect(keys.laestab.candidates).toEqual([]);
    expect(keys.laestab.chosen).toBeUndefined();
  });
});

describe("key columns by content", () => {
  test("a column headed like a LAESTAB that holds establishment numbers only is not used, and the note says why", () => {
    const key = detectKey(
      table(
        ["DfE number", "School"],
        [
          [3614, "A"],
          [3615, "B"],
        ],
      ),
      "laestab",
    );
    expect(key.candidates.map((c) => [c.header, c.keys, c.invalid])).toEqual([["DfE number", 0, 2]]);
    expect(key.chosen).toBeUndefined();
    expect(key.note).toBe('"DfE number" is headed like a LAESTAB but holds none: choose the column.');
  });

  test("values that are not keys are counted and shown with their sheet rows", () => {
    const key = detectKey(
      table(
        ["LAESTAB", "School"],
        [
          ["201/3614", "A"],
          ["tbc", "B"],
          [null, "C"],
          [2013616, "D"],
        ],
        2,
      ),
      "laestab",
    );
    expect(key.chosen).toMatchObject({ column: 0, keys: 2, blank: 1, invalid: 1, invalidExamples: ['row 5: "tbc"'] });
    expect(key.chosenBy).toBe("header");
    expect(key.note).toBe(
      '"LAESTAB": 1 of 3 values are not a LAESTAB (row 5: "tbc"); those rows cannot be matched and are listed.',
    );
  });

  test("two equally good columns are left for the user, never the leftmost; the one holding more keys wins", () => {
    const tie = detectKey(table(["URN", "URN"], [[100001, 100002]]), "urn");
    expect(tie.chosen).toBeUndefined();
    expect(tie.note).toBe('"URN" and "URN" look equally like the URN: choose one.');
    const better = detectKey(
      table(
        ["URN", "URN"],
        [
          [null, 100002],
          [null, 100003],
        ],
      ),
      "urn",
    );
    expect(better.chosen?.column).toBe(1);
  });

  test("the user's choice: any column (checked), or none", () => {
    const t = table(["Ref", "URN", "School"], [[100009, 100001, "A"]]);
    expect(detectKey(t, "urn", 0)).toMatchObject({ chosen: { column: 0, keys: 1, score: 0 }, chosenBy: "user" });
    expect(detectKey(t, "urn", null)).toMatchObject({ chosen: undefined, chosenBy: undefined });
    expect(detectKey(t, "urn", 2)).toMatchObject({
      chosen: undefined,
      note: '"School" holds no URN: choose another column.',
    });
  });
});
