/**
 * The preview a form's tab shows outside Excel: a section with its heading ("Plan preview") and
 * the sheet model rendered below it; showing it moves the focus to the heading.
 */
import type { SheetModel } from "../../sheets/sheet-model";
import { el, withId } from "./dom";
import type { PaneEnv } from "./pane-env";
import { renderSheetPreview } from "./preview";

export interface PreviewSection {
  readonly section: HTMLElement;
  readonly heading: HTMLElement;
  readonly body: HTMLElement;
}

/** A hidden section labelled by its heading, whose id is `${idPrefix}-preview-heading`. */
export function createPreviewSection(doc: Document, idPrefix: string, title: string): PreviewSection {
  const section = el(doc, "section", undefined, "preview");
  section.setAttribute("aria-labelledby", `${idPrefix}-preview-heading`);
  section.hidden = true;
  const heading = withId(el(doc, "h2", title), `${idPrefix}-preview-heading`);
  const body = el(doc, "div");
  section.append(heading, body);
  return { section, heading, body };
}

/** Render `model` in the section, show it, announce `message` and put the focus on the heading. */
export function showPreview(part: PreviewSection, model: SheetModel, env: PaneEnv, message: string): void {
  renderSheetPreview(part.body, model);
  part.section.hidden = false;
  env.announce(message);
  part.heading.tabIndex = -1;
  part.heading.focus();
}
