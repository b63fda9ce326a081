/**
 * The Register tab: check a SEN register's code column. In Excel the user selects the column;
 * outside Excel they paste the codes, pick a CSV file or use the made-up sample register. The
 * tab shows the counts by code (as SEND.SENREGISTERCOUNTS), lists every cell that is not an
 * accepted code with its address, offers a removable highlight of those cells (Excel only), and
 * shows the guide hours for the budget and mobility entered. It never edits a code.
 *
 * Parts: the source (source-part.ts), the results (results-part.ts), the guide hours
 * (hours-part.ts); what they do (register-actions.ts, formula-action.ts); the Excel side
 * (src/workbook/register-excel.ts). The tab's state is the RegisterTab object (register-state.ts).
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
  checkCsvFile,
  checkSelectedColumn,
  highlightInvalid,
  removeHighlight,
  showCheck,
  updateHours,
} from "./register-actions";
import type { RegisterTab } from "./register-state";
import { createResultsPart } from "./results-part";
import { createSourcePart } from "./source-part";

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
    results: createResultsPart(doc, env.inExcel, {
      highlight: () => void highlightInvalid(tab),
      removeHighlight: () => void removeHighlight(tab),
    }),
    hours: createHoursPart(doc, env.inExcel, {
      fieldLeft: () => updateHours(tab, false),
      workOut: () => updateHours(tab, true),
      insert: () => void insertGuideHoursFormula(tab),
    }),
  };
  const source = createSourcePart(doc, env.inExcel, {
    checkSelected: () => void checkSelectedColumn(tab),
    checkPasted: (text) =>
      showCheck(tab, checkRegister(pastedColumn(text), { row: 0, col: 0 }), "the pasted codes (line 1 is cell A1)"),
    checkSample: () =>
      showCheck(
        tab,
        checkRegister(
          SAMPLE_REGISTER_CODES.map((code) => [code]),
          { row: 1, col: 0 },
        ),
        `${SAMPLE_REGISTER_LABEL}: header "${SAMPLE_REGISTER_HEADER}" in A1, codes from A2`,
      ),
    checkFile: (file) => void checkCsvFile(tab, file),
  });
  tab.results.section.append(tab.hours.fieldset);
  panel.replaceChildren(...source, tab.results.section);
}
