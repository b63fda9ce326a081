/**
 * What the district summary's sections share, worked out once before they are built: the checked
 * schools and totals, the columns of the schools table and their letters, the source columns'
 * references, and the layout. The totals refer forward to the schools table, so where it starts
 * is worked out here from the heights of the sections above it (each section module exports its
 * height); the schools section checks it starts there.
 */
import { columnLetters } from "../../a1-address";
import type { JoinLookups } from "../join/lookups";
import { oneTableLookups } from "../join/one-table-lookups";
import type { ColumnMapping, DistrictField } from "../read/header-detection";
import { closedReason, detectStatusColumns, hasStatusColumns } from "../read/school-status";
import { mobilityUnits } from "../read/mobility-units";
import type { DistrictSource } from "../read/read-types";
import type {
  CheckedSchools,
  DistrictContext,
  DistrictLayout,
  FieldLookupCell,
  SummaryColumnKey,
} from "./context-types";
import { districtTotals } from "./district-totals";
import { checkSchools } from "./school-rows";
import { lookupColumns, SUMMARY_COLUMNS } from "./summary-columns";
import type { DistrictSummaryOptions } from "./summary-types";
import { titleSectionRows } from "./sections/title";
import { totalsSectionRows } from "./sections/totals";
import { chartBinCount, chartDataSectionRows } from "./sections/chart-data";
import { badRowsSectionRows } from "./sections/bad-rows";
import { matchListsSectionRows } from "./sections/match-lists";
import { leftOutSectionRows } from "./sections/left-out";
import { nameMatchesSectionRows } from "./sections/name-matches";

/** The fields the summary cannot do without; each missing one is a message for the pane. */
function requireMapping(mapping: ColumnMapping): void {
  if (mapping.name === undefined && mapping.urn === undefined)
    throw new Error("Choose the column holding the school name or URN.");
  if (mapping.budget === undefined) throw new Error("Choose the column holding the notional SEN budget.");
  if (mapping.schoolAction === undefined)
    throw new Error("Choose the column holding School Action or SEN support (K).");
  if (mapping.statements === undefined) throw new Error("Choose the column holding statements or EHC plans (E).");
}

/** The lookups the summary's inputs read: the join's, or the one table's own (by key, else name, else its rows as read). */
function summaryLookups(
  source: DistrictSource,
  mapping: ColumnMapping,
  options: DistrictSummaryOptions,
  checked: CheckedSchools,
): JoinLookups {
  if (options.joined) return options.joined.lookups;
  const table = { ...source, label: options.table?.label ?? source.sheetName, tableName: options.table?.tableName };
  const rows = [...checked.schools.map((s) => s.index), ...checked.badRows.map((b) => b.index)];
  return oneTableLookups(table, mapping, rows, options.table?.laestab);
}

function fieldLookups(
  lookups: JoinLookups,
  letters: Partial<Record<SummaryColumnKey, string>>,
): Partial<Record<DistrictField, FieldLookupCell>> {
  const byField: Partial<Record<DistrictField, FieldLookupCell>> = {};
  for (const lookup of lookups.fields)
    byField[lookup.field] = { lookup, matchLetter: letters[`row${lookup.rowLookup}`]! };
  return byField;
}

/** The one table's rows left out as closed or not open yet on the summary's date, when it has a status or close-date column. */
function closedOf(
  source: DistrictSource,
  options: DistrictSummaryOptions,
): ((i: number) => string | undefined) | undefined {
  if (options.joined) return undefined;
  const found = detectStatusColumns(source.headers);
  if (!hasStatusColumns(found)) return undefined;
  const columns = options.asOf === undefined ? { ...found, closeDate: -1 } : found;
  return (i) => closedReason(source.rows[i]!, source.headers, columns, options.asOf ?? 0);
}

/** Joined tables: the schools the join left out as closed or not open yet (listed with what did not match). */
function joinedLeftOut(options: DistrictSummaryOptions): number {
  const lists = options.joined?.lists ?? [];
  return lists.filter((list) => list.kind === "leftOut").reduce((n, list) => n + list.schools.length, 0);
}

function districtLayout(
  options: DistrictSummaryOptions,
  lookups: JoinLookups,
  hasAllocated: boolean,
  binCount: number,
  checked: CheckedSchools,
): DistrictLayout {
  const totalsHeadingRow = titleSectionRows(options, lookups);
  const schoolsHeadingRow =
    totalsHeadingRow +
    totalsSectionRows(hasAllocated) +
    chartDataSectionRows(binCount) +
    badRowsSectionRows(checked.badRows.length) +
    leftOutSectionRows(checked.leftOut.length) +
    nameMatchesSectionRows(options) +
    matchListsSectionRows(options);
  const firstSchoolRow = schoolsHeadingRow + 3; // heading, then the header row, then the first school (1-based)
  const lastSchoolRow = Math.max(firstSchoolRow, firstSchoolRow - 1 + checked.schools.length);
  return { totalsHeadingRow, schoolsHeadingRow, firstSchoolRow, lastSchoolRow };
}

/** Check the mapping and every row, then work out what the sections share. Throws a message for the pane. */
export function districtContext(
  source: DistrictSource,
  mapping: ColumnMapping,
  options: DistrictSummaryOptions,
): DistrictContext {
  requireMapping(mapping);
  // Joined tables: the mobility column's units are decided on the whole table it comes from.
  const units = options.joined ? options.joined.mobility : mobilityUnits(source, mapping);
  if (units?.problem) throw new Error(units.problem);
  const mobilityPercent = units?.mode === "percent";
  const hasAllocated = mapping.allocated !== undefined;
  const checked = checkSchools(source, mapping, mobilityPercent, options.keepRow, closedOf(source, options));
  const lookups = summaryLookups(source, mapping, options, checked);
  const columns = [
    ...SUMMARY_COLUMNS.filter((c) => c.needs === undefined || mapping[c.needs] !== undefined),
    ...lookupColumns(lookups),
  ];
  const letters: Partial<Record<SummaryColumnKey, string>> = {};
  columns.forEach((c, i) => (letters[c.key] = columnLetters(i)));
  const binCount = chartBinCount(checked.schools);
  return {
    source,
    mapping,
    options,
    mobilityPercent,
    hasAllocated,
    checked,
    totals: districtTotals(checked, hasAllocated, joinedLeftOut(options)),
    columns,
    letters,
    lookups,
    fieldLookups: fieldLookups(lookups, letters),
    binCount,
    layout: districtLayout(options, lookups, hasAllocated, binCount, checked),
  };
}
