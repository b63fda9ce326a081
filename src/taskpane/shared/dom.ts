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
 */
export function labelledControl(doc: Document, control: HTMLElement, label: string, hint?: string): HTMLDivElement {
  const field = el(doc, "div", undefined, "field");
  const labelElement = el(doc, "label", label);
  labelElement.htmlFor = control.id;
  field.append(labelElement, control);
  if (hint !== undefined) {
    const hintElement = el(doc, "div", hint, "hint");
    hintElement.id = `${control.id}-hint`;
    control.setAttribute("aria-describedby", hintElement.id);
    field.append(hintElement);
  }
  return field;
}
