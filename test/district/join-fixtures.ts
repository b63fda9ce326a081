/**
 * The tables an LA officer holds, made up, in the real header spellings: the DfE's long-format
 * school-level SEN file for two LAs (URN 100000 written "1e+05", as the DfE's 2025 file writes it),
 * pivoted and written as the pane writes it (an Excel table with keys as text); the LA's own
 * budget table keyed "201/3614", under a title row, with a new free school the DfE file lacks;
 * and a survey of SENCO hours keyed by URN (numbers), as an Excel table starting in column B.
 */
import { parseCsv } from "../../src/sheets/district/read/csv";
import { pivotDfeLong, pivotSheetModel } from "../../src/sheets/district/read/dfe-long";
import type { JoinTable } from "../../src/sheets/district/join/join-types";
import { LONG_HEADER, schoolLines, type LongLa } from "./dfe-long-lines";

export const MADE_UP_SHIRE: LongLa = { code: "380", gss: "E08000032", name: "Made-up Shire" };

/** The DfE long file: four schools of Made-up Borough (201), two of Made-up Shire (380). */
export function dfeLongCsv(): string {
  return [
    LONG_HEADER,
    ...schoolLines("1e+05", "Aldgate Made-up School", { total: 249, k: 30, e: 6 }, { laestab: "2013614" }),
    ...schoolLines("100001", "St Mary's, Upper Town (made up)", { total: 120, k: 14, e: 2 }, { laestab: "2013615" }),
    ...schoolLines("100002", "Church Lane Primary (made up)", { total: 300, k: 41, e: 3 }, { laestab: "2012001" }),
    ...schoolLines("100003", "Hill Top Academy (made up)", { total: 900, k: 96, e: 21 }, { laestab: "2014001" }),
    ...schoolLines(
      "107000",
      "Moor Edge Primary (made up)",
      { total: 210, k: 25, e: 4 },
      { la: MADE_UP_SHIRE, laestab: "3802000" },
    ),
    ...schoolLines(
      "107001",
      "Valley Road School (made up)",
      { total: 1000, k: 120, e: 30 },
      { la: MADE_UP_SHIRE, laestab: "3804000" },
    ),
  ].join("\n");
}

/** The DfE file pivoted and written to a sheet as the pane writes it (Excel table DfESenBySchool). */
export function dfeTable(): JoinTable {
  const pivot = pivotDfeLong(parseCsv(dfeLongCsv()))!;
  const table = pivotSheetModel(pivot, "sen-school-level.csv").tables![0]!;
  return {
    label: "DfE SEN by school",
    sheetName: "DfE SEN by school",
    tableName: "DfESenBySchool",
    headerRow: table.row,
    firstCol: table.col,
    headers: pivot.headers,
    rows: pivot.rows,
  };
}

export const BUDGET_HEADERS = ["LAESTAB", "School Name", "Notional SEN Budget"];

/** The LA's budget table (a plain range under a title row), keyed 201/3614. */
export function budgetTable(rows: unknown[][] = BUDGET_ROWS): JoinTable {
  return {
    label: "Budget 2025-26",
    sheetName: "Budget 2025-26",
    headerRow: 2,
    firstCol: 0,
    headers: BUDGET_HEADERS,
    rows,
  };
}

export const BUDGET_ROWS: unknown[][] = [
  ["201/3614", "Aldgate Made-up School", 67755],
  ["201/3615", "St Mary's, Upper Town (made up)", 24300],
  ["201/2001", "Church Lane Primary (made up)", 41200],
  ["201/4001", "Hill Top Academy (made up)", 182500],
  ["201/6905", "New Free School (made up)", 15000],
];

/** The survey of SENCO hours, keyed by URN typed as numbers (Excel table Survey, from column B). */
export function surveyTable(rows: unknown[][] = SURVEY_ROWS): JoinTable {
  return {
    label: "SENCO survey",
    sheetName: "Survey",
    tableName: "Survey",
    headerRow: 0,
    firstCol: 1,
    headers: ["URN", "School", "SENCO hours allocated"],
    rows,
  };
}

export const SURVEY_ROWS: unknown[][] = [
  [100000, "Aldgate", 5],
  [100001, "St Mary's", 2],
  [100003, "Hill Top", 10],
  [107000, "Moor Edge", 3],
];

export function laTables(): JoinTable[] {
  return [dfeTable(), budgetTable(), surveyTable()];
}
