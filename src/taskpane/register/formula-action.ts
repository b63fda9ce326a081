/**
 * Excel: "Insert guide-hours formula". Works out the hours from the fields (so a wrong budget is
 * said before anything is read), checks the cell typed (blank: two columns right of the register),
 * then builds the live formula (over the table column when the register is one) and writes it,
 * asking first when the cell is not empty.
 */
import { localAddress, parseAddress, rangeAddress } from "../../sheets/a1-address";
import type { RegisterCheck } from "../../sheets/register/register-check";
import { defaultFormulaCell, guideHoursFormula, type RegisterColumnRef } from "../../sheets/register/register-formula";
import { insertFormula, readFormulaTarget } from "../../workbook/register-excel";
import { orShowError } from "../shared/steps";
import { guideHoursFromFields, showHoursProblem } from "./hours-part";
import type { RegisterTab } from "./register-state";
import { mobilityConfirmed } from "./register-actions";
import { showOutcome } from "../shared/dom";

/** The checked cells the formula refers to: without a header in the first row. */
export function formulaRange(check: RegisterCheck, address: string): string {
  const local = localAddress(address);
  const p = parseAddress(local);
  const headerFirst = p.rowCount > 1 && check.invalid.some((cell) => cell.row === p.row);
  return headerFirst ? rangeAddress(p.row + 1, p.col, p.rowCount - 1, p.colCount) : local;
}

/** The one cell typed (upper-cased), or the default beside the register; undefined when what was typed is not one cell. */
function targetCell(typed: string, check: RegisterCheck, address: string): string | undefined {
  const cell = typed === "" ? defaultFormulaCell(formulaRange(check, address)) : typed;
  try {
    const parsed = parseAddress(cell);
    return parsed.rowCount === 1 && parsed.colCount === 1 && !cell.includes("!") ? cell : undefined;
  } catch {
    return undefined;
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
  const cell = targetCell(typed, check, address);
  if (!cell) {
    hours.formulaCell.showProblem(`Cell for the guide-hours formula must be one cell such as F2; it was "${typed}".`);
    hours.formulaCell.input.focus();
    return;
  }
  await orShowError(env, "Could not insert the formula: ", async () => {
    const target = await readFormulaTarget(sheetName, address, cell);
    const ref: RegisterColumnRef = { sheetName, address: formulaRange(check, address), table: target.table };
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
