/**
 * The real DfE school-level SEN file (January 2023, wide format: la_name, school_name, Total
 * pupils, SEN support, EHC plan, Total Sen), read in place from outside the repository, never
 * copied into it. Skipped, saying so, when it is absent.
 */
import fs from "node:fs";
import path from "node:path";
import { CsvReader, decodeCsv, parseCsv, csvCellValue } from "../../src/sheets/district/read/csv";
import { DfeLongPivot, dfeLongColumns } from "../../src/sheets/district/read/dfe-long";
import { detectColumns } from "../../src/sheets/district/read/header-detection";
import { buildDistrictSummary } from "../../src/sheets/district/summary/summary-model";

const DATA = path.resolve(__dirname, "../../../shared/data/sen-school-level-england-2023.csv");
const haveData = fs.existsSync(DATA);
if (!haveData) console.warn(`Skipped: the DfE school-level SEN file is not present (${path.basename(DATA)}).`);

(haveData ? describe : describe.skip)("the real DfE school-level SEN file (wide format, January 2023)", () => {
  const csv = haveData ? decodeCsv(new Uint8Array(fs.readFileSync(DATA))) : undefined;
  const rows = csv ? parseCsv(csv.text, csv.delimiter, csv.start) : [];

  test("detected as UTF-8 with commas; its columns map, Total Sen is left alone", () => {
    expect(csv!.detected).toBe("UTF-8, comma-separated");
    const detection = detectColumns(rows[0]!);
    expect(detection.mapping).toMatchObject({
      name: 1,
      pupils: 2,
      schoolAction: 3,
      statements: 4,
      urn: undefined,
      budget: undefined,
    });
    expect(detection.ambiguous).toEqual([]);
  });

  test("all of England with a MADE-UP budget added by this test: every count is plausible, no row is bad", () => {
    const headers = [...rows[0]!, "Notional SEN budget"];
    // Made up here (the file has no budget): £180 a pupil.
    const data = rows.slice(1).map((r) => {
      const cells = r.map(csvCellValue);
      return [...cells, Math.round((cells[2] as number) * 180)];
    });
    const mapping = detectColumns(headers).mapping;
    const summary = buildDistrictSummary(
      { sheetName: "England", headerRow: 0, firstCol: 0, headers, rows: data },
      mapping,
    );
    expect(summary.badRows).toEqual([]);
    // The 65 schools with 0 pupils (so 0 budget made up here) are listed, not summarised as 0 hours.
    expect(summary.leftOut).toHaveLength(65);
    expect(summary.leftOut[0]!.reason).toBe(
      '0 pupils ("Total pupils") and no notional SEN budget ("Notional SEN budget"): not summarised as 0 hours',
    );
    expect(summary.schools).toHaveLength(24442 - 65);
    const table = summary.model.tables![0]!;
    const k = table.headers.indexOf("School Action or SEN support (K)");
    const e = table.headers.indexOf("Statements or EHC plans (E)");
    let sumK = 0;
    let sumE = 0;
    for (const row of table.rows) {
      sumK += (row[k] as { preview: number }).preview;
      sumE += (row[e] as { preview: number }).preview;
    }
    expect([sumK, sumE]).toEqual([1183384, 389171]);
  });

  test("written out in the DfE long format (per need rows beside the totals) and pivoted back: the same counts", () => {
    const needs = ["Autistic spectrum disorder", "Speech, language and communication needs"];
    const q = (f: string) => (/[",]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
    const lines = ["time_period,la_name,school_urn,school_name,sen_provision,sen_primary_need,pupil_count"];
    rows.slice(1).forEach((r, i) => {
      const head = `202223,${q(r[0]!)},${100000 + i},${q(r[1]!)}`;
      lines.push(`${head},All pupils,All pupils,${r[2]}`);
      for (const [provision, count] of [
        ["SEN support", r[3]!],
        ['"Education, health and care plan"', r[4]!],
      ] as const) {
        lines.push(`${head},${provision},All pupils,${count}`);
        for (const need of needs) lines.push(`${head},${provision},${q(need)},${Math.floor(Number(count) / 2)}`);
      }
    });
    const reader = new CsvReader(lines.join("\n"));
    const pivot = new DfeLongPivot(dfeLongColumns(reader.next()!)!);
    let line = 1;
    while (reader.scan() >= 0) pivot.addScanned(reader, ++line);
    const result = pivot.finish();
    expect(result.rows).toHaveLength(24442);
    expect(result.duplicates).toEqual([]);
    const sum = (col: number) => result.rows.reduce((n, r) => n + (r[col] as number), 0);
    expect([sum(4), sum(5), sum(6)]).toEqual([9073832, 1183384, 389171]);
  });
});
