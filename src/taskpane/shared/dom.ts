/**
 * The one way the task pane makes elements: createElement plus textContent, never innerHTML, so
 * text a user typed (or a school name from a CSV) can never become markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * A form control with its visible label and, when given, a hint the control is described by:
 * `<div class="field"><label for=id>…</label><control id=id><div class="hint" id=id-hint>…</div></div>`.
 * `more.note` follows the label's text in a `<span class="optional">` (" (optional)"); `more.className`
 * replaces the wrapper's class.
 */
export function labelledControl(
  doc: Document,
  control: HTMLElement,
  label: string,
  hint?: string,
  more: { readonly note?: string; readonly className?: string } = {},
): HTMLDivElement {
  const field = el(doc, "div", undefined, more.className ?? "field");
  const labelElement = el(doc, "label", label);
  labelElement.htmlFor = control.id;
  if (more.note) labelElement.append(el(doc, "span", more.note, "optional"));
  field.append(labelElement, control);
  if (hint !== undefined) {
    const hintElement = el(doc, "div", hint, "hint");
    hintElement.id = `${control.id}-hint`;
    control.setAttribute("aria-describedby", hintElement.id);
    field.append(hintElement);
  }
  return field;
}

/** An option of a select: its text and its value. */
export function option(doc: Document, value: string, text: string): HTMLOptionElement {
  const node = el(doc, "option", text);
  node.value = value;
  return node;
}

/** A header as a list of columns shows it: its text, or "(blank header)". */
export function headerName(header: unknown): string {
  return header === null || header === undefined || String(header).trim() === "" ? "(blank header)" : String(header);
}

/** An option per column, "Column 4: SEN Status", valued by the column's index. */
export function columnOptions(doc: Document, headers: readonly unknown[]): HTMLOptionElement[] {
  return headers.map((header, index) => option(doc, String(index), `Column ${index + 1}: ${headerName(header)}`));
}

/** A fieldset named by its legend, hidden until shown. */
export function hiddenFieldset(doc: Document, legend: string, className?: string): HTMLFieldSetElement {
  const fieldset = el(doc, "fieldset", undefined, className);
  fieldset.hidden = true;
  fieldset.append(el(doc, "legend", legend));
  return fieldset;
}

/** A button that does not submit its form (type="button"), with its text and, when given, its class. */
export function button(doc: Document, label: string, className?: string): HTMLButtonElement {
  const node = el(doc, "button", label, className);
  node.type = "button";
  return node;
}

/** A row of buttons: `<div class="buttons">`. */
export function buttonRow(doc: Document, ...buttons: HTMLElement[]): HTMLDivElement {
  const row = el(doc, "div", undefined, "buttons");
  row.append(...buttons);
  return row;
}

/** An element with its id set, for labels, aria references and the tests that find it by id. */
export function withId<T extends HTMLElement>(node: T, id: string): T {
  node.id = id;
  return node;
}

/** The line that says what an action did (`<p class="outcome">`): hidden until it has something to say, able to take the focus. */
export function outcomeLine(doc: Document, id: string): HTMLParagraphElement {
  const line = withId(el(doc, "p", undefined, "outcome"), id);
  line.tabIndex = -1;
  line.hidden = true;
  return line;
}

/**
 * Say what an action did on its outcome line, once: shown and given the focus (the button that
 * ran it may have been disabled meanwhile, which would drop the focus to the page), where a screen
 * reader reads it. The status line is cleared rather than given the same sentence again.
 */
export function showOutcome(env: { announce(message: string): void }, line: HTMLElement, text: string): void {
  line.textContent = text;
  line.hidden = false;
  focusResult(env, line);
}

/** Give an action's result (a line already saying it, able to take the focus) the focus, and say it there only: the status line is cleared. */
export function focusResult(env: { announce(message: string): void }, result: HTMLElement): void {
  result.focus();
  env.announce("");
}

/** A file input (`accept` the types offered) that hands the file picked to `onFile`. */
export function filePicker(doc: Document, id: string, accept: string, onFile: (file: File) => void): HTMLInputElement {
  const input = withId(el(doc, "input"), id);
  input.type = "file";
  input.accept = accept;
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) onFile(file);
  });
  return input;
}

/** A file input taking several files at once; `onFiles` gets those picked, in order. */
export function filesPicker(
  doc: Document,
  id: string,
  accept: string,
  onFiles: (files: File[]) => void,
): HTMLInputElement {
  const input = withId(el(doc, "input"), id);
  input.type = "file";
  input.accept = accept;
  input.multiple = true;
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    if (files.length > 0) onFiles(files);
  });
  return input;
}

/** A tab's introduction: what to do in Excel, or in preview mode (a plain browser), which it says first. */
export function intro(doc: Document, inExcel: boolean, text: { readonly excel: string; readonly preview: string }) {
  return el(doc, "p", inExcel ? text.excel : `Preview mode (not in Excel): ${text.preview}`, "intro");
}

/** A part of a tab: a section named by its h3 heading (a region for assistive technology), hidden until shown, and its body. */
export interface HeadedSection {
  readonly section: HTMLElement;
  readonly body: HTMLElement;
}

export function headedSection(doc: Document, id: string, heading: string, className: string): HeadedSection {
  const section = el(doc, "section", undefined, className);
  section.setAttribute("aria-labelledby", `${id}-heading`);
  section.hidden = true;
  const body = el(doc, "div");
  section.append(withId(el(doc, "h3", heading), `${id}-heading`), body);
  return { section, body };
}
