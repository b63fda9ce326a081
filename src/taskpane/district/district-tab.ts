/**
 * The District tab: read a table of schools (the selected Excel table or block; outside Excel the
 * made-up sample district or a CSV file), show how its columns were recognised and let the user
 * correct that, then build the district summary: a new sheet in Excel, an HTML preview outside.
 * DOM APIs only (textContent, never innerHTML).
 *
 * Parts: the source (source-part.ts), the column mapping (mapping-part.ts), the results
 * (summary-part.ts, district-glance.ts); what they do (district-actions.ts, reading files in
 * district-read.ts); the Excel side (src/workbook/district-excel.ts). The tab's state is the
 * DistrictTab object (district-state.ts).
 */
import { SAMPLE_DISTRICT_LABEL, sampleDistrictTable } from "../../sheets/district/sample-district";
import type { PaneEnv } from "../shared/pane-env";
import { buildSummary, loadSource, readCsvFile, readSelectedTable, writePivotSheet } from "./district-actions";
import { sourceFromRows } from "./district-read";
import type { DistrictTab } from "./district-state";
import { createMappingPart } from "./mapping-part";
import { createSourcePart } from "./source-part";
import { createSummaryPart } from "./summary-part";

export function mountDistrictTab(panel: HTMLElement, env: PaneEnv): void {
  const doc = panel.ownerDocument;
  const source = createSourcePart(doc, env.inExcel, {
    readSelected: () => void readSelectedTable(tab),
    useSample: () => loadSource(tab, sourceFromRows(sampleDistrictTable(), "Sample district"), SAMPLE_DISTRICT_LABEL),
    readFile: (file) => void readCsvFile(tab, file),
  });
  const tab: DistrictTab = {
    env,
    panel,
    sourceStatus: source[source.length - 1]!,
    mapping: createMappingPart(doc),
    summary: createSummaryPart(doc, {
      writePivot: () => void writePivotSheet(tab),
      build: () => void buildSummary(tab),
    }),
    loaded: undefined,
  };
  panel.replaceChildren(...source, tab.mapping.section, ...tab.summary.elements);
}
