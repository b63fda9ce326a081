/**
 * The DfE's long-format school-level SEN file pivoted to one row per school. Made-up schools with
 * the real header spelling of "School underlying data file (2026 format)".
 */
import { CsvReader, decodeCsv, parseCsv } from "../../src/sheets/district/read/csv";
import {
  DfeLongPivot,
  dfeLongColumns,
  pivotDfeLong,
  pivotSheetModel,
  provisionOf,
} from "../../src/sheets/district/read/dfe-long";
import { detectColumns } from "../../src/sheets/district/read/header-detection";
import { LONG_HEADER, longLine } from "./dfe-long-lines";

const FILE = [
  LONG_HEADER,
  longLine("100000", "Aldgate Made-up School", "All pupils", "All pupils", "249"),
  longLine("100000", "Aldgate Made-up School", "SEN support", "All pupils", "30"),
  longLine("100000", "Aldgate Made-up School", "SEN support", "Autistic spectrum disorder", "12"),
  longLine("100000", "Aldgate Made-up School", "SEN support", "Speech, language and communication needs", "18"),
  longLine("100000", "Aldgate Made-up School", "Education, health and care plan", "All pupils", "6"),
  longLine("100000", "Aldgate Made-up School", "Education, health and care plan", "Autistic spectrum disorder", "6"),
  longLine("100000", "Aldgate Made-up School", "No SEN", "All pupils", "213"),
  longLine("100000", "Aldgate Made-up School", "SEN support", "All pupils", "30"), // a repeated total
  longLine("100001", "St Mary's, Upper Town (made up)", "All pupils", "All pupils", "120"),
  longLine("100001", "St Mary's, Upper Town (made up)", "SEN support / SEN without an EHC plan", "All pupils", "14"),
  longLine("100002", "=1+1", "All pupils", "All pupils", "5"),
  longLine("100002", "=1+1", "Education, health and care plan", "All pupils", "x"),
  longLine("100003", "<b>x</b>", "All pupils", "All pupils", "300"),
  longLine("100003", "<b>x</b>", "SEN support", "All pupils", "40", "202425", "Resourced provision"),
  longLine("100003", "<b>x</b>", "SEN support", "All pupils", "41"),
].join("\n");

describe("DfE long format pivot", () => {
  test("recognised by its header; the pivot maps as the district table's columns", () => {
    const rows = parseCsv(FILE);
    expect(dfeLongColumns(rows[0]!)).toMatchObject({ urn: 10, provision: 45, count: 47, name: 12, laestab: 13 });
    expect(dfeLongColumns(["URN", "School name", "SEN support"])).toBeUndefined();
    const pivot = pivotDfeLong(rows)!;
    expect(pivot.headers).toEqual([
      "URN",
      "School name",
      "LAESTAB",
      "LA name",
      "Total pupils",
      "SEN support",
      "EHC plan",
    ]);
    expect(pivot.rows).toEqual([
      ["100000", "Aldgate Made-up School", "2010000", "Made-up Borough", 249, 30, 6],
      ["100001", "St Mary's, Upper Town (made up)", "2010001", "Made-up Borough", 120, 14, 0],
      ["100002", "=1+1", "2010002", "Made-up Borough", 5, 0, "x"],
      ["100003", "<b>x</b>", "2010003", "Made-up Borough", 300, 41, 0],
    ]);
    expect(pivot.rowsRead).toBe(15);
    expect(pivot.duplicates).toEqual([{ urn: "100000", provision: "SEN support", line: 9 }]);
    expect(pivot.notes).toEqual([
      "DfE long format: 15 rows pivoted to 4 schools (one row each: total pupils, SEN support, EHC plan). Only the rows totalling every need were read, so no pupil is counted twice.",
      "1 schools have no SEN support row in the file: their SEN support is 0.",
      "2 schools have no EHC plan row in the file: their EHC plan count is 0.",
      '1 rows repeat a school\'s total already read and were not added: URN 100000 "SEN support" (line 9).',
    ]);
    const detection = detectColumns(pivot.headers);
    expect(detection.mapping).toMatchObject({ urn: 0, name: 1, pupils: 4, schoolAction: 5, statements: 6 });
    expect(detection.ambiguous).toEqual([]);
  });
  test("the pivoted sheet: an Excel table with URN and LAESTAB as text, hostile names as plain text cells", () => {
    const pivot = pivotDfeLong(parseCsv(FILE))!;
    const model = pivotSheetModel(pivot, "sen-long.csv");
    const table = model.tables![0]!;
    expect(table.headers).toEqual(pivot.headers);
    expect(table.numberFormat).toEqual(["@", null, "@", null, "0", "0", "0"]);
    expect(table.row).toBe(pivot.notes.length + 3);
    expect(table.rows.map((r) => r[1])).toEqual([
      "Aldgate Made-up School",
      "St Mary's, Upper Town (made up)",
      "=1+1",
      "<b>x</b>",
    ]);
    expect(model.blocks[1]!.cells[0]).toEqual(["Source: sen-long.csv."]);
  });
  test("several years: only the latest is read", () => {
    const rows = parseCsv(
      [
        LONG_HEADER,
        longLine("100000", "A", "All pupils", "All pupils", "200", "202324"),
        longLine("100000", "A", "SEN support", "All pupils", "20", "202324"),
        longLine("100000", "A", "All pupils", "All pupils", "210", "202425"),
        longLine("100000", "A", "SEN support", "All pupils", "25", "202425"),
        longLine("100001", "B", "All pupils", "All pupils", "100", "202324"),
      ].join("\n"),
    );
    const pivot = pivotDfeLong(rows)!;
    expect(pivot.rows).toEqual([["100000", "A", "2010000", "Made-up Borough", 210, 25, 0]]);
    expect(pivot.notes).toContain("The file holds 2 years (202324, 202425): only the latest, 202425, is read.");
  });
  test("sen_provision labels", () => {
    expect(
      [
        "All pupils",
        "Total",
        "SEN support",
        "SEN support / SEN without an EHC plan",
        "Education, health and care plan",
        "EHC plan",
        "No SEN",
        "Unknown",
      ].map(provisionOf),
    ).toEqual(["total", "total", "K", "K", "E", "E", "N", "other"]);
  });
  test("rows fed one at a time from a CsvReader over Windows-1252 semicolon bytes give the same table", () => {
    const semicolon = FILE.split("\n")
      .map((line) =>
        parseCsv(line)[0]!
          .map((f) => (/[;"]/.test(f) ? `"${f}"` : f))
          .join(";"),
      )
      .join("\r\n")
      .replace("Aldgate Made-up School", "Aldgate Made-up School £ ’");
    const bytes = Uint8Array.from(
      [...semicolon].map((ch) => (ch === "£" ? 0xa3 : ch === "’" ? 0x92 : ch.charCodeAt(0))),
    );
    const csv = decodeCsv(bytes);
    expect(csv.detected).toBe("Windows-1252, semicolon-separated");
    const reader = new CsvReader(csv.text, csv.delimiter, csv.start);
    const pivot = new DfeLongPivot(dfeLongColumns(reader.next()!)!);
    let line = 1;
    for (let row = reader.next(); row; row = reader.next()) pivot.add(row, ++line);
    const result = pivot.finish();
    expect(result.rows[0]).toEqual(["100000", "Aldgate Made-up School £ ’", "2010000", "Made-up Borough", 249, 30, 6]);
    expect(result.rows).toHaveLength(4);
  });
});
