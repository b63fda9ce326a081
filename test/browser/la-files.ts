/**
 * The three tables an LA officer holds, as CSV files for the browser tests: the DfE's long-format
 * SEN file for two LAs (URN 100000 written 1e+05), the LA's budget table keyed 201/3614 with a new
 * free school the DfE file lacks, and a SENCO survey keyed by URN (test/district/join-fixtures.ts).
 * Also one table of schools covering two LAs, in the DfE school-level file's wide spelling.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUDGET_HEADERS, BUDGET_ROWS, dfeLongCsv, SURVEY_ROWS } from "../district/join-fixtures";

const csvLine = (cells: readonly unknown[]): string =>
  cells.map((c) => (/[",]/.test(String(c ?? "")) ? `"${String(c).replace(/"/g, '""')}"` : String(c ?? ""))).join(",");

/** Rows as a CSV file's text (comma-separated, CRLF, quoted where needed; null an empty field). */
export function csvOf(rows: readonly (readonly unknown[])[]): string {
  return rows.map(csvLine).join("\r\n");
}

/** Write the three files into `dir`; their paths, DfE file first. */
export function writeLaFiles(dir: string): string[] {
  const files = {
    "sen-school-level-2025.csv": dfeLongCsv(),
    "Budget 2025-26.csv": csvOf([BUDGET_HEADERS, ...BUDGET_ROWS]),
    "SENCO survey.csv": csvOf([["URN", "School", "SENCO hours allocated"], ...SURVEY_ROWS]),
  };
  return Object.entries(files).map(([name, text]) => writeCsv(dir, name, text));
}

const SCHOOLS_HEADER =
  "old_la_code,la_name,URN,school_name,Notional SEN budget,SEN support,EHC plan,Allocated SENCO hours";

/** Made-up schools of two made-up LAs, interleaved as a national file sorted by URN would hold them. */
export const TWO_LA_SCHOOLS = [
  SCHOOLS_HEADER,
  "201,Made-up Borough,100000,Aldgate Made-up School,67755,10,6,5",
  "380,Made-up Shire,107000,Moor Edge Primary (made up),41200,25,4,2",
  '201,Made-up Borough,100001,"St Mary\'s, Upper Town (made up)",24300,14,2,1',
  "380,Made-up Shire,107001,Valley Road School (made up),139000,75,14,9",
  "201,Made-up Borough,100002,Church Lane Primary (made up),52500,33,4,4",
].join("\r\n");

/** Made-up Borough's schools alone: a table naming one LA. */
export const ONE_LA_SCHOOLS = TWO_LA_SCHOOLS.split("\r\n")
  .filter((line, i) => i === 0 || line.startsWith("201,"))
  .join("\r\n");

/** Write `text` to `name` in `dir`; its path. */
export function writeCsv(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}
