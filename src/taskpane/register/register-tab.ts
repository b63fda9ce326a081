/**
 * The Register tab: check a SEN register. A register table (in Excel the table or block around
 * the selection; outside Excel a CSV export with a need column or the plans' dates) is checked as
 * the school census does: its columns found by header (ties left to the user), each problem with
 * the pupil, the rule and the cell, the counts by need and provision, and in Excel the two live
 * census formulas; and its EHC plan reviews as the law times them, with in Excel the live review
 * formulas beside it and a removable highlight of the overdue rows. A
 * column of codes (selected in Excel; pasted, a CSV file's column or the made-up sample outside)
 * gets the counts by code (as SEND.SENREGISTERCOUNTS), every cell that is not an accepted code
 * with its address, a removable highlight of those cells (Excel only) and the guide hours. The
 * register checked is handed to the SENCO time tab. It never edits a code.
 *
 * Parts: the source (source-part.ts), the register's columns (columns-part.ts), the census check
 * (census-part.ts), the reviews (reviews-part.ts), the results (results-part.ts), the guide hours
 * (hours-part.ts); what they do (census-actions.ts, reviews-actions.ts, register-actions.ts,
 * census-formula-action.ts, formula-action.ts); the
 * Excel side (src/workbook/register-excel.ts). The tab's state is the RegisterTab object
 * (register-state.ts).
 */
import { checkRegister, csvRegisterColumn } from "../../sheets/register/register-check";
import {
  SAMPLE_REGISTER_CODES,
  SAMPLE_REGISTER_HEADER,
  SAMPLE_REGISTER_LABEL,
} from "../../sheets/register/sample-register";
import type { PaneEnv } from "../shared/pane-env";
import { createHoursPart } from "./hours-part";
import { insertGuideHoursFormula } from "./formula-action";
import {
  checkSelectedColumn,
  highlightInvalid,
  removeHighlight,
  showColumnCheck,
  updateHours,
  workOutHours,
} from "./register-actions";
import { checkCsvFile, checkSelectedTable } from "./census-actions";
import { insertCensusFormulas } from "./census-formula-action";
import { createCensusPart } from "./census-part";
import { createColumnsPart } from "./columns-part";
import type { RegisterTab } from "./register-state";
import { createResultsPart } from "./results-part";
import { createSourcePart } from "./source-part";
import { createReviewsPart } from "./reviews-part";
import { checkReviews, insertReviewFormulasAction, removeReviewHighlight } from "./reviews-actions";

/** Pasted text as one column of cells: one line per pupil (a trailing empty line is dropped). */
export function pastedColumn(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => [line]);
}

export { csvRegisterColumn };

export function mountRegisterTab(panel: HTMLElement, env: PaneEnv): void {
  const doc = panel.ownerDocument;
  const tab: RegisterTab = {
    env,
    panel,
    checked: undefined,
    table: undefined,
    confirmed: new Set(),
    columns: createColumnsPart(doc),
    census: createCensusPart(doc, env.inExcel, { insert: () => void insertCensusFormulas(tab) }),
    results: createResultsPart(doc, env.inExcel, {
      highlight: () => void highlightInvalid(tab),
      removeHighlight: () => void removeHighlight(tab),
    }),
    reviews: createReviewsPart(doc, env.inExcel, {
      check: () => checkReviews(tab),
      insert: () => void insertReviewFormulasAction(tab),
      removeHighlight: () => void removeReviewHighlight(tab),
    }),
    hours: createHoursPart(doc, env.inExcel, {
      fieldLeft: () => updateHours(tab, false),
      workOut: () => void workOutHours(tab),
      insert: () => void insertGuideHoursFormula(tab),
    }),
  };
  const source = createSourcePart(doc, env.inExcel, {
    checkSelected: () => void checkSelectedColumn(tab),
    checkTable: () => void checkSelectedTable(tab),
    checkPasted: (text) =>
      showColumnCheck(tab, {
        check: checkRegister(pastedColumn(text), { row: 0, col: 0 }),
        label: "the pasted codes (line 1 is cell A1)",
      }),
    checkSample: () =>
      showColumnCheck(tab, {
        check: checkRegister(
          SAMPLE_REGISTER_CODES.map((code) => [code]),
          { row: 1, col: 0 },
        ),
        label: `${SAMPLE_REGISTER_LABEL}: header "${SAMPLE_REGISTER_HEADER}" in A1, codes from A2`,
      }),
    checkFile: (file) => void checkCsvFile(tab, file),
  });
  tab.results.section.append(tab.hours.fieldset);
  panel.replaceChildren(...source, tab.columns.section, tab.census.section, tab.reviews.section, tab.results.section);
}
