/**
 * The Levy tab's account form: the pay bill, the share in England, the months shown and the funds
 * in the account now, each checked on leaving it with the SEND.LEVYFORECAST argument's own
 * coercer. Reads the form into the account, showing every problem beside its field.
 */
import {
  LEVY_ACCOUNT_FIELDS,
  coerceLevyAccount,
  levyAccountFieldProblem,
  type LevyAccount,
  type LevyAccountFieldId,
} from "../../sheets/levy/levy-fields";
import { el } from "../shared/dom";
import { createFieldGroups, type FieldView } from "../shared/fields";
import { clearProblems, fieldValues, setFieldValues, showProblems } from "../shared/form";
import type { PaneEnv } from "../shared/pane-env";

const INPUT_MODES: Partial<Record<LevyAccountFieldId, "decimal" | "numeric">> = {
  annualPayBill: "decimal",
  englishShare: "decimal",
  months: "numeric",
  fundsNow: "decimal",
};

const DATE_FIELDS: ReadonlySet<LevyAccountFieldId> = new Set(
  LEVY_ACCOUNT_FIELDS.filter((f) => f.date).map((f) => f.id),
);

export interface AccountForm {
  readonly form: HTMLFormElement;
  readonly views: ReadonlyMap<LevyAccountFieldId, FieldView>;
}

function validateAccountField(view: FieldView): void {
  const field = LEVY_ACCOUNT_FIELDS.find((f) => f.id === view.spec.id)!;
  view.showProblem(levyAccountFieldProblem(field, view.raw()));
}

/** The account's fieldset in its own form (Enter in a field makes the forecast). */
export function createAccountForm(doc: Document): AccountForm {
  const form = el(doc, "form");
  form.noValidate = true;
  form.setAttribute("aria-label", "The levy account");
  const views = createFieldGroups(
    form,
    [{ legend: "The levy account", ids: LEVY_ACCOUNT_FIELDS.map((f) => f.id) }],
    LEVY_ACCOUNT_FIELDS,
    { idPrefix: "levy", validate: validateAccountField, inputModes: INPUT_MODES },
  );
  return { form, views };
}

export function setAccountValues(part: AccountForm, raw: Readonly<Partial<Record<LevyAccountFieldId, unknown>>>): void {
  setFieldValues(part.views, raw, DATE_FIELDS);
}

/** The account, or undefined after showing every problem beside its field. */
export function readAccount(part: AccountForm, env: PaneEnv): LevyAccount | undefined {
  const result = coerceLevyAccount(fieldValues(part.views));
  clearProblems(part.views);
  if (result.ok) return result.value;
  showProblems(part.views, result.problems, env);
  return undefined;
}
