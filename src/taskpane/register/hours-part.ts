/**
 * The Register tab's guide hours: the budget, mobility and SEN support weight fields, "Work out
 * guide hours" and its result line; in Excel also the cell for the live guide-hours formula and
 * "Insert guide-hours formula" with its outcome. The part builds the fieldset and reads and shows
 * what is in it; the work is in register-actions.ts.
 */
import { REGISTER_FIELD_LABELS, registerGuideHours, type GuideHoursResult } from "../../sheets/register/register-check";
import type { RegisterCounts } from "../../rules/sen-register";
import { button, buttonRow, el, outcomeLine, withId } from "../shared/dom";
import { createField, type FieldSpec, type FieldView } from "../shared/fields";
import { MOBILITY_HINT } from "../../sheets/statement/statement-fields";

export type HoursField = "budget" | "mobility" | "weight";

export interface HoursPart {
  readonly fieldset: HTMLFieldSetElement;
  readonly fields: Readonly<Record<HoursField, FieldView>>;
  readonly result: HTMLElement;
  readonly formulaCell: FieldView;
  readonly insertOutcome: HTMLElement;
}

const HOURS_FIELDS: readonly FieldSpec[] = [
  {
    id: "budget",
    label: REGISTER_FIELD_LABELS.notional_sen_budget!,
    kind: "text",
    optional: false,
    hint: "In pounds, for example £67,755.",
    inputMode: "decimal",
  },
  {
    id: "mobility",
    label: REGISTER_FIELD_LABELS.pupil_mobility!,
    kind: "text",
    optional: true,
    hint: MOBILITY_HINT,
    inputMode: "decimal",
  },
  {
    id: "weight",
    label: REGISTER_FIELD_LABELS.sen_support_weight!,
    kind: "text",
    optional: true,
    hint: "From 1 (like School Action, the default floor) to 5 (like School Action Plus), such as 2.",
    inputMode: "decimal",
  },
];

const FORMULA_CELL: FieldSpec = {
  id: "formula-cell",
  label: "Cell for the guide-hours formula",
  kind: "text",
  optional: true,
  hint: "A cell on the register's sheet outside the register and any Excel table, such as F2. Blank: the first free cell to the right of the register, level with its first pupil. A cell that is not empty is only replaced after you confirm.",
};

export function createHoursPart(
  doc: Document,
  inExcel: boolean,
  on: { fieldLeft(): void; workOut(): void; insert(): void },
): HoursPart {
  const fieldset = el(doc, "fieldset");
  fieldset.append(el(doc, "legend", "Guide hours for this register"));
  const [budget, mobility, weight] = HOURS_FIELDS.map((spec) => createField(fieldset, spec, "register", on.fieldLeft));
  const work = button(doc, "Work out guide hours");
  work.addEventListener("click", () => on.workOut());
  const result = withId(el(doc, "p", undefined, "status"), "register-hours");
  fieldset.append(buttonRow(doc, work), result);

  // Excel only: put the live formula for this column into a cell (a table column by name).
  const formulaCell = createField(fieldset, FORMULA_CELL, "register", () => undefined);
  const insert = button(doc, "Insert guide-hours formula");
  insert.addEventListener("click", () => on.insert());
  const insertButtons = buttonRow(doc, insert);
  const insertOutcome = outcomeLine(doc, "register-formula-outcome");
  fieldset.append(insertButtons, insertOutcome);
  if (!inExcel) {
    (formulaCell.input.closest(".field") as HTMLElement | null)?.setAttribute("hidden", "");
    insertButtons.hidden = true;
  }
  return {
    fieldset,
    fields: { budget: budget!, mobility: mobility!, weight: weight! },
    result,
    formulaCell,
    insertOutcome,
  };
}

/** The guide hours for `counts` from the fields as typed (or which field is wrong, and why). */
export function guideHoursFromFields(part: HoursPart, counts: RegisterCounts): GuideHoursResult {
  return registerGuideHours(counts, ...fieldTexts(part));
}

/** The budget, mobility and weight as typed. */
export function fieldTexts(part: HoursPart): [budget: string, mobility: string, weight: string] {
  const { budget, mobility, weight } = part.fields;
  return [String(budget.raw()), String(mobility.raw()), String(weight.raw())];
}

/** A field's problem beside it; the field takes the focus when the user asked (a button). */
export function showHoursProblem(part: HoursPart, field: HoursField, message: string, focus: boolean): void {
  part.fields[field].showProblem(message);
  if (focus) part.fields[field].input.focus();
}
