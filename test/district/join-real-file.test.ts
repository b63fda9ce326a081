/**
 * The real DfE school-level SEN file (January 2023, all of England, 152 LAs: la_name, school_name,
 * Total pupils, SEN support, EHC plan, Total Sen), read in place from outside the repository,
 * never copied into it. Skipped, saying so, when it is absent. The file has no URN: these tests
 * use it as one table, with a made-up budget where one is needed.
 */
import fs from "node:fs";
import path from "node:path";
import { csvCellValue, decodeCsv, parseCsv } from "../../src/sheets/district/read/csv";
import { joinDistrict } from "../../src/sheets/district/join/join";
import type { JoinTable } from "../../src/sheets/district/join/join-types";

const DATA = path.resolve(__dirname, "../../../shared/data/sen-school-level-england-2023.csv");
const haveData = fs.existsSync(DATA);
if (!haveData) console.warn(`Skipped: the DfE school-level SEN file is not present (${path.basename(DATA)}).`);

(haveData ? describe : describe.skip)("the real DfE file as a source of a district summary", () => {
  const csv = haveData ? decodeCsv(new Uint8Array(fs.readFileSync(DATA))) : undefined;
  const rows = csv ? parseCsv(csv.text, csv.delimiter, csv.start) : [[]];
  const headers = rows[0]!;
  const data = rows.slice(1).map((r) => r.map(csvCellValue));
  const table = (extraHeader: string, extra: (row: unknown[]) => unknown): JoinTable => ({
    label: "SEN by school 2023",
    sheetName: "SEN 2023",
    headerRow: 0,
    firstCol: 0,
    headers: [...headers, extraHeader],
    rows: data.map((r) => [...r, extra(r)]),
  });

  test('"Total Sen" chosen as the budget (the real case: 66,636 guide hours for England) is questioned before anything is built', () => {
    const t = table("Ref", () => null);
    const totalSen = headers.indexOf("Total Sen");
    const mapping = { ...joinDistrict([t], { la: null }).tables[0]!.mapping, budget: totalSen };
    const join = joinDistrict([t], { la: null, mappings: [mapping] });
    const values = data.map((r) => r[totalSen] as number).sort((a, b) => a - b);
    const median = (values[(values.length - 1) >> 1]! + values[values.length >> 1]!) / 2;
    expect(values.every(Number.isInteger)).toBe(true);
    expect(join.warnings).toHaveLength(1);
    expect(join.warnings[0]!.message).toBe(
      `"Total Sen", chosen as "Notional SEN budget", does not look like it: every value is a whole number below 3,000, as counts of pupils are (largest ${values[values.length - 1]!.toLocaleString("en-GB")}, median ${median.toLocaleString("en-GB")}). Confirm it is the right column, or choose another.`,
    );
    expect(join.joined).toBeUndefined();
  });

  test("152 LAs offered from la_name; the LA must be chosen; Bradford's 227 schools summarised, the rest left out", () => {
    // Made up here (the file has no budget): £180 a pupil.
    const t = table("Notional SEN budget", (r) => Math.round((r[2] as number) * 180));
    const open = joinDistrict([t]);
    expect(open.la!.offered).toHaveLength(152);
    expect(open.problems).toEqual(["The tables cover 152 LAs: choose the LA the summary is for."]);
    const bradford = open.la!.offered.find((o) => o.label === "Bradford")!;
    expect(bradford).toEqual({ id: "name:bradford", label: "Bradford", schools: [227] });
    const join = joinDistrict([t], { la: bradford.id });
    expect(join.problems).toEqual([]);
    expect(join.schools).toHaveLength(227);
    expect(join.otherLa).toEqual([data.length - 227]);
  });
});
