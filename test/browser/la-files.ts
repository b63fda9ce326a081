/**
 * The three tables an LA officer holds, as CSV files for the browser tests: the DfE's long-format
 * SEN file for two LAs (URN 100000 written 1e+05), the LA's budget table keyed 201/3614 with a new
 * free school the DfE file lacks, and a SENCO survey keyed by URN (test/district/join-fixtures.ts).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUDGET_HEADERS, BUDGET_ROWS, dfeLongCsv, SURVEY_ROWS } from "../district/join-fixtures";

const csvLine = (cells: readonly unknown[]): string =>
  cells.map((c) => (/[",]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(",");

/** Write the three files into `dir`; their paths, DfE file first. */
export function writeLaFiles(dir: string): string[] {
  const files = {
    "sen-school-level-2025.csv": dfeLongCsv(),
    "Budget 2025-26.csv": [BUDGET_HEADERS, ...BUDGET_ROWS].map(csvLine).join("\r\n"),
    "SENCO survey.csv": [["URN", "School", "SENCO hours allocated"], ...SURVEY_ROWS].map(csvLine).join("\r\n"),
  };
  return Object.entries(files).map(([name, text]) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  });
}
