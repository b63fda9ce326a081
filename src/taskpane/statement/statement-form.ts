/**
 * The SENCO time tab's form: the statement's fields in their groups, each checked on leaving it,
 * and (in Excel) the choice between the register's column and the counts typed, shown inside
 * "Pupils with SEN". Reads the form into the statement's inputs, showing every problem beside
 * its field.
 */
import {
  STATEMENT_FIELDS,
  coerceStatementInputs,
  statementFieldProblem,
  type StatementFieldId,
  type StatementInputs,
  type StatementRaw,
  type StatementRegister,
} from "../../sheets/statement/statement-fields";
import { formValue } from "../../sheets/form-fields";
import { button, buttonRow, el, withId } from "../shared/dom";
import { createFieldGroups, type FieldView } from "../shared/fields";
import { clearProblems, fieldValues, fillFields, showProblems } from "../shared/form";
import type { PaneEnv } from "../shared/pane-env";

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

/** Excel: where the statement counts from, and the buttons that choose the register's column or the counts. */
export interface RegisterChoice {
  readonly area: HTMLElement;
  readonly status: HTMLElement;
  readonly useSelection: HTMLButtonElement;
  readonly useCounts: HTMLButtonElement;
}

export interface StatementForm {
  readonly form: HTMLFormElement;
  readonly views: ReadonlyMap<StatementFieldId, FieldView>;
  readonly registerChoice: RegisterChoice;
}

function createRegisterChoice(doc: Document): RegisterChoice {
  const status = withId(el(doc, "p", undefined, "status"), "statement-register-status");
  const useSelection = button(doc, "Use the selected column as the register");
  const useCounts = button(doc, "Use counts instead");
  const area = el(doc, "div", undefined, "register-choice");
  area.append(status, buttonRow(doc, useSelection, useCounts));
  return { area, status, useSelection, useCounts };
}

function validateStatementField(view: FieldView): void {
  const field = STATEMENT_FIELDS.find((f) => f.id === view.spec.id)!;
  view.showProblem(statementFieldProblem(field, view.raw()));
}

/** The form with its fieldsets (the button is added by the tab); `pupilsExtra` goes first in "Pupils with SEN". */
export function createStatementForm(doc: Document, inExcel: boolean, pupilsExtra?: HTMLElement): StatementForm {
  const form = el(doc, "form");
  form.noValidate = true;
  form.setAttribute("aria-label", "SENCO time statement");
  // The register (Excel only): the selected column of SEN codes, used instead of the counts.
  const registerChoice = createRegisterChoice(doc);
  const views = createFieldGroups(form, GROUPS, STATEMENT_FIELDS, {
    idPrefix: "statement",
    validate: validateStatementField,
    inputModes: INPUT_MODES,
    beforeFields: (group, fieldset) => {
      if (group.legend !== "Pupils with SEN") return;
      if (pupilsExtra) fieldset.append(pupilsExtra);
      if (inExcel) fieldset.append(registerChoice.area);
    },
  });
  return { form, views, registerChoice };
}

/** Show the count fields without a register, the weight fields with one, and say which the statement counts from. */
export function showRegisterMode(part: StatementForm, register: { readonly description: string } | undefined): void {
  for (const field of STATEMENT_FIELDS) {
    if (!field.only) continue;
    const wrapper = part.views.get(field.id)!.input.parentElement!;
    wrapper.hidden = field.only === "register" ? register === undefined : register !== undefined;
  }
  part.registerChoice.status.textContent = register
    ? `Counting from ${register.description}: the statement's formulas refer to it, so they follow the register.`
    : "Counting from the numbers below. Or select the register's column of SEN codes and use it instead.";
  part.registerChoice.useCounts.hidden = register === undefined;
}

/** Fill the form from `raw` (the defaults, or the statement sheet's inputs, shown as people type them: "£9,000", "18%"). */
export function setStatementValues(part: StatementForm, raw: StatementRaw): void {
  fillFields(part.views, raw, (id, value) =>
    formValue(
      STATEMENT_FIELDS.find((f) => f.id === id)!,
      value,
    ),
  );
}

/** The statement's inputs (counted from `register` when there is one), or undefined after showing every problem. */
export function readStatementInputs(
  part: StatementForm,
  register: StatementRegister | undefined,
  env: PaneEnv,
): StatementInputs | undefined {
  const result = coerceStatementInputs(fieldValues(part.views), register);
  clearProblems(part.views);
  if (result.ok) return result.inputs;
  showProblems(part.views, result.problems, env);
  return undefined;
}
