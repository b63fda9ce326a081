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
