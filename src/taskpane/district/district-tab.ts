/**
 * The District tab: read one to four tables of schools (the selected Excel table or block, CSV
 * files read in the pane; outside Excel the made-up sample district or CSV files), show how
 * their columns and keys were recognised and let the user correct that; with several tables, the
 * LA the summary is for, the columns that do not look like their field and what did not match;
 * then build the district summary: a new sheet in Excel, an HTML preview outside. DOM APIs only
 * (textContent, never innerHTML).
 *
 * Parts: the source (source-part.ts), the tables, their keys and header rows (tables-part.ts),
 * the columns (mapping-part.ts; join-fields.ts for several tables), the LA (la-part.ts), the
 * column checks (checks-part.ts), the matches by name (names-part.ts), what did not match and the
 * schools left out (lists-part.ts), the results (summary-part.ts, district-glance.ts); what they do
 * (read-actions.ts, build-actions.ts, choice-actions.ts, sources-actions.ts; reading files in
 * district-read.ts); the Excel side (src/workbook/district-excel.ts). The tab's state is the
 * DistrictTab object (district-state.ts), its handlers district-handlers.ts.
 */
import type { PaneEnv } from "../shared/pane-env";
import { buildSummary, writePivotSheet } from "./build-actions";
import { createChecksPart } from "./checks-part";
import { chooseLa, districtHandlers } from "./choice-actions";
import type { DistrictHandlers } from "./district-handlers";
import type { DistrictTab } from "./district-state";
import { createLaPart } from "./la-part";
import { createListsPart } from "./lists-part";
import { createMappingPart } from "./mapping-part";
import { createNamesPart } from "./names-part";
import { readCsvFiles, readSelectedTable, useSample } from "./read-actions";
import { createSourcePart } from "./source-part";
import { createSummaryPart } from "./summary-part";
import { createTablesPart } from "./tables-part";

export function mountDistrictTab(panel: HTMLElement, env: PaneEnv): void {
  const doc = panel.ownerDocument;
  const source = createSourcePart(doc, env.inExcel, {
    readSelected: () => void readSelectedTable(tab),
    useSample: () => useSample(tab),
    readFiles: (files) => void readCsvFiles(tab, files),
  });
  const tab: DistrictTab = {
    env,
    panel,
    sourceStatus: source[source.length - 1]!,
    tables: createTablesPart(doc),
    mapping: createMappingPart(doc),
    la: createLaPart(doc, { choose: (la) => chooseLa(tab, la) }),
    checks: createChecksPart(doc),
    lists: createListsPart(doc),
    names: createNamesPart(doc),
    // Wired below, once the tab exists: each handler is an action on it (choice-actions.ts).
    on: {} as DistrictHandlers,
    summary: createSummaryPart(doc, {
      writePivot: () => void writePivotSheet(tab),
      build: () => void buildSummary(tab),
    }),
    sources: [],
    loaded: undefined,
    fieldSources: {},
    settled: new Set(),
    laChoice: undefined,
    oneLa: undefined,
    joined: undefined,
    busy: false,
  };
  Object.assign(tab.on, districtHandlers(tab));
  panel.replaceChildren(
    ...source,
    tab.tables.section,
    tab.la.section,
    tab.mapping.section,
    tab.checks.section,
    tab.names.section,
    tab.lists.section,
    ...tab.summary.elements,
  );
}
