/**
 * The district summary at a glance, for the narrow task pane (preview mode): a drawn chart of
 * schools by SENCO hours a week (an SVG with a title and a description that gives the same
 * numbers, styled by classes only: the page's CSP allows no inline styles), drawn from the
 * summary's own bins so its bars, labels and counts are the chart data's table below it; and the
 * schools below the guide as a list. DOM APIs only; text through textContent.
 */
import { BIN_HEADER } from "../../sheets/district/summary/sections/chart-data";
import type { DistrictSummary } from "../../sheets/district/summary/summary-types";
import type { SheetModel, TableSpec } from "../../sheets/sheet-model";
import { el } from "../shared/dom";
import { chartAxis, chartKey, chartSvg, svgElement as svgEl } from "../shared/svg";
import { counted } from "../shared/words";

/** The chart: grouped bars (guide, allocated) per hours bin, with a title and a description. */
export function hoursChart(doc: Document, summary: DistrictSummary, idPrefix = "district-chart"): SVGElement {
  // The sheet's chart data bins: the same bins, labels and counts as the table under the chart.
  const bins = summary.bins;
  const withAllocated = summary.hasAllocated;
  const width = 320;
  const height = 180;
  const left = 28;
  const bottom = 150;
  const top = 12;
  const max = Math.max(1, ...bins.map((b) => Math.max(b.guide, b.allocated)));
  const slot = (width - left - 4) / bins.length;
  const bar = withAllocated ? (slot - 4) / 2 : slot - 4;
  const scale = (n: number) => ((bottom - top) * n) / max;

  const title = withAllocated
    ? "Schools by SENCO hours a week: guide and allocated"
    : "Schools by guide SENCO hours a week";
  const parts = bins
    .filter((b) => b.guide > 0 || b.allocated > 0)
    .map(
      (b) =>
        `${b.label} ${b.label.endsWith("+") ? "(or more) " : ""}${b.label === "1" ? "hour" : "hours"}: ${counted(b.guide, "school")} at the guide${withAllocated ? `, ${counted(b.allocated, "school")} allocated` : ""}`,
    );
  const svg = chartSvg(doc, idPrefix, `0 0 ${width} ${height}`, title, `${parts.join("; ")}.`);
  // Axis and a scale mark at the top.
  chartAxis(doc, svg, { left, right: width - 2, top, bottom }, { max: String(max), zero: "0" });
  bins.forEach((b, i) => {
    const x = left + i * slot + 2;
    const g = scale(b.guide);
    svg.append(svgEl(doc, "rect", { x, y: bottom - g, width: bar, height: g, class: "glance-guide" }));
    if (withAllocated) {
      const a = scale(b.allocated);
      svg.append(svgEl(doc, "rect", { x: x + bar, y: bottom - a, width: bar, height: a, class: "glance-allocated" }));
    }
    svg.append(
      svgEl(doc, "text", { x: x + (slot - 4) / 2, y: bottom + 14, class: "glance-label glance-middle" }, b.label),
    );
  });
  svg.append(
    svgEl(doc, "text", { x: (left + width) / 2, y: height - 2, class: "glance-label glance-middle" }, BIN_HEADER),
  );
  return svg;
}

/** A small key for the chart's two series (text, not colour alone). */
function hoursKey(doc: Document, withAllocated: boolean): HTMLElement {
  const guide = ["Guide hours (SEND.SENCOHOURS)", "glance-key-guide"] as const;
  return chartKey(doc, withAllocated ? [guide, ["Allocated hours", "glance-key-allocated"]] : [guide]);
}

const hours = (n: number) => n.toLocaleString("en-GB", { maximumFractionDigits: 1 });

/** The section: heading, chart with its key, and the schools below the guide. */
export function renderGlance(doc: Document, summary: DistrictSummary): HTMLElement {
  const section = el(doc, "section", undefined, "glance");
  section.setAttribute("aria-labelledby", "district-glance-heading");
  const heading = el(doc, "h3", "At a glance");
  heading.id = "district-glance-heading";
  const withAllocated = summary.hasAllocated;
  section.append(heading, hoursChart(doc, summary), hoursKey(doc, withAllocated));

  const belowHeading = el(doc, "h4", "Schools below the guide");
  belowHeading.id = "district-below-heading";
  section.append(belowHeading);
  if (!withAllocated) {
    section.append(el(doc, "p", "No allocated SENCO hours are read: the comparison with the guide is left out."));
    return section;
  }
  const below = summary.schools
    .filter((s) => s.belowGuide)
    .sort((a, b) => a.allocatedHours! - a.guideHours - (b.allocatedHours! - b.guideHours));
  if (below.length === 0) {
    section.append(el(doc, "p", "None: every school with allocated hours has at least its guide hours.", "ok"));
    return section;
  }
  const list = el(doc, "ul", undefined, "below-guide");
  list.setAttribute("aria-labelledby", "district-below-heading");
  for (const s of below) {
    const short = s.guideHours - s.allocatedHours!;
    list.append(
      el(
        doc,
        "li",
        `${s.name}: ${hours(s.allocatedHours!)} hours allocated against a guide of ${hours(s.guideHours)} (${hours(short)} short)`,
      ),
    );
  }
  section.append(el(doc, "p", `${counted(below.length, "school")}, the furthest below first:`), list);
  return section;
}

/** Columns that matter first in the preview's table of schools: name, guide, allocated, difference, flag. */
const FIRST_COLUMNS = [/^School$/, /^Guide hours/, /^Allocated/, /^Difference/, /^Below guide/];

/** The schools table with the columns that matter first (the sheet keeps its own order). */
export function columnsThatMatterFirst(model: SheetModel): SheetModel {
  const table = model.tables?.[0];
  if (!table) return model;
  const first: number[] = [];
  for (const pattern of FIRST_COLUMNS) {
    const i = table.headers.findIndex((h) => pattern.test(String(h)));
    if (i >= 0) first.push(i);
  }
  const order = [...first, ...table.headers.map((_h, i) => i).filter((i) => !first.includes(i))];
  const pick = <T>(row: readonly T[]): T[] => order.map((i) => row[i]!);
  const formats = table.numberFormat;
  const reordered: TableSpec = {
    ...table,
    headers: pick(table.headers),
    rows: table.rows.map((row) => pick(row)),
    numberFormat: Array.isArray(formats) ? pick(formats) : formats,
  };
  return { ...model, tables: [reordered, ...(model.tables ?? []).slice(1)] };
}
