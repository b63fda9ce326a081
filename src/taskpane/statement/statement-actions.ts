/**
 * What the SENCO time tab does: Create statement (in Excel: a new sheet, or the statement already
 * there updated in place once the school confirms (statement-update.ts); in a plain browser: the
 * preview), choose the register's column or the counts,
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
  updateStatementSheet,
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
import { confirmStatementUpdate } from "./statement-update";

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
  if (result.pageLayout === "failed")
    return ` Excel did not take the print layout (${result.pageLayoutError ?? "no reason given"}): set A4 portrait, fit to one page wide, in Page Layout.`;
  return " It prints on A4 portrait, one page wide.";
}

/** The statement already in the workbook, or undefined (after showing why) when it could not be read. */
async function existingStatement(tab: StatementTab): Promise<{ found: ExistingStatement | undefined } | undefined> {
  try {
    return { found: await readStatementInWorkbook() };
  } catch (error) {
    tab.env.showError(readableError(error));
    return undefined;
  }
}

async function writeToExcel(tab: StatementTab, inputs: StatementInputs): Promise<void> {
  const read = await existingStatement(tab);
  if (!read) return;
  const existing = read.found;
  let model: ReturnType<typeof buildStatementModel>;
  try {
    model = buildStatementModel(inputs, { answers: existing?.answers });
  } catch (error) {
    tab.env.showError(readableError(error));
    return;
  }
  const update = existing ? await confirmStatementUpdate(tab, existing, model) : undefined;
  if (existing && !update) return;
  tab.create.disabled = true;
  await orShowError(tab.env, "", () =>
    withProgress(tab.progressArea, "Writing the statement", async (progress) => {
      const result =
        existing && update
          ? await updateStatementSheet(existing.sheetName, model, { ...update, onProgress: progress.update })
          : await writeStatementSheet(model, { onProgress: progress.update });
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
