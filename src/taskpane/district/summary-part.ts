/**
 * The District tab's results: in Excel "Write the pivoted table to a new sheet" (for a DfE
 * long-format file), "Build summary", the outcome line (which takes the focus) and, outside
 * Excel, the summary at a glance and its preview.
 */
import type { DistrictSummary } from "../../sheets/district/summary/summary-types";
import type { SheetModel } from "../../sheets/sheet-model";
import { button, buttonRow, el, withId } from "../shared/dom";
import { previewRenderer } from "../shared/preview-section";
import { counted, countText } from "../shared/words";
import { columnsThatMatterFirst, renderGlance } from "./district-glance";

/** Schools shown in the HTML preview; the totals always cover every school. */
export const PREVIEW_SCHOOL_LIMIT = 200;

export interface SummaryPart {
  /** The pivot's button row, shown in Excel for a DfE long-format file. */
  readonly pivotActions: HTMLElement;
  readonly writePivot: HTMLButtonElement;
  readonly build: HTMLButtonElement;
  readonly text: HTMLElement;
  readonly preview: HTMLElement;
  /** The part's elements in the order the tab shows them. */
  readonly elements: readonly HTMLElement[];
}

export function createSummaryPart(doc: Document, on: { writePivot(): void; build(): void }): SummaryPart {
  // A pivoted DfE file: written to its own sheet in Excel, so it can be joined to a budget table.
  const writePivot = button(doc, "Write the pivoted table to a new sheet");
  writePivot.addEventListener("click", () => on.writePivot());
  const pivotActions = buttonRow(doc, writePivot);
  pivotActions.hidden = true;
  const build = button(doc, "Build summary", "primary");
  build.disabled = true;
  build.addEventListener("click", () => on.build());
  const text = withId(el(doc, "p", undefined, "status"), "district-result-text");
  text.tabIndex = -1; // the outcome takes the focus, so it is where the user is looking
  const preview = el(doc, "div", undefined, "preview");
  preview.setAttribute("aria-label", "District summary preview");
  preview.setAttribute("role", "region");
  preview.hidden = true;
  const result = withId(el(doc, "div"), "district-result");
  result.append(text, preview);
  return { pivotActions, writePivot, build, text, preview, elements: [pivotActions, buttonRow(doc, build), result] };
}

/** The model cut to the first `limit` schools for the HTML preview (totals keep every school). */
export function previewModel(model: SheetModel, limit = PREVIEW_SCHOOL_LIMIT): SheetModel {
  const table = model.tables?.[0];
  if (!table || table.rows.length <= limit) return model;
  return { ...model, tables: [{ ...table, rows: table.rows.slice(0, limit) }] };
}

/** The totals in words: schools, guide hours, how many below the guide, rows with bad data. */
export function describeTotals(summary: DistrictSummary): string {
  const t = summary.totals;
  const parts = [`${counted(t.schools, "school")}, ${counted(t.totalGuideHours, "guide hour")} a week in all`];
  if (t.belowGuide !== undefined) parts.push(`${countText(t.belowGuide)} below the guide`);
  if (t.badRows > 0)
    parts.push(
      `${counted(t.badRows, "row")} with bad data listed with ${t.badRows === 1 ? "its reason" : "their reasons"}`,
    );
  return `${parts.join("; ")}.`;
}

/** Outside Excel: the summary at a glance and its preview (the first schools), with the totals in words. */
export async function showSummaryPreview(
  part: SummaryPart,
  summary: DistrictSummary,
  label: string,
  announce: (message: string) => void,
): Promise<void> {
  const { renderSheetPreview } = await previewRenderer();
  renderSheetPreview(part.preview, columnsThatMatterFirst(previewModel(summary.model)), { announce });
  part.preview.prepend(renderGlance(part.preview.ownerDocument, summary));
  const shown = Math.min(summary.schools.length, PREVIEW_SCHOOL_LIMIT);
  const more =
    summary.schools.length > shown ? ` The preview lists the first ${shown} schools; the totals cover all.` : "";
  part.text.textContent = `Summary of ${label}: ${describeTotals(summary)}${more}`;
  part.preview.hidden = false;
}

/** A new table read: no outcome and no preview until the summary is built again. */
export function clearSummary(part: SummaryPart): void {
  part.text.textContent = "";
  part.preview.hidden = true;
  part.preview.replaceChildren();
}
