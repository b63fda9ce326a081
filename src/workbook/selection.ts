/**
 * The user's selection, asked for once: its areas (Workbook.getSelectedRanges, ExcelApi 1.9) and
 * its first area, on which the caller queues its reads in the same request. A selection of several
 * areas (Ctrl+click) is refused in words after the sync: Workbook.getSelectedRange would throw
 * Excel's own "The current selection is invalid for this operation" for it.
 */

/** What is wrong with the selection, in words fit to show the user. */
export class SelectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SelectionError";
  }
}

export interface Selection {
  /** Every area selected (its areaCount and address loaded at the sync). */
  readonly areas: Excel.RangeAreas;
  /** The first area: the one block read when the selection is one block. */
  readonly range: Excel.Range;
}

/** Queue the selection's areas and its first area (no sync). */
export function queueSelection(context: Excel.RequestContext): Selection {
  const areas = context.workbook.getSelectedRanges();
  areas.load("areaCount,address");
  return { areas, range: areas.areas.getItemAt(0) };
}

/** After the sync: refuse a selection of several areas, saying what to select instead. */
export function checkOneArea(selection: Selection, what: string): void {
  const count = selection.areas.areaCount;
  if (count <= 1) return;
  const areas = selection.areas.address
    .split(",")
    .map((a) => a.trim().replace(/^.*!/, ""))
    .join(", ");
  throw new SelectionError(`${what}: select one block of cells. The selection has ${count} separate areas (${areas}).`);
}
