/**
 * The SENCO time tab: the statement's inputs (the school's figures, or its register column in
 * Excel), then "Create statement". In Excel it writes the sheet "SENCO time statement" (and, when
 * one is there already, updates it after the user confirms, keeping what the school typed in its
 * checklists); in a plain browser it renders the same model as an HTML preview.
 * DOM APIs only (textContent, never innerHTML).
 */
import type { PaneEnv } from "../shared/pane-env";
import { readableError } from "../shared/pane-env";
import { createFieldGroups, formText, type FieldView } from "../shared/fields";
import { renderSheetPreview } from "../shared/preview";
import { startProgress } from "../shared/progress";
import { el } from "../shared/dom";
import {
  STATEMENT_FIELDS,
  coerceStatementInputs,
  defaultStatementRaw,
  statementFieldProblem,
  type StatementFieldId,
  type StatementInputs,
  type StatementRaw,
} from "../../sheets/statement/statement-fields";
import {
  STATEMENT_SHEET_NAME,
  buildStatementModel,
  previewStatementModel,
} from "../../sheets/statement/statement-model";
import type { SelectedStatementRegister } from "../../workbook/statement-writer";

const INPUT_MODES: Partial<Record<StatementFieldId, "decimal" | "numeric">> = {
  notionalSenBudget: "decimal",
  schoolAction: "numeric",
  schoolActionPlus: "numeric",
  statements: "numeric",
  pupilMobility: "decimal",
  senSupportWeight: "decimal",
  allocatedHours: "decimal",
  annualSalary: "decimal",
  onCostRate: "decimal",
};

const GROUPS: readonly { legend: string; ids: StatementFieldId[] }[] = [
  { legend: "School", ids: ["schoolName", "notionalSenBudget", "pupilMobility"] },
  {
    legend: "Pupils with SEN",
    ids: ["schoolAction", "schoolActionPlus", "statements", "senSupportWeight", "weightReason"],
  },
  { legend: "SENCO time now", ids: ["allocatedHours", "annualSalary", "onCostRate"] },
  {
    legend: "Qualification and leadership",
    ids: ["appointmentSerial", "qualificationHeld", "nasencoStartSerial", "onLeadershipTeam"],
  },
];

const DATE_FIELDS: ReadonlySet<StatementFieldId> = new Set(["appointmentSerial", "nasencoStartSerial"]);

export function mountStatementTab(panel: HTMLElement, env: PaneEnv): void {
  const doc = panel.ownerDocument;
  panel.replaceChildren();
  let register: SelectedStatementRegister | undefined;
  let busy = false;

  panel.append(
    el(doc, "h2", "SENCO time statement"),
    el(
      doc,
      "p",
      env.inExcel
        ? `One sheet a head, business manager or governor can read: the guide to SENCO hours, the time allocated, its cost and what else the guidance expects. Create statement writes the sheet "${STATEMENT_SHEET_NAME}"; its figures are live SEND.* formulas.`
        : "Preview mode (not in Excel): the same statement is shown here as a preview. Nothing leaves this page.",
      "intro",
    ),
  );

  const form = el(doc, "form");
  form.noValidate = true;
  form.setAttribute("aria-label", "SENCO time statement");
  panel.append(form);

  const validate = (view: FieldView) => {
    const field = STATEMENT_FIELDS.find((f) => f.id === view.spec.id)!;
    view.showProblem(statementFieldProblem(field, view.raw()));
  };

  // The register (Excel only): the selected column of SEN codes, used instead of the counts.
  const registerArea = el(doc, "div", undefined, "register-choice");
  const registerStatus = el(doc, "p", undefined, "status");
  registerStatus.id = "statement-register-status";
  const useSelection = el(doc, "button", "Use the selected column as the register");
  useSelection.type = "button";
  const useCounts = el(doc, "button", "Use counts instead");
  useCounts.type = "button";
  const registerButtons = el(doc, "div", undefined, "buttons");
  registerButtons.append(useSelection, useCounts);
  registerArea.append(registerStatus, registerButtons);

  const views = createFieldGroups(form, GROUPS, STATEMENT_FIELDS, {
    idPrefix: "statement",
    validate,
    inputModes: INPUT_MODES,
    beforeFields: (group, fieldset) => {
      if (group.legend === "Pupils with SEN" && env.inExcel) fieldset.append(registerArea);
    },
  });

  /** Show the count fields without a register, the weight fields with one. */
  const showMode = () => {
    for (const field of STATEMENT_FIELDS) {
      if (!field.only) continue;
      const wrapper = views.get(field.id)!.input.parentElement!;
      wrapper.hidden = field.only === "register" ? register === undefined : register !== undefined;
    }
    registerStatus.textContent = register
      ? `Counting from ${register.description}: the statement's formulas refer to it, so they follow the register.`
      : "Counting from the numbers below. Or select the register's column of SEN codes and use it instead.";
    useCounts.hidden = register === undefined;
  };

  const setAll = (raw: StatementRaw) => {
    for (const [id, view] of views) {
      view.set(formText(raw[id], DATE_FIELDS.has(id)));
      view.showProblem(undefined);
    }
  };
  setAll(defaultStatementRaw());
  showMode();

  const buttons = el(doc, "div", undefined, "buttons");
  const create = el(doc, "button", "Create statement", "primary");
  create.type = "submit";
  buttons.append(create);
  form.append(buttons);

  const progressArea = el(doc, "div");
  panel.append(progressArea);

  const previewSection = el(doc, "section", undefined, "preview");
  previewSection.setAttribute("aria-labelledby", "statement-preview-heading");
  previewSection.hidden = true;
  const previewHeading = el(doc, "h2", "Statement preview");
  previewHeading.id = "statement-preview-heading";
  const previewBody = el(doc, "div");
  previewSection.append(previewHeading, previewBody);
  panel.append(previewSection);

  const readInputs = (): StatementInputs | undefined => {
    const raw: StatementRaw = {};
    for (const [id, view] of views) raw[id] = view.raw();
    const result = coerceStatementInputs(raw, register);
    for (const view of views.values()) view.showProblem(undefined);
    if (result.ok) return result.inputs;
    for (const problem of result.problems) views.get(problem.id)!.showProblem(problem.message);
    views.get(result.problems[0]!.id)!.input.focus();
    env.announce(
      `${result.problems.length === 1 ? "One field needs" : `${result.problems.length} fields need`} attention: ${result.problems[0]!.message}`,
    );
    return undefined;
  };

  const writeToExcel = async (inputs: StatementInputs) => {
    const { readExistingStatement, writeStatement } = await import(
      /* webpackMode: "eager" */ "../../workbook/statement-writer"
    );
    let existing: Awaited<ReturnType<typeof readExistingStatement>>;
    try {
      existing = await Excel.run((context) => readExistingStatement(context));
    } catch (error) {
      env.showError(readableError(error));
      return;
    }
    if (existing) {
      const ok = await env.confirm({
        title: "Update the statement?",
        message: `This rewrites the sheet "${existing.sheetName}" from the form, keeping what the school entered in its checklists' middle column. Anything else typed on that sheet is lost; no other sheet changes.`,
        confirmLabel: "Update statement",
      });
      if (!ok) {
        env.announce("Update cancelled: nothing changed.");
        return;
      }
    }
    create.disabled = true;
    const progress = startProgress(progressArea, "Writing the statement");
    try {
      const model = buildStatementModel(inputs, { answers: existing?.answers });
      const result = await Excel.run((context) =>
        writeStatement(context, model, { onProgress: progress.update, replaceSheetName: existing?.sheetName }),
      );
      const print =
        result.pageLayout === "unsupported"
          ? " This Excel cannot set the print layout (it needs Excel 2021 or later, Excel on the web or Microsoft 365): set A4 portrait, fit to one page wide, in Page Layout."
          : result.pageLayout === "failed"
            ? ` Excel did not take the print layout (${result.pageLayoutError ?? "no reason given"}): set A4 portrait, fit to one page wide, in Page Layout.`
            : " It prints on A4 portrait, one page wide.";
      env.announce(`Statement ${existing ? "updated" : "written"} on the sheet "${result.sheetName}".${print}`);
    } catch (error) {
      env.showError(readableError(error));
    } finally {
      progress.finish();
      create.disabled = false;
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    const inputs = readInputs();
    if (!inputs) return;
    if (!env.inExcel) {
      let model: ReturnType<typeof buildStatementModel>;
      try {
        model = buildStatementModel(inputs);
      } catch (error) {
        env.showError(readableError(error));
        return;
      }
      renderSheetPreview(previewBody, previewStatementModel(model));
      previewSection.hidden = false;
      env.announce(`Statement preview ready for ${inputs.schoolName}.`);
      previewHeading.tabIndex = -1;
      previewHeading.focus();
      return;
    }
    busy = true;
    void writeToExcel(inputs).finally(() => {
      busy = false;
    });
  });

  useSelection.addEventListener("click", () => {
    void (async () => {
      const progress = startProgress(progressArea, "Reading the register");
      try {
        const { readSelectedRegisterReference } = await import(
          /* webpackMode: "eager" */ "../../workbook/statement-writer"
        );
        register = await Excel.run((context) => readSelectedRegisterReference(context, progress.update));
        showMode();
        env.announce(registerStatus.textContent ?? "");
      } catch (error) {
        env.showError(`Could not use the selection: ${readableError(error)}`);
      } finally {
        progress.finish();
      }
    })();
  });
  if (env.inExcel) {
    // A statement already in the workbook: fill the form from its inputs, so that re-running updates it.
    void (async () => {
      try {
        const { readExistingStatement } = await import(/* webpackMode: "eager" */ "../../workbook/statement-writer");
        const existing = await Excel.run((context) => readExistingStatement(context));
        if (!existing) return;
        setAll({ ...defaultStatementRaw(), ...existing.inputs.raw });
        const reference = existing.inputs.registerReference;
        register = reference ? { reference, cells: [], description: reference } : undefined;
        showMode();
        env.announce(`Loaded the inputs from the sheet "${existing.sheetName}": Create statement updates it.`);
      } catch {
        // Nothing to load (or an Excel too old to read it): the form starts blank.
      }
    })();
  }

  useCounts.addEventListener("click", () => {
    register = undefined;
    showMode();
    env.announce(registerStatus.textContent ?? "");
  });
}
