/**
 * What the Register tab does with a column of codes: show it checked (pasted, the sample, a CSV
 * file's column or, in Excel, the selected column) and hand it to the SENCO time tab, work out
 * the guide hours, highlight the cells that are not accepted codes and remove the highlight.
 * Register tables (the census check) are census-actions.ts; the live formulas formula-action.ts
 * and census-formula-action.ts. Each action takes the tab explicitly; the Excel side is
 * src/workbook/register-excel.ts.
 */
import type { RegisterColumnCells } from "../../sheets/register/register-formula";
import { describedRegister, type DescribedRegister } from "../../sheets/statement/register-reference";
import { handOverRegister, type RegisterFigures } from "../shared/checked-register";
import {
  checkRegister,
  invalidAreas,
  registerMobilityProblem,
  type GuideHoursResult,
} from "../../sheets/register/register-check";
import { confirmedMobilityNote, typedOneForOnePercent } from "../../sheets/mobility-argument";
import { confirmOnePercent, confirmQuestions, wasConfirmed, type Question } from "../shared/questions";
import {
  highlightInvalidCells,
  readSelectedRegisterColumn,
  removeInvalidHighlights,
} from "../../workbook/register-excel";
import { showOutcome } from "../shared/dom";
import { orShowError, withProgress } from "../shared/steps";
import { counted } from "../shared/words";
import { fieldTexts, guideHoursFromFields, showHoursProblem, type HoursPart } from "./hours-part";
import type { Checked, RegisterTab } from "./register-state";
import { showResults } from "./results-part";
import { showCensus } from "./census-part";
import { showReviewSetup } from "./reviews-part";

/** Show a checked register and the guide hours for it, say what was found, and hand it to the SENCO time tab. */
export function showCheck(tab: RegisterTab, checked: Checked): void {
  const { check } = checked;
  tab.checked = checked;
  tab.hours.insertOutcome.hidden = true;
  showResults(tab.results, tab.checked);
  updateHours(tab, false);
  handOverRegister(tab.env.checkedRegister, {
    source: checked.label,
    counts: check.counts,
    invalidCount: check.invalidCount,
    noStatus: checked.noStatus ?? check.blankCells,
    ...(tab.env.inExcel && checked.column ? registerColumn(checked.column) : {}),
    figures: () => registerFigures(tab),
  });
  tab.env.announce(
    `Register checked: ${counted(check.counts.onRegister, "pupil")} on the SEN register, ${counted(check.invalidCount, "cell")} not ${check.invalidCount === 1 ? "an accepted code" : "accepted codes"}.`,
  );
}

/** The checked column as the SENCO time statement refers to it; nothing when it is only a header. */
function registerColumn(column: RegisterColumnCells): { column?: DescribedRegister } {
  try {
    return { column: describedRegister(column) };
  } catch {
    return {};
  }
}

/** A single column checked (no register table): the columns and census parts are put away. */
export function showColumnCheck(tab: RegisterTab, checked: Checked): void {
  tab.table = undefined;
  tab.columns.section.hidden = true;
  showReviewSetup(tab.reviews, undefined);
  showCensus(tab.census, undefined);
  showCheck(tab, checked);
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
  const question = mobilityQuestion(hours, result);
  if (question && !wasConfirmed(tab.confirmed, question)) {
    // Above the published range: no hours until the user confirms (Work out guide hours asks).
    hours.fields.mobility.showWarning(`${question.message} Work out guide hours asks you to confirm it.`);
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

/** The guide-hours fields as typed, for the SENCO time tab (with whether the mobility was confirmed here). */
function registerFigures(tab: RegisterTab): RegisterFigures {
  const [budget, mobility, weight] = fieldTexts(tab.hours);
  const mobilityConfirmed = wasConfirmed(tab.confirmed, { id: "mobility", raw: mobility, message: "" });
  return { budget, mobility, weight, mobilityConfirmed };
}

/** The question about a pupil mobility above the published range, when the fields hold one. */
export function mobilityQuestion(hours: HoursPart, result: GuideHoursResult): Question | undefined {
  if (!result.ok || result.mobilityQuestion === undefined) return undefined;
  return { id: "mobility", raw: hours.fields.mobility.raw(), message: result.mobilityQuestion };
}

/**
 * "Work out guide hours": a pupil mobility above the published range is asked about first; then
 * the hours, or why there are none.
 */
export async function workOutHours(tab: RegisterTab): Promise<void> {
  if (!(await mobilityConfirmed(tab))) return;
  updateHours(tab, true);
}

/**
 * True unless the pupil mobility needs the user and they do not give it: typed as 1 (Excel's 100%,
 * refused: "Use 1%?"), or above the published range (confirmed, or not).
 */
export async function mobilityConfirmed(tab: RegisterTab): Promise<boolean> {
  const { checked, hours } = tab;
  if (!checked) return true;
  const view = hours.fields.mobility;
  if (typedOneForOnePercent(view.raw())) {
    const problem = registerMobilityProblem(String(view.raw()))!;
    if (!(await confirmOnePercent(tab.env, view, problem))) return false;
  }
  const question = mobilityQuestion(hours, guideHoursFromFields(hours, checked.check.counts));
  if (!question) return true;
  const views = new Map([["mobility", hours.fields.mobility]]);
  return confirmQuestions(tab.env, [question], tab.confirmed, views, confirmedMobilityNote());
}

/** Excel: the selected column, checked where it is. */
export async function checkSelectedColumn(tab: RegisterTab): Promise<void> {
  await orShowError(tab.env, "Could not check the selection: ", () =>
    withProgress(tab.panel, "Reading the register", async (progress) => {
      const selected = await readSelectedRegisterColumn((d, t) => progress.update(d, t));
      const check = checkRegister(selected.values, { row: selected.row, col: selected.col });
      const { sheetName, address, table } = selected;
      const label = table ? `the column "${table.column}" of the table ${table.name} (${address})` : address;
      showColumnCheck(tab, { check, label, sheetName, address, column: selected });
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
    const text = `Highlighted ${counted(check.invalid.length, "cell")}. Remove highlight takes it away again; no code was changed.`;
    showOutcome(tab.env, tab.results.highlightOutcome, text);
  });
}

/** Excel: remove the highlight this check added. */
export async function removeHighlight(tab: RegisterTab): Promise<void> {
  const checked = tab.checked;
  if (!checked?.sheetName || !checked.address) return;
  const { sheetName, address } = checked;
  await orShowError(tab.env, "Could not remove the highlight: ", async () => {
    const removed = await removeInvalidHighlights(sheetName, address);
    const text = removed > 0 ? "Removed the highlight." : "There was no highlight to remove.";
    showOutcome(tab.env, tab.results.highlightOutcome, text);
  });
}
