import {
  cellAddress,
  columnIndex,
  columnLetters,
  parseAddress,
  rangeAddress,
  sheetCellRef,
} from "../../src/sheets/a1-address";

describe("A1 addresses", () => {
  test("column letters round-trip", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    for (const col of [0, 25, 26, 700, 702, 16383]) expect(columnIndex(columnLetters(col))).toBe(col);
    expect(() => columnLetters(-1)).toThrow(RangeError);
  });
  test("cells and ranges", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(rangeAddress(1, 2, 3, 2)).toBe("C2:D4");
    expect(rangeAddress(4, 1, 1, 1)).toBe("B5");
    expect(sheetCellRef("Schools", 1, 1)).toBe("'Schools'!B2");
    expect(sheetCellRef("St Mary's", 0, 0)).toBe("'St Mary''s'!A1");
  });
  test("addresses as Excel reports them", () => {
    expect(parseAddress("Sheet1!C2:C40")).toEqual({ sheet: "Sheet1", row: 1, col: 2, rowCount: 39, colCount: 1 });
    expect(parseAddress("'Bob''s list'!$D$7")).toEqual({
      sheet: "Bob's list",
      row: 6,
      col: 3,
      rowCount: 1,
      colCount: 1,
    });
    expect(parseAddress("B2:A1")).toEqual({ sheet: undefined, row: 0, col: 0, rowCount: 2, colCount: 2 });
    expect(parseAddress("Register!C:C")).toMatchObject({
      sheet: "Register",
      row: 0,
      col: 2,
      rowCount: 1048576,
      colCount: 1,
    });
    expect(() => parseAddress("Sheet1!R1C1")).toThrow(RangeError);
  });
});
