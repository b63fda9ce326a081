/**
 * The preview a form's tab shows outside Excel: a section with its heading ("Plan preview") and
 * the sheet model rendered below it; showing it moves the focus to the heading. Once the form
 * changes, the preview says in words that it is out of date (a line that stays in view while the
 * preview scrolls, announced once) until the form's button makes a new one. The renderer
 * (preview.ts, with its Copy table buttons) is a script of its own, `preview.js`, loaded the first
 * time a preview is shown: in Excel, where the tabs write sheets instead, it never loads.
 */
import type { SheetModel } from "../../sheets/sheet-model";
import { el, withId } from "./dom";
import type { PaneEnv } from "./pane-env";
import { readableError } from "./pane-env";

export interface PreviewSection {
  readonly section: HTMLElement;
  readonly heading: HTMLElement;
  /** Empty while the preview matches the form; says it is out of date once the form changes (a status region). */
  readonly outOfDate: HTMLElement;
  readonly body: HTMLElement;
}

/** A hidden section labelled by its heading, whose id is `${idPrefix}-preview-heading`. */
export function createPreviewSection(doc: Document, idPrefix: string, title: string): PreviewSection {
  const section = el(doc, "section", undefined, "preview");
  section.setAttribute("aria-labelledby", `${idPrefix}-preview-heading`);
  section.hidden = true;
  const heading = withId(el(doc, "h2", title), `${idPrefix}-preview-heading`);
  const outOfDate = withId(el(doc, "p", undefined, "preview-out-of-date"), `${idPrefix}-preview-out-of-date`);
  outOfDate.setAttribute("role", "status");
  const body = el(doc, "div");
  section.append(heading, outOfDate, body);
  return { section, heading, outOfDate, body };
}

/** The preview renderer, loaded the first time it is needed (its own script, preview.js). */
export function previewRenderer(): Promise<typeof import("./preview")> {
  return import(/* webpackChunkName: "preview" */ "./preview");
}

/**
 * Render `model` in the section, show it, announce `message` and put the focus on the heading.
 * False, with the reason in the pane's alert, when the renderer's script could not load.
 */
export async function showPreview(
  part: PreviewSection,
  model: SheetModel,
  env: PaneEnv,
  message: string,
): Promise<boolean> {
  let renderer: Awaited<ReturnType<typeof previewRenderer>>;
  try {
    renderer = await previewRenderer();
  } catch (error) {
    env.showError(`The preview could not load (${readableError(error)}). Check the connection, then try again.`);
    return false;
  }
  renderer.renderSheetPreview(part.body, model, {
    stackNarrow: true,
    announce: (text) => env.announce(text),
  });
  part.outOfDate.textContent = "";
  part.section.classList.remove("is-out-of-date");
  part.section.hidden = false;
  env.announce(message);
  part.heading.tabIndex = -1;
  part.heading.focus();
  return true;
}

/**
 * Say that a preview on show no longer matches the form (once: further changes say nothing new),
 * naming the button that makes a new one.
 */
export function markPreviewOutOfDate(part: PreviewSection, buttonLabel: string): void {
  if (part.section.hidden || part.outOfDate.textContent !== "") return;
  part.outOfDate.textContent = `Out of date: the form has changed since this preview was made. Choose ${buttonLabel} to see it for the form as it is now.`;
  part.section.classList.add("is-out-of-date");
}

/** Mark the preview out of date whenever a field of `form` is typed in or changed. */
export function markOutOfDateOnChange(form: HTMLFormElement, part: PreviewSection, buttonLabel: string): void {
  const mark = () => markPreviewOutOfDate(part, buttonLabel);
  form.addEventListener("input", mark);
  form.addEventListener("change", mark);
}
