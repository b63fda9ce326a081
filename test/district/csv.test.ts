import { csvCellValue, parseCsv, parseCsvValues } from "../../src/sheets/district/csv";

describe("parseCsv", () => {
  test("plain fields, CRLF and LF line ends, no extra row for a trailing line break", () => {
    expect(parseCsv("a,b,c\r\n1,2,3\n4,5,6\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
      ["4", "5", "6"],
    ]);
  });
  test("quoted fields keep commas, apostrophes, doubled quotes and line breaks", () => {
    const text =
      'la_name,school_name\nCamden,"Christ Church Primary School, Hampstead"\nLeeds,St Mary\'s\nX,"The ""Best"" School"\nY,"Line one\nline two"';
    expect(parseCsv(text)).toEqual([
      ["la_name", "school_name"],
      ["Camden", "Christ Church Primary School, Hampstead"],
      ["Leeds", "St Mary's"],
      ["X", 'The "Best" School'],
      ["Y", "Line one\nline two"],
    ]);
  });
  test("empty fields and a byte-order mark", () => {
    expect(parseCsv("\uFEFFa,,c\n,,\n")).toEqual([
      ["a", "", "c"],
      ["", "", ""],
    ]);
  });
  test("an unclosed quote is an error, not a silent guess", () => {
    expect(() => parseCsv('a,"b\n1,2')).toThrow(/closing quote/);
  });
  test("plain numbers become numbers; money, percentages and codes stay text", () => {
    expect(["12", " 3.5 ", "-4", "", "  ", "£67,755", "34%", "007", "1e3", "N/A"].map(csvCellValue)).toEqual([
      12,
      3.5,
      -4,
      null,
      null,
      "£67,755",
      "34%",
      "007",
      "1e3",
      "N/A",
    ]);
    expect(parseCsvValues("x,y\n1,a")).toEqual([
      ["x", "y"],
      [1, "a"],
    ]);
  });
});
