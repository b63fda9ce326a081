/**
 * What the Register tab does when the user asks: check codes (pasted, the sample, a CSV file or,
 * in Excel, the selected column), work out the guide hours, highlight the cells that are not
 * accepted codes and remove the highlight, and insert the live guide-hours formula. Each action
 * takes the tab explicitly; the Excel side is src/workbook/register-excel.ts.
 */
import { decodeCsv, parseCsv } from "../../sheets/district/csv";
import {
  checkRegister,
  csvRegisterColumn,
  invalidAreas,
  type RegisterCheck,
} from "../../sheets/register/register-check";
import {
  highlightInvalidCells,
  readSelectedRegisterColumn,
  removeInvalidHighlights,
} from "../../workbook/register-excel";
import { orShowError, withProgress } from "../shared/steps";
import { counted } from "../shared/words";
import { fieldTexts, guideHoursFromFields, showHoursProblem } from "./hours-part";
import type { RegisterTab } from "./register-state";
import { showResults } from "./results-part";

/** Show a checked register and the guide hours for it, and say what was found. */
export function showCheck(
  tab: RegisterTab,
  check: RegisterCheck,
  label: string,
  sheetName?: string,
  address?: string,
): void {
  tab.checked = { check, label, sheetName, address };
  tab.hours.insertOutcome.hidden = true;
  showResults(tab.results, tab.checked);
  updateHours(tab, false);
  tab.env.announce(
    `Register checked: ${counted(check.counts.onRegister, "pupil")} on the SEN register, ${counted(check.invalidCount, "cell")} not ${check.invalidCount === 1 ? "an accepted code" : "accepted codes"}.`,
  );
}

/**
 * Work out the guide hours for the checked register from the fields. On leaving a field it waits
 * for a budget; from the button it says why it cannot and puts the focus on the field.
 */
export function updateHours(tab: RegisterTab, fromButton: boolean): void {
  const { checked, hours } = tab;
  if (!checked) return;
  for (const view of Object.values(hours.fields)) view.showProblem(undefined);
  if (!fromButton && fieldTexts(hours)[0].trim() === "") return; // nothing to work out yet
  const result = guideHoursFromFields(hours, checked.check.counts);
  if (!result.ok) {
    showHoursProblem(hours, result.field, result.message, fromButton);
    hours.result.textContent = "";
    return;
  }
  const invalid = checked.check.invalidCount;
  const caveat =
    invalid > 0
      ? ` This counts only the accepted codes: SEND.SENCOHOURSFROMREGISTER gives an error until the ${counted(invalid, "cell")} listed above ${invalid === 1 ? "is" : "are"} corrected.`
      : "";
  hours.result.textContent = `Guide minimum: ${counted(result.hours, "hour")} a week (${counted(result.totalPoints, "point")}, ${counted(result.mobilityHours, "hour")} for mobility; SEN support counted at ${counted(result.senSupportWeight, "point")} each).${caveat}`;
  if (fromButton) tab.env.announce(hours.result.textContent);
}

/** A CSV file: its register column (by header, else by its codes), checked. */
export async function checkCsvFile(tab: RegisterTab, file: File): Promise<void> {
  await orShowError(tab.env, `Could not read ${file.name}: `, async () => {
    const csv = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    const column = csvRegisterColumn(parseCsv(csv.text, csv.delimiter, csv.start));
    const how = column.chosenBy === "header" ? "found by its header" : "found by its codes: no header names SEN status";
    const where = `${file.name} (${csv.detected}), column ${column.header ? `"${column.header}"` : column.origin.col + 1} (${how})`;
    showCheck(tab, checkRegister(column.cells, column.origin), where);
  });
}

/** Excel: the selected column, checked where it is. */
export async function checkSelectedColumn(tab: RegisterTab): Promise<void> {
  await orShowError(tab.env, "Could not check the selection: ", () =>
    withProgress(tab.panel, "Reading the register", async (progress) => {
      const selected = await readSelectedRegisterColumn((d, t) => progress.update(d, t));
      const check = checkRegister(selected.values, { row: selected.row, col: selected.col });
      showCheck(tab, check, selected.address, selected.sheetName, selected.address);
    }),
  );
}

/** Excel: highlight the cells that are not accepted codes (a conditional format; no code changes). */
export async function highlightInvalid(tab: RegisterTab): Promise<void> {
  const checked = tab.checked;
  if (!checked?.sheetName || checked.check.invalid.length === 0) return;
  const { sheetName, check } = checked;
  await orShowError(tab.env, "Could not highlight the cells: ", async () => {
    await highlightInvalidCells(sheetName, invalidAreas(check.invalid));
    tab.env.announce(
      `Highlighted ${counted(check.invalid.length, "cell")}. Remove highlight takes it away again; no code was changed.`,
    );
  });
}

/** Excel: remove the highlight this check added. */
export async function removeHighlight(tab: RegisterTab): Promise<void> {
  const checked = tab.checked;
  if (!checked?.sheetName || !checked.address) return;
  const { sheetName, address } = checked;
  await orShowError(tab.env, "Could not remove the highlight: ", async () => {
    const removed = await removeInvalidHighlights(sheetName, address);
    tab.env.announce(removed > 0 ? "Removed the highlight." : "There was no highlight to remove.");
  });
}
