/**
 * SVG elements for the pane's drawn charts: made with createElementNS and textContent, styled by
 * classes only (the page's CSP allows no inline styles).
 */
const SVG = "http://www.w3.org/2000/svg";

/** An SVG element with its attributes and, when given, its text. */
export function svgElement(
  doc: Document,
  tag: string,
  attrs: Readonly<Record<string, string | number>>,
  text?: string,
): SVGElement {
  const node = doc.createElementNS(SVG, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}
