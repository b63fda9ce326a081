/**
 * The Levy tab's apprenticeships: the list the forecast's table starts with (each with what the
 * funding rules say of it, and its Edit and Remove buttons), in Excel a button that reads the plan
 * sheets in the workbook again and a note of what it found, and the form that adds or edits one.
 * No Excel, no state: user events go to the `on` handlers.
 */
import { formatSerialDdMmYyyy } from "../../rules/excel-dates";
import {
  APPRENTICESHIP_FIELDS,
  apprenticeshipFieldProblem,
  apprenticeshipReason,
  defaultApprenticeshipRaw,
  type ApprenticeshipFieldId,
} from "../../sheets/levy/apprenticeship-fields";
import type { ListedApprenticeship } from "../../sheets/levy/plans-read";
import { MONEY_FORMAT, formatCellValue } from "../../sheets/number-format";
import { button, buttonRow, el, withId } from "../shared/dom";
import { createListPart, showItems, type ListHandlers, type ListPart } from "./editable-list";

export interface ApprenticeshipsPart extends ListPart<ApprenticeshipFieldId> {
  readonly on: ListHandlers;
  /** What reading the plan sheets found (Excel). */
  readonly plansNote: HTMLElement;
  readonly fromPlans: HTMLButtonElement;
  /** The SLMDA sets its own level and band: those fields are off while it is ticked. */
  syncFields(): void;
}

const field = (id: string) => APPRENTICESHIP_FIELDS.find((f) => f.id === id)!;

export function createApprenticeshipsPart(
  doc: Document,
  inExcel: boolean,
  on: ListHandlers & { fromPlans(): void },
): ApprenticeshipsPart {
  const part = createListPart(
    doc,
    {
      id: "levy-apprenticeship",
      heading: "Apprenticeships the account pays for",
      legend: "Add an apprenticeship",
      addLabel: "Add apprenticeship",
      fields: APPRENTICESHIP_FIELDS,
      inputModes: {
        agreedPrice: "decimal",
        bandMaximum: "decimal",
        level: "numeric",
        months: "numeric",
        ageAtStart: "numeric",
      },
      problem: (id, raw) => apprenticeshipFieldProblem(field(id), raw),
      defaults: defaultApprenticeshipRaw,
    },
    on,
  );
  const plansNote = withId(el(doc, "p", undefined, "hint"), "levy-plans-note");
  plansNote.hidden = true;
  const fromPlans = button(doc, "Add the plans in this workbook");
  fromPlans.addEventListener("click", () => on.fromPlans());
  part.status.after(plansNote);
  if (inExcel) part.list.after(buttonRow(doc, fromPlans));
  const slmda = part.views.get("slmda")!.input;
  const syncFields = () => {
    for (const id of ["level", "bandMaximum"] as const) {
      const view = part.views.get(id)!;
      view.input.disabled = slmda.checked;
      if (slmda.checked) view.showProblem(undefined);
    }
  };
  slmda.addEventListener("change", syncFields);
  return Object.assign(part, { plansNote, fromPlans, syncFields });
}

/** One apprenticeship in words: "Sam Patel: starts 01/09/2026, £14,000.00 over 27 months (Level 7; aged 21)". */
export function apprenticeshipText(a: ListedApprenticeship): string {
  const extras: string[] = [
    a.level === undefined ? "level not given" : `Level ${a.level}${a.slmda ? ", the SLMDA" : ""}`,
  ];
  if (a.ageAtStart !== undefined) extras.push(`aged ${a.ageAtStart}`);
  if (a.careLeaverOrEhcPlan === true) extras.push("care leaver or EHC plan");
  if (a.fromSheet !== undefined) extras.push(`plan sheet "${a.fromSheet}"`);
  const price = formatCellValue(a.agreedPrice, MONEY_FORMAT);
  return `${a.name}: starts ${formatSerialDdMmYyyy(a.startSerial)}, ${price} over ${a.months} months (${extras.join("; ")})`;
}

/** Show the list, each apprenticeship with what the rules say of it, and how many there are. */
export function showApprenticeships(part: ApprenticeshipsPart, apprenticeships: readonly ListedApprenticeship[]): void {
  showItems(
    part,
    apprenticeships.map((a) => ({ name: a.name, text: apprenticeshipText(a), detail: apprenticeshipReason(a) })),
  );
  const count = apprenticeships.length;
  part.status.textContent =
    count === 0
      ? "None yet: the forecast shows the levy coming in and expiring. Add each apprenticeship the account pays for below, or later as rows of the sheet's table."
      : `${count === 1 ? "1 apprenticeship" : `${count} apprenticeships`}: the sheet's table starts with ${count === 1 ? "it" : "them"}; edit ${count === 1 ? "it" : "them"} here, or add rows there later and the forecast follows.`;
}
