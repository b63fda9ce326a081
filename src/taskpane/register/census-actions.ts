/**
 * What the Register tab does with a register table (a CSV export with a need column, or in Excel
 * the table around the selection): find its columns by header, let the user settle ties and
 * correct a column, run the census check with the columns as chosen, and check the provision
 * column's codes as a column (counts by code, guide hours, the hand-over to the SENCO time tab).
 * Each action takes the tab explicitly; the Excel side is src/workbook/register-excel.ts.
 */
import { rangeAddress } from "../../sheets/a1-address";
import { decodeCsv, parseCsv } from "../../sheets/district/read/csv";
import {
  buildCensusCheck,
  provisionColumn,
  readRegisterCsv,
  resolvedMapping,
  type RegisterLocation,
  type RegisterMapping,
  type RegisterTable,
} from "../../sheets/register/census-check";
import { checkRegister, csvRegisterColumn } from "../../sheets/register/register-check";
import {
  REVIEW_DATE_FIELDS,
  detectRegisterColumns,
  withChoices,
  type RegisterColumns,
  type RegisterField,
} from "../../sheets/register/register-columns";
import { readSelectedRegisterTable } from "../../workbook/register-excel";
import { orShowError, withProgress } from "../shared/steps";
import { counted } from "../shared/words";
import { showCensus } from "./census-part";
import { showColumns } from "./columns-part";
import { showCheck, showColumnCheck } from "./register-actions";
import type { CensusRead, RegisterTab } from "./register-state";
import { setUpReviews } from "./reviews-actions";

/**
 * True when the headers name a need column or a plan or review date column (found, or two to
 * choose from): the register is read as a table, checked as the census does and for its reviews.
 */
export function readsAsTable(columns: RegisterColumns): boolean {
  const { mapping, ambiguous } = columns;
  const tableField = (f: RegisterField) =>
    f === "primaryNeed" || f === "secondaryNeed" || f === "planDate" || f === "lastReview";
  return (
    mapping.primaryNeed !== undefined ||
    mapping.secondaryNeed !== undefined ||
    mapping.planDate !== undefined ||
    mapping.lastReview !== undefined ||
    ambiguous.some((a) => tableField(a.field))
  );
}

/** A register table, read: its columns found by header and shown, then checked when nothing is left to choose. */
export function loadRegisterTable(
  tab: RegisterTab,
  read: { table: RegisterTable; label: string; where?: RegisterLocation },
): void {
  const detected = detectRegisterColumns(read.table.headers);
  tab.table = { ...read, detected, choices: {}, mapping: undefined, model: undefined };
  const rows = read.table.rows.length;
  tab.columns.status.textContent = `Read ${counted(rows, "row")} under the header row from ${read.label}.`;
  runCensus(tab, tab.table);
}

/** The user chose the column for a field (undefined: none): the check runs again. */
export function chooseColumn(tab: RegisterTab, field: RegisterField, column: number | undefined): void {
  if (!tab.table) return;
  tab.table.choices = { ...tab.table.choices, [field]: column };
  runCensus(tab, tab.table);
}

/** Show the columns as chosen; check the register when the census's columns are settled, else say what to choose. */
function runCensus(tab: RegisterTab, read: CensusRead): void {
  const columns = withChoices(read.detected, read.table.headers, read.choices);
  showColumns(tab.columns, read.table, columns, (field, column) => chooseColumn(tab, field, column));
  setUpReviews(tab);
  // A tie among the review dates is the review check's to settle (reviews-actions.ts), not the census's.
  const censusTies = columns.unresolved.filter((f) => !REVIEW_DATE_FIELDS.includes(f));
  const mapping = censusTies.length === 0 ? resolvedMapping(columns) : undefined;
  read.mapping = mapping;
  read.model = mapping ? buildCensusCheck(read.table, mapping) : undefined;
  showCensus(tab.census, read.model);
  if (!mapping) {
    tab.results.section.hidden = true;
    tab.checked = undefined;
    tab.env.announce(`Register read: ${columns.notes[0] ?? "choose its columns"}`);
    return;
  }
  showCheck(tab, provisionCheck(read, mapping));
  const model = read.model!;
  tab.env.announce(
    `Register checked as the census does: ${counted(model.problemCount, "problem")}, ${counted(model.pupils, "pupil")}.`,
  );
}

/** The provision column's codes checked as a column, where it is and how many pupils have no status. */
function provisionCheck(read: CensusRead, m: RegisterMapping): Parameters<typeof showCheck>[1] {
  const column = provisionColumn(read.table, m, read.where ?? { sheetName: "" });
  const check = checkRegister(column.values, { row: column.row, col: column.col });
  const label = `${read.label}, column "${String(read.table.headers[m.provision] ?? "").trim()}"`;
  const noStatus = read.model!.noStatus;
  if (!read.where) return { check, label, noStatus };
  const address = `${read.where.sheetName}!${rangeAddress(column.row, column.col, Math.max(column.values.length, 1), 1)}`;
  return { check, label, noStatus, sheetName: read.where.sheetName, address, column };
}

/**
 * A CSV file: a register with a need column or the plans' dates is read as a table for the census
 * and review checks (its columns by header); otherwise its register column (by header, else by
 * its codes) is checked.
 */
export async function checkCsvFile(tab: RegisterTab, file: File): Promise<void> {
  await orShowError(tab.env, `Could not read ${file.name}: `, async () => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const register = readRegisterCsv(bytes);
    if (readsAsTable(register.columns))
      return loadRegisterTable(tab, { table: register.table, label: `${file.name} (${register.detected})` });
    const csv = decodeCsv(bytes);
    const column = csvRegisterColumn(parseCsv(csv.text, csv.delimiter, csv.start));
    const how = column.chosenBy === "header" ? "found by its header" : "found by its codes: no header names SEN status";
    const label = `${file.name} (${csv.detected}), column ${column.header ? `"${column.header}"` : column.origin.col + 1} (${how})`;
    showColumnCheck(tab, { check: checkRegister(column.cells, column.origin), label });
  });
}

/** Excel: the register table around the selection (an Excel table, the selected cells or the block around the active cell). */
export async function checkSelectedTable(tab: RegisterTab): Promise<void> {
  await orShowError(tab.env, "Could not read the register: ", () =>
    withProgress(tab.panel, "Reading the register", async (progress) => {
      const selected = await readSelectedRegisterTable((d, t) => progress.update(d, t));
      const { sheetName, tableName, table, address } = selected;
      const label = tableName ? `the table ${tableName} (${address})` : address;
      loadRegisterTable(tab, { table, label, where: tableName ? { sheetName, tableName } : { sheetName } });
    }),
  );
}
