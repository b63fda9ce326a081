/**
 * What the SENCO time tab does: Create statement (in Excel: find the statement already there,
 * confirm, write; in a plain browser: the preview), choose the register's column or the counts,
 * and load the form from the statement in the workbook. Each action takes the tab explicitly;
 * the Excel side is src/workbook/statement-excel.ts.
 */
import {
  defaultStatementRaw,
  STATEMENT_FIELDS,
  statementFieldProblem,
  statementQuestions,
  type StatementInputs,
} from "../../sheets/statement/statement-fields";
import { confirmedMobilityNote, typedOneForOnePercent } from "../../sheets/mobility-argument";
import { fieldValues } from "../shared/form";
import { confirmOnePercent, confirmQuestions } from "../shared/questions";
import { buildStatementModel, previewStatementModel } from "../../sheets/statement/statement-model";
import {
  readSelectedStatementRegister,
  readStatementInWorkbook,
  writeStatementSheet,
} from "../../workbook/statement-excel";
import type { ExistingStatement } from "../../workbook/statement-writer";
import type { WriteSheetResult } from "../../workbook/write-sheet";
import { showOutcome } from "../shared/dom";
import { readableError } from "../shared/pane-env";
import { showPreview } from "../shared/preview-section";
import { orShowError, whileBusy, withProgress } from "../shared/steps";
import { readStatementInputs, setStatementValues, showRegisterMode } from "./statement-form";
import type { StatementTab } from "./statement-state";

/** Create statement: the preview outside Excel; in Excel the sheet, written or updated. */
export async function createStatement(tab: StatementTab): Promise<void> {
  if (tab.busy) return;
  tab.outcome.hidden = true;
  // Pupil mobility typed as 1 is Excel's 100%: "Use 1%?" before anything is read.
  const mobility = tab.form.views.get("pupilMobility")!;
  if (typedOneForOnePercent(mobility.raw())) {
    const field = STATEMENT_FIELDS.find((f) => f.id === "pupilMobility")!;
    if (!(await confirmOnePercent(tab.env, mobility, statementFieldProblem(field, mobility.raw())!))) return;
  }
  const inputs = readStatementInputs(tab.form, tab.register, tab.env);
  if (!inputs) return;
  // Pupil mobility above the published range is used only once the user confirms it.
  const questions = statementQuestions(fieldValues(tab.form.views), tab.register);
  if (!(await confirmQuestions(tab.env, questions, tab.confirmed, tab.form.views, confirmedMobilityNote()))) return;
  if (!tab.env.inExcel) return previewStatement(tab, inputs);
  await whileBusy(tab, () => writeToExcel(tab, inputs));
}

async function previewStatement(tab: StatementTab, inputs: StatementInputs): Promise<void> {
  let model: ReturnType<typeof buildStatementModel>;
  try {
    model = buildStatementModel(inputs);
  } catch (error) {
    tab.env.showError(readableError(error));
    return;
  }
  const message = `Statement preview ready for ${inputs.schoolName}.`;
  await showPreview(tab.preview, previewStatementModel(model), tab.env, message);
}

/** What the user is told about printing, after the write. */
function printAdvice(result: WriteSheetResult): string {
  if (result.pageLayout === "unsupported")
    return " This Excel cannot set the print layout (it needs Excel 2021 or later, Excel on the web or Microsoft 365): set A4 portrait, fit to one page wide, in Page Layout.";
  if (result.pageLayout === "failed")
    return ` Excel did not take the print layout (${result.pageLayoutError ?? "no reason given"}): set A4 portrait, fit to one page wide, in Page Layout.`;
  return " It prints on A4 portrait, one page wide.";
}

/** The statement already in the workbook, and whether to go on: a statement there is replaced only after the user confirms. */
async function existingConfirmed(
  tab: StatementTab,
): Promise<{ go: true; existing: ExistingStatement | undefined } | { go: false }> {
  let existing: ExistingStatement | undefined;
  try {
    existing = await readStatementInWorkbook();
  } catch (error) {
    tab.env.showError(readableError(error));
    return { go: false };
  }
  if (!existing) return { go: true, existing };
  const ok = await tab.env.confirm({
    title: "Update the statement?",
    message: `This rewrites the sheet "${existing.sheetName}" from the form, keeping what the school entered in its checklists' middle column. Anything else typed on that sheet is lost; no other sheet changes.`,
    confirmLabel: "Update statement",
  });
  if (ok) return { go: true, existing };
  tab.env.announce("Update cancelled: nothing changed.");
  return { go: false };
}

async function writeToExcel(tab: StatementTab, inputs: StatementInputs): Promise<void> {
  const answer = await existingConfirmed(tab);
  if (!answer.go) return;
  const { existing } = answer;
  tab.create.disabled = true;
  await orShowError(tab.env, "", () =>
    withProgress(tab.progressArea, "Writing the statement", async (progress) => {
      const model = buildStatementModel(inputs, { answers: existing?.answers });
      const options = { onProgress: progress.update, replaceSheetName: existing?.sheetName };
      const result = await writeStatementSheet(model, options);
      const done = `Statement ${existing ? "updated" : "written"} on the sheet "${result.sheetName}".`;
      showOutcome(tab.env, tab.outcome, `${done}${printAdvice(result)}`);
    }),
  );
  tab.create.disabled = false;
}

/** Excel: count from the selected column of SEN codes (the statement's formulas refer to it). */
export async function useSelectedRegister(tab: StatementTab): Promise<void> {
  await orShowError(tab.env, "Could not use the selection: ", () =>
    withProgress(tab.progressArea, "Reading the register", async (progress) => {
      tab.register = await readSelectedStatementRegister(progress.update);
      showRegisterMode(tab.form, tab.register);
      tab.env.announce(tab.form.registerChoice.status.textContent ?? "");
    }),
  );
}

/** Count from the numbers typed again. */
export function useCounts(tab: StatementTab): void {
  tab.register = undefined;
  showRegisterMode(tab.form, tab.register);
  tab.env.announce(tab.form.registerChoice.status.textContent ?? "");
}

/** Excel: a statement already in the workbook fills the form from its inputs, so that re-running updates it. */
export async function loadExistingStatement(tab: StatementTab): Promise<void> {
  try {
    const existing = await readStatementInWorkbook();
    if (!existing) return;
    setStatementValues(tab.form, { ...defaultStatementRaw(), ...existing.inputs.raw });
    const reference = existing.inputs.registerReference;
    tab.register = reference ? { reference, cells: [], description: reference } : undefined;
    showRegisterMode(tab.form, tab.register);
    tab.env.announce(`Loaded the inputs from the sheet "${existing.sheetName}": Create statement updates it.`);
  } catch {
    // Nothing to load (or an Excel too old to read it): the form starts blank.
  }
}
