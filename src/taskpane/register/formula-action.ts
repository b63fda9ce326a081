/**
 * Excel: "Insert guide-hours formula". Works out the hours from the fields (so a wrong budget is
 * said before anything is read), checks the cell typed is one cell, then looks at the register on
 * its sheet: a cell typed inside an Excel table or the register is refused in words, a blank one
 * becomes the first free cell right of the register (src/sheets/register/formula-place.ts). Then
 * it builds the live formula (over the table column when the register is one) and writes it,
 * asking first when the cell is not empty.
 */
import { localAddress, parseAddress, rangeAddress } from "../../sheets/a1-address";
import type { RegisterCheck } from "../../sheets/register/register-check";
import { guideHoursFormula, type RegisterColumnRef } from "../../sheets/register/register-formula";
import { insertFormula, readFormulaTarget } from "../../workbook/register-excel";
import { orShowError } from "../shared/steps";
import { guideHoursFromFields, showHoursProblem } from "./hours-part";
import type { RegisterTab } from "./register-state";
import { mobilityConfirmed } from "./register-actions";
import { showOutcome } from "../shared/dom";

const CELL_LABEL = "Cell for the guide-hours formula";

/** The checked cells the formula refers to: without a header in the first row. */
export function formulaRange(check: RegisterCheck, address: string): string {
  const local = localAddress(address);
  const p = parseAddress(local);
  const headerFirst = p.rowCount > 1 && check.invalid.some((cell) => cell.row === p.row);
  return headerFirst ? rangeAddress(p.row + 1, p.col, p.rowCount - 1, p.colCount) : local;
}

/** True when what was typed is one cell on the register's sheet (blank is fine: the pane picks one). */
function isOneCell(typed: string): boolean {
  if (typed === "") return true;
  try {
    const parsed = parseAddress(typed);
    return parsed.rowCount === 1 && parsed.colCount === 1 && !typed.includes("!");
  } catch {
    return false;
  }
}

/** How a cell's content reads in the question: text in quotes. */
export function shownContent(existing: unknown): string {
  return typeof existing === "string" ? `"${existing}"` : String(existing);
}

export async function insertGuideHoursFormula(tab: RegisterTab): Promise<void> {
  const { checked, hours, env } = tab;
  if (!checked?.sheetName || !checked.address) return;
  const { sheetName, address, check } = checked;
  hours.insertOutcome.hidden = true;
  hours.formulaCell.showProblem(undefined);
  const result = guideHoursFromFields(hours, check.counts);
  if (!result.ok) return showHoursProblem(hours, result.field, result.message, true);
  if (!(await mobilityConfirmed(tab))) return;
  const typed = String(hours.formulaCell.raw()).trim().toUpperCase();
  if (!isOneCell(typed)) {
    hours.formulaCell.showProblem(
      `${CELL_LABEL} must be one cell on the register's sheet, a column letter and a row number; it was "${typed}".`,
    );
    hours.formulaCell.input.focus();
    return;
  }
  await orShowError(env, "Could not insert the formula: ", async () => {
    const range = formulaRange(check, address);
    const target = await readFormulaTarget(sheetName, address, parseAddress(range).row, typed, CELL_LABEL);
    if (target.problem) {
      hours.formulaCell.showProblem(target.problem);
      hours.formulaCell.input.focus();
      return;
    }
    const { cell } = target;
    const ref: RegisterColumnRef = { sheetName, address: range, table: target.table };
    const weight = String(hours.fields.weight.raw()).trim() === "" ? undefined : result.senSupportWeight;
    const formula = guideHoursFormula(ref, sheetName, { budget: result.budget, mobility: result.mobility, weight });
    if (target.existing !== "" && target.existing !== null) {
      const ok = await env.confirm({
        title: "Replace the cell?",
        message: `${sheetName}!${cell} holds ${shownContent(target.existing)}. Replace it with the guide-hours formula?`,
        confirmLabel: "Replace",
      });
      if (!ok) return env.announce(`Nothing inserted: ${cell} kept as it was.`);
    }
    await insertFormula(sheetName, cell, formula);
    showOutcome(env, hours.insertOutcome, `Inserted ${formula} in ${sheetName}!${cell}.`);
  });
}
