/**
 * The forecast's chart as the preview draws it (Excel draws its own line chart from the same
 * chart data): the balance at month end, the funds expired and the employer's co-investment,
 * month by month, read from the model's chart data (the preview values of its formulas). An SVG
 * with a title and a description that gives the figures in words, and a key in text.
 */
import { parseAddress } from "../../sheets/a1-address";
import { MONEY_FORMAT, formatCellValue } from "../../sheets/number-format";
import type { ChartSpec, ModelCell, SheetModel } from "../../sheets/sheet-model";
import { el } from "../shared/dom";
import { chartAxis, chartKey, chartSvg, svgElement } from "../shared/svg";

export interface ChartSeries {
  readonly name: string;
  readonly values: number[];
}

export interface ChartData {
  readonly title: string;
  /** The months, as the chart data names them: "Aug 2026". */
  readonly categories: string[];
  readonly series: ChartSeries[];
}

function previewValue(cell: ModelCell | undefined): unknown {
  return cell !== null && typeof cell === "object" ? cell.preview : cell;
}

/** The chart's data from the model: its header block (the series' names) and the rows under it. */
export function chartData(model: SheetModel, chart: ChartSpec): ChartData | undefined {
  const area = parseAddress(chart.dataRange);
  const at = (row: number) => model.blocks.find((b) => b.row === row && b.col === area.col);
  const header = at(area.row)?.cells[0];
  const rows = at(area.row + 1)?.cells;
  if (!header || !rows) return undefined;
  const names = header.slice(1).map((name) => String(name));
  return {
    title: chart.title,
    categories: rows.map((row) => String(previewValue(row[0]) ?? "")),
    series: names.map((name, i) => ({ name, values: rows.map((row) => Number(previewValue(row[i + 1])) || 0) })),
  };
}

/** The model's blocks without its chart data (the preview draws the chart instead). */
export function withoutChartData(model: SheetModel): SheetModel {
  const cols = new Set((model.charts ?? []).map((chart) => parseAddress(chart.dataRange).col));
  return { ...model, blocks: model.blocks.filter((block) => !cols.has(block.col)) };
}

const money = (n: number) => formatCellValue(n, MONEY_FORMAT);

/** The figures in words, for the chart's description. */
export function chartDescription(data: ChartData): string {
  const first = data.categories[0] ?? "";
  const last = data.categories[data.categories.length - 1] ?? "";
  const [balance, ...others] = data.series;
  const parts: string[] = [];
  if (balance) {
    const high = Math.max(...balance.values);
    const at = data.categories[balance.values.indexOf(high)];
    parts.push(
      `${balance.name}: ${money(balance.values[0] ?? 0)} in ${first}, ${money(balance.values[balance.values.length - 1] ?? 0)} in ${last}, highest ${money(high)} in ${at}`,
    );
  }
  for (const s of others) {
    const total = s.values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;
    parts.push(`${s.name}: ${money(total)} in all`);
  }
  return `${first} to ${last}. ${parts.join("; ")}.`;
}

const SERIES_CLASSES = ["levy-line-balance", "levy-line-expired", "levy-line-employer"];

/**
 * The top of the chart's scale: the largest figure rounded up to two significant figures, and its
 * label short enough for the space left of the axis at any pay bill (£3m to £60m and beyond):
 * "£580k", "£1.2m".
 */
export function axisTop(max: number): { value: number; label: string } {
  if (!(max > 0)) return { value: 1, label: "£0" };
  const step = 10 ** Math.max(0, Math.floor(Math.log10(max)) - 1);
  const value = Math.ceil(max / step - 1e-9) * step;
  const short = (n: number, unit: string) => `£${Number(n.toPrecision(2))}${unit}`;
  const label = value >= 1e6 ? short(value / 1e6, "m") : value >= 1e3 ? short(value / 1e3, "k") : `£${value}`;
  return { value, label };
}

/** The SVG: one line a series over the months, the scale's top and bottom, the first and last month. */
function lines(doc: Document, data: ChartData, svg: SVGElement): void {
  const width = 320;
  const left = 52;
  const top = 10;
  const bottom = 150;
  const scale = axisTop(Math.max(0, ...data.series.flatMap((s) => s.values)));
  const steps = Math.max(1, data.categories.length - 1);
  const x = (i: number) => left + ((width - left - 6) * i) / steps;
  const y = (v: number) => bottom - ((bottom - top) * v) / scale.value;
  chartAxis(doc, svg, { left, right: width - 2, top, bottom }, { max: scale.label, zero: "£0", yAxis: true });
  data.series.forEach((s, k) => {
    const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
    svg.append(svgElement(doc, "polyline", { points, class: `levy-line ${SERIES_CLASSES[k] ?? ""}` }));
  });
  const label = (i: number, anchor: string) =>
    svgElement(doc, "text", { x: x(i), y: bottom + 14, class: `glance-label ${anchor}` }, data.categories[i] ?? "");
  svg.append(label(0, "levy-start"), label(data.categories.length - 1, "glance-end"));
}

/** The chart with its key, for the preview. */
export function levyChart(doc: Document, data: ChartData, idPrefix = "levy-chart"): HTMLElement {
  const figure = el(doc, "figure", undefined, "levy-chart");
  const svg = chartSvg(doc, idPrefix, "0 0 320 170", data.title, chartDescription(data));
  lines(doc, data, svg);
  const key = chartKey(
    doc,
    data.series.map((s, k) => [s.name, `${SERIES_CLASSES[k] ?? ""}-key`]),
  );
  figure.append(el(doc, "figcaption", data.title, "levy-chart-title"), svg, key);
  return figure;
}
