/**
 * The Levy tab's apprenticeships: the list the forecast's table starts with (each with its
 * Remove button), in Excel a button that reads the plan sheets in the workbook again, and a small
 * form that adds one apprenticeship, each field checked with the apprentices column's own coercer.
 * No Excel, no state: user events go to the `on` handlers.
 */
import { formatSerialDdMmYyyy } from "../../rules/excel-dates";
import {
  APPRENTICESHIP_FIELDS,
  coerceApprenticeship,
  defaultApprenticeshipRaw,
  levyFieldProblem,
  type ApprenticeshipFieldId,
} from "../../sheets/levy/levy-fields";
import type { LevySheetApprenticeship } from "../../sheets/levy/levy-model";
import type { ListedApprenticeship } from "../../sheets/levy/plans-read";
import { MONEY_FORMAT, formatCellValue } from "../../sheets/number-format";
import { button, buttonRow, el, withId } from "../shared/dom";
import { createFieldGroups, type FieldView } from "../shared/fields";
import { clearProblems, fieldValues, setFieldValues, showProblems } from "../shared/form";
import type { PaneEnv } from "../shared/pane-env";

export interface ApprenticeshipsHandlers {
  add(): void;
  remove(index: number): void;
  fromPlans(): void;
}

export interface ApprenticeshipsPart {
  readonly section: HTMLElement;
  readonly heading: HTMLElement;
  /** How many apprenticeships the table starts with, and what to do about them. */
  readonly status: HTMLElement;
  /** What reading the plan sheets found (Excel). */
  readonly plansNote: HTMLElement;
  readonly list: HTMLUListElement;
  readonly fromPlans: HTMLButtonElement;
  readonly addForm: HTMLFormElement;
  readonly views: ReadonlyMap<ApprenticeshipFieldId, FieldView>;
  readonly on: ApprenticeshipsHandlers;
}

const INPUT_MODES: Partial<Record<ApprenticeshipFieldId, "decimal" | "numeric">> = {
  price: "decimal",
  months: "numeric",
  ageAtStart: "numeric",
};

const DATE_FIELDS: ReadonlySet<ApprenticeshipFieldId> = new Set(
  APPRENTICESHIP_FIELDS.filter((f) => f.date).map((f) => f.id),
);

/**
 * A field's own check when the user leaves it. A blank one is not judged then: leaving the add form
 * empty is fine (after an apprenticeship is added it is empty again); Add apprenticeship asks for it.
 */
function validateApprenticeshipField(view: FieldView): void {
  const field = APPRENTICESHIP_FIELDS.find((f) => f.id === view.spec.id)!;
  const raw = view.raw();
  view.showProblem(typeof raw === "string" && raw.trim() === "" ? undefined : levyFieldProblem(field, raw));
}

/** The form that adds one apprenticeship (its own form: Enter in a field adds it). */
function createAddForm(doc: Document, on: ApprenticeshipsHandlers) {
  const addForm = el(doc, "form");
  addForm.noValidate = true;
  addForm.setAttribute("aria-label", "Add an apprenticeship");
  const views = createFieldGroups(
    addForm,
    [{ legend: "Add an apprenticeship", ids: APPRENTICESHIP_FIELDS.map((f) => f.id) }],
    APPRENTICESHIP_FIELDS,
    { idPrefix: "levy-apprenticeship", validate: validateApprenticeshipField, inputModes: INPUT_MODES },
  );
  const add = el(doc, "button", "Add apprenticeship");
  add.type = "submit";
  addForm.querySelector("fieldset")!.append(buttonRow(doc, add));
  addForm.addEventListener("submit", (event) => {
    event.preventDefault();
    on.add();
  });
  return { addForm, views };
}

export function createApprenticeshipsPart(
  doc: Document,
  inExcel: boolean,
  on: ApprenticeshipsHandlers,
): ApprenticeshipsPart {
  const section = el(doc, "section", undefined, "levy-apprenticeships");
  section.setAttribute("aria-labelledby", "levy-apprenticeships-heading");
  const heading = withId(el(doc, "h3", "Apprenticeships the account pays for"), "levy-apprenticeships-heading");
  heading.tabIndex = -1;
  const status = withId(el(doc, "p", undefined, "status"), "levy-apprenticeships-status");
  const plansNote = withId(el(doc, "p", undefined, "hint"), "levy-plans-note");
  plansNote.hidden = true;
  const list = el(doc, "ul", undefined, "apprenticeship-list");
  const fromPlans = button(doc, "Add the plans in this workbook");
  fromPlans.addEventListener("click", () => on.fromPlans());
  const { addForm, views } = createAddForm(doc, on);
  section.append(heading, status, plansNote, list);
  if (inExcel) section.append(buttonRow(doc, fromPlans));
  section.append(addForm);
  const part: ApprenticeshipsPart = { section, heading, status, plansNote, list, fromPlans, addForm, views, on };
  setFieldValues(part.views, defaultApprenticeshipRaw(), DATE_FIELDS);
  return part;
}

/** One apprenticeship in words: "Sam Patel: starts 01/09/2026, £14,000.00 over 27 months". */
export function apprenticeshipText(a: ListedApprenticeship): string {
  const extras: string[] = [];
  if (a.ageAtStart !== undefined) extras.push(`aged ${a.ageAtStart}`);
  if (a.careLeaverOrEhcPlan === true) extras.push("care leaver or EHC plan");
  if (a.fromSheet !== undefined) extras.push(`plan sheet "${a.fromSheet}"`);
  const price = formatCellValue(a.price, MONEY_FORMAT);
  const more = extras.length > 0 ? ` (${extras.join("; ")})` : "";
  return `${a.name}: starts ${formatSerialDdMmYyyy(a.startSerial)}, ${price} over ${a.months} months${more}`;
}

/** Show the list, each apprenticeship with its Remove button, and how many there are. */
export function showApprenticeships(part: ApprenticeshipsPart, apprenticeships: readonly ListedApprenticeship[]): void {
  const doc = part.list.ownerDocument;
  part.list.replaceChildren(
    ...apprenticeships.map((a, index) => {
      const item = el(doc, "li");
      const remove = button(doc, "Remove");
      remove.setAttribute("aria-label", `Remove ${a.name}`);
      remove.addEventListener("click", () => part.on.remove(index));
      item.append(el(doc, "span", apprenticeshipText(a)), remove);
      return item;
    }),
  );
  part.list.hidden = apprenticeships.length === 0;
  const count = apprenticeships.length;
  part.status.textContent =
    count === 0
      ? "None yet: the forecast shows the levy coming in and expiring. Add each apprenticeship the account pays for below, or later as rows of the sheet's table."
      : `${count === 1 ? "1 apprenticeship" : `${count} apprenticeships`}: the sheet's table starts with ${count === 1 ? "it" : "them"}; add rows there later and the forecast follows.`;
}

/** The apprenticeship typed in the add form, or undefined after showing every problem beside its field. */
export function readNewApprenticeship(part: ApprenticeshipsPart, env: PaneEnv): LevySheetApprenticeship | undefined {
  const result = coerceApprenticeship(fieldValues(part.views));
  clearProblems(part.views);
  if (result.ok) return result.value;
  showProblems(part.views, result.problems, env);
  return undefined;
}

/** Empty the add form for the next apprenticeship (the planned months kept) and put the focus in its first field. */
export function clearNewApprenticeship(part: ApprenticeshipsPart): void {
  const months = part.views.get("months")!.raw();
  setFieldValues(part.views, { ...defaultApprenticeshipRaw(), months }, DATE_FIELDS);
  part.views.get("name")!.input.focus();
}
