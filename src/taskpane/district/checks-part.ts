/**
 * The District tab's column checks: each chosen column that does not look like its field (a
 * budget column of pupil counts, a count column of money) with its warning, and a box to use it
 * anyway; the summary waits until each is confirmed or another column is chosen. No Excel, no state.
 */
import type { ColumnWarning } from "../../sheets/district/read/column-checks";
import { FIELD_LABELS } from "../../sheets/district/read/header-detection";
import { el, headedSection, withId, type HeadedSection } from "../shared/dom";

export type ChecksPart = HeadedSection;

export function createChecksPart(doc: Document): ChecksPart {
  return headedSection(doc, "district-checks", "Check these columns", "column-checks");
}

export interface CheckedWarning {
  readonly warning: ColumnWarning;
  readonly confirmed: boolean;
}

/** One warning a box; `onConfirm` gets the warning and whether it is now confirmed. Hidden when there is none. */
export function showChecks(
  part: ChecksPart,
  warnings: readonly CheckedWarning[],
  onConfirm: (warning: ColumnWarning, confirmed: boolean) => void,
): void {
  const doc = part.section.ownerDocument;
  part.section.hidden = warnings.length === 0;
  part.body.replaceChildren(
    ...warnings.map(({ warning, confirmed }, i) => {
      const id = `district-check-${i}`;
      const box = withId(el(doc, "input"), id);
      box.type = "checkbox";
      box.checked = confirmed;
      box.addEventListener("change", () => onConfirm(warning, box.checked));
      const label = el(doc, "label", `Use "${warning.header}" as "${FIELD_LABELS[warning.field]}" anyway`);
      label.htmlFor = id;
      const message = withId(el(doc, "div", warning.message, "field-error field-warning"), `${id}-message`);
      box.setAttribute("aria-describedby", message.id);
      const field = el(doc, "div", undefined, "field field-checkbox");
      field.append(message, box, label);
      return field;
    }),
  );
}
