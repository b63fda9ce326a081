import {
  CsvReader,
  csvCellValue,
  decodeCsv,
  decodeWindows1252,
  detectDelimiter,
  parseCsv,
  parseCsvValues,
} from "../../src/sheets/district/read/csv";

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

describe("CSV files as Windows Excel saves them", () => {
  const text = "School;Notional SEN budget;SEN support\r\nSt Mary’s;£67,755;10\r\n";
  function cp1252(s: string): Uint8Array {
    return Uint8Array.from(
      [...s].map((ch) => (ch === "£" ? 0xa3 : ch === "’" ? 0x92 : ch === "€" ? 0x80 : ch.charCodeAt(0))),
    );
  }
  function utf16(s: string, bigEndian: boolean): Uint8Array {
    const out = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
    for (const ch of s) {
      const c = ch.charCodeAt(0);
      out.push(...(bigEndian ? [c >> 8, c & 255] : [c & 255, c >> 8]));
    }
    return Uint8Array.from(out);
  }
  test.each([
    ["UTF-8", new TextEncoder().encode(text), "UTF-8"],
    [
      "UTF-8 with BOM",
      Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
      "UTF-8 with byte-order mark",
    ],
    ["UTF-16 LE", utf16(text, false), "UTF-16 LE"],
    ["UTF-16 BE", utf16(text, true), "UTF-16 BE"],
    ["Windows-1252", cp1252(text), "Windows-1252"],
  ])("%s: the encoding is detected and £ and ’ survive", (_name, bytes, encoding) => {
    const csv = decodeCsv(bytes);
    expect(csv.encoding).toBe(encoding);
    expect(csv.delimiter).toBe(";");
    expect(csv.detected).toBe(`${encoding}, semicolon-separated`);
    expect(parseCsv(csv.text, csv.delimiter, csv.start)).toEqual([
      ["School", "Notional SEN budget", "SEN support"],
      ["St Mary’s", "£67,755", "10"],
    ]);
  });
  test("every Windows-1252 byte from 0x80 to 0x9F", () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x81, 0xa3, 0xe9]))).toBe(
      "€‘’“”–—\u0081£é",
    );
  });
  test("delimiters: comma, semicolon, tab, Excel's sep= line; a comma inside a semicolon file's field is text", () => {
    expect(detectDelimiter("a,b,c\n1,2,3\n")).toEqual({ delimiter: ",", skip: 0 });
    expect(detectDelimiter("a;b;c\n£1,000;2;3\n")).toEqual({ delimiter: ";", skip: 0 });
    expect(detectDelimiter("a\tb\tc\n1\t2\t3\n")).toEqual({ delimiter: "\t", skip: 0 });
    expect(detectDelimiter('"x, y";b\n1;2\n')).toEqual({ delimiter: ";", skip: 0 });
    expect(detectDelimiter("sep=;\r\na;b\n")).toEqual({ delimiter: ";", skip: 7 });
    expect(detectDelimiter("justone\n1\n")).toEqual({ delimiter: ",", skip: 0 });
    const csv = decodeCsv(new TextEncoder().encode("sep=;\na;b\n1;2\n"));
    expect(parseCsv(csv.text, csv.delimiter, csv.start)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
  test("the CsvReader hands out rows one at a time and says how far it has got", () => {
    const reader = new CsvReader('a,"b\nc"\n1,2', ",");
    expect(reader.next()).toEqual(["a", "b\nc"]);
    expect(reader.position).toBe(8);
    expect(reader.next()).toEqual(["1", "2"]);
    expect(reader.next()).toBeUndefined();
    expect(reader.length).toBe(11);
  });
});
