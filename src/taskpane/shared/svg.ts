/**
 * SVG elements for the pane's drawn charts: made with createElementNS and textContent, styled by
 * classes only (the page's CSP allows no inline styles). A chart is an image named by its title
 * and described by its figures in words (chartSvg), with a key in text (chartKey).
 */
import { el } from "./dom";

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

/** A chart's SVG: an image labelled by its title and its description (the figures in words). */
export function chartSvg(doc: Document, idPrefix: string, viewBox: string, title: string, desc: string): SVGElement {
  const svg = svgElement(doc, "svg", {
    viewBox,
    role: "img",
    "aria-labelledby": `${idPrefix}-title ${idPrefix}-desc`,
    class: "glance-chart",
  });
  svg.append(
    svgElement(doc, "title", { id: `${idPrefix}-title` }, title),
    svgElement(doc, "desc", { id: `${idPrefix}-desc` }, desc),
  );
  return svg;
}

/** A chart's plotting area: the axes' corner at (left, bottom), the scale's top at `top`. */
export interface ChartBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The x axis (and the y axis when asked), then the scale's top and bottom labels left of it. */
export function chartAxis(
  doc: Document,
  svg: SVGElement,
  box: ChartBox,
  labels: { readonly max: string; readonly zero: string; readonly yAxis?: boolean },
): void {
  const { left, right, top, bottom } = box;
  svg.append(svgElement(doc, "line", { x1: left, y1: bottom, x2: right, y2: bottom, class: "glance-axis" }));
  if (labels.yAxis)
    svg.append(svgElement(doc, "line", { x1: left, y1: top, x2: left, y2: bottom, class: "glance-axis" }));
  svg.append(svgElement(doc, "text", { x: left - 4, y: top + 4, class: "glance-label glance-end" }, labels.max));
  svg.append(svgElement(doc, "text", { x: left - 4, y: bottom, class: "glance-label glance-end" }, labels.zero));
}

/** The chart's key: each series named in text with its class (hidden from assistive technology: the description says it). */
export function chartKey(doc: Document, items: readonly (readonly [text: string, className: string])[]): HTMLElement {
  const key = el(doc, "ul", undefined, "glance-key");
  key.setAttribute("aria-hidden", "true");
  for (const [text, className] of items) key.append(el(doc, "li", text, className));
  return key;
}
