/**
 * The question Update plan and Update statement ask before they rewrite a sheet in place: what
 * stays (the sheet, its name and place, its tables, the links to it, what the user entered in the
 * cells the tab carries over, anything typed outside the add-in's cells), each input the user
 * changed on the sheet itself with both values quoted as people type them ("£18,500", "18%",
 * "01/09/2026"), and anything typed that the update would write over or remove with its row.
 */
import { formValue, type DifferingInput, type SheetField } from "../../sheets/form-fields";
import type { UpdateConflict } from "../../workbook/update-check";
import type { ConfirmOptions } from "./pane-env";
import { counted, yesNo } from "./words";

export interface UpdateQuestion {
  readonly title: string;
  readonly confirmLabel: string;
  readonly sheetName: string;
  /** What the update carries over besides the rest, e.g. "what you entered in its documents checklist's Done column". */
  readonly carried: string;
  readonly differing: readonly DifferingInput<SheetField<string>>[];
  /** Other differences between the sheet and the form, in a sentence each. */
  readonly otherDifferences?: readonly string[];
  readonly conflicts: readonly UpdateConflict[];
}

/** How many typed cells the question lists by address before it counts the rest. */
const LISTED = 6;

/** A field's value as the form shows it, for the question: "£18,500", "18%", "Yes", "blank", text in quotes. */
export function quotedInput(field: SheetField<string>, raw: unknown): string {
  let value: unknown;
  try {
    value = field.coerce(raw);
  } catch {
    value = raw; // a value the field refuses is quoted as typed
  }
  if (typeof value === "boolean") return yesNo(value);
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return "blank";
  const shown = typeof value === "number" ? formValue(field, value) : String(value);
  return typeof value === "string" ? `"${shown}"` : String(shown);
}

/** A cell's content for the question: text in quotes (cut at 40 characters), a number or TRUE/FALSE as it is. */
export function quotedContent(content: unknown): string {
  if (typeof content !== "string") return String(content);
  return `"${content.length > 40 ? `${content.slice(0, 39)}…` : content}"`;
}

function differingSentence(differing: UpdateQuestion["differing"]): string {
  if (differing.length === 0) return "";
  const each = differing.map(
    (d) => `"${d.field.label}" is ${quotedInput(d.field, d.sheet)} where the form has ${quotedInput(d.field, d.form)}`,
  );
  const one = differing.length === 1;
  return ` On the sheet, ${each.join("; ")}: the form's ${one ? "value replaces it" : "values replace them"}.`;
}

function listed(conflicts: readonly UpdateConflict[], say: (c: UpdateConflict) => string): string {
  const shown = conflicts.slice(0, LISTED).map(say);
  const more = conflicts.length > LISTED ? `, and ${counted(conflicts.length - LISTED, "more cell")}` : "";
  return `${shown.join(", ")}${more}`;
}

function conflictsSentence(conflicts: UpdateQuestion["conflicts"]): string {
  const written = conflicts.filter((c) => c.why !== "row");
  const removed = conflicts.filter((c) => c.why === "row");
  const parts: string[] = [];
  if (written.length > 0) {
    const say = (c: UpdateConflict) =>
      `${c.address} (${quotedContent(c.content)}${c.why === "figure" ? ", typed over a figure" : ""})`;
    parts.push(`writes over what was typed in ${listed(written, say)}`);
  }
  if (removed.length > 0) {
    parts.push(
      `removes the ${removed.length === 1 ? "row" : "rows"} holding ${listed(removed, (c) => `${c.address} (${quotedContent(c.content)})`)}`,
    );
  }
  return parts.length === 0 ? "" : ` It also ${parts.join(", and ")}.`;
}

/** The confirmation dialog's options for an update in place. */
export function updateConfirmation(question: UpdateQuestion): ConfirmOptions {
  const keeps = `This updates the sheet "${question.sheetName}" in place from the form: the sheet keeps its name, its place, its tables and the links made to it, ${question.carried}, and anything typed outside the add-in's own cells.`;
  return {
    title: question.title,
    message: [
      keeps,
      differingSentence(question.differing),
      ...(question.otherDifferences ?? []).map((d) => ` ${d}`),
      conflictsSentence(question.conflicts),
    ].join(""),
    confirmLabel: question.confirmLabel,
  };
}
