/**
 * The Excel side of the register's review formulas: write the column of SEND.EHCPREVIEWDUE
 * formulas the pane planned (src/sheets/register/review-formulas.ts) beside the register, with its
 * date format, and the highlight of overdue rows as a conditional format (a fill that comes and
 * goes with the date, never a change to a cell); an earlier highlight of ours in the same rows is
 * replaced, not added to. Thin Office.js edge, within the manifest's floor (ExcelApi 1.9).
 */
import type { ReviewFormulaPlan } from "../sheets/register/review-formulas";
import { REVIEW_HIGHLIGHT_MARKER } from "../sheets/register/review-formulas";
import { parseAddress, rangeAddress } from "../sheets/a1-address";
import { HIGHLIGHT_FILL, HIGHLIGHT_FONT, removeHighlights } from "./register-range";

/** Rows of formulas written per request: a school's register is one request; a larger block stays under Excel on the web's 5 MB. */
export const REVIEW_WRITE_ROWS = 10_000;

/**
 * Write the plan's column (header and formulas, in chunks of REVIEW_WRITE_ROWS rows), its date
 * format, and the overdue highlight, after removing our earlier highlight in those rows. Returns
 * how many earlier highlights were replaced. 2-3 syncs, and 1 per further chunk.
 */
export async function writeReviewFormulas(
  context: Excel.RequestContext,
  sheetName: string,
  plan: ReviewFormulaPlan,
): Promise<number> {
  const replaced = await removeHighlights(context, sheetName, plan.highlight.address, REVIEW_HIGHLIGHT_MARKER);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const { row, col } = parseAddress(plan.address);
  for (let start = 0; start < plan.formulas.length; start += REVIEW_WRITE_ROWS) {
    const count = Math.min(REVIEW_WRITE_ROWS, plan.formulas.length - start);
    const range = sheet.getRange(rangeAddress(row + start, col, count, 1));
    range.numberFormat = plan.numberFormat.slice(start, start + count);
    range.formulas = plan.formulas.slice(start, start + count);
    if (start + count < plan.formulas.length) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 10,000 rows, never per row
      await context.sync();
    }
  }
  const format = sheet.getRange(plan.highlight.address).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
  format.custom.rule.formula = plan.highlight.formula;
  format.custom.format.fill.color = HIGHLIGHT_FILL;
  format.custom.format.font.color = HIGHLIGHT_FONT;
  sheet.getRange(rangeAddress(row, col, 1, 1)).select();
  await context.sync();
  return replaced;
}

/** Remove the overdue highlight within `address` (other conditional formats stay). Returns how many were removed. */
export function removeReviewHighlights(
  context: Excel.RequestContext,
  sheetName: string,
  address: string,
): Promise<number> {
  return removeHighlights(context, sheetName, address, REVIEW_HIGHLIGHT_MARKER);
}
