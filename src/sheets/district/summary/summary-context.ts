/**
 * What the district summary's sections share, worked out once before they are built: the checked
 * schools and totals, the columns of the schools table and their letters, the source columns'
 * references, and the layout. The totals refer forward to the schools table, so where it starts
 * is worked out here from the heights of the sections above it (each section module exports its
 * height); the schools section checks it starts there.
 */
import { columnLetters } from "../../a1-address";
import { quoteSheetName } from "../../sheet-names";
import { DISTRICT_FIELDS, type ColumnMapping, type DistrictField } from "../read/header-detection";
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

/** The fields the summary cannot do without; each missing one is a message for the pane. */
function requireMapping(mapping: ColumnMapping): void {
  if (mapping.name === undefined && mapping.urn === undefined)
    throw new Error("Choose the column holding the school name or URN.");
  if (mapping.budget === undefined) throw new Error("Choose the column holding the notional SEN budget.");
  if (mapping.schoolAction === undefined)
    throw new Error("Choose the column holding School Action or SEN support (K).");
  if (mapping.statements === undefined) throw new Error("Choose the column holding statements or EHC plans (E).");
}

function sourceColumns(source: DistrictSource, mapping: ColumnMapping): Partial<Record<DistrictField, string>> {
  const sheetRef = `${quoteSheetName(source.sheetName)}!`;
  const columns: Partial<Record<DistrictField, string>> = {};
  for (const field of DISTRICT_FIELDS) {
    const index = mapping[field];
    if (index !== undefined) columns[field] = `${sheetRef}${columnLetters(source.firstCol + index)}`;
  }
  return columns;
}

function fieldLookups(
  options: DistrictSummaryOptions,
  letters: Partial<Record<SummaryColumnKey, string>>,
): Partial<Record<DistrictField, FieldLookupCell>> | undefined {
  const lookups = options.joined?.lookups;
  if (!lookups) return undefined;
  const byField: Partial<Record<DistrictField, FieldLookupCell>> = {};
  for (const lookup of lookups.fields)
    byField[lookup.field] = { lookup, matchLetter: letters[`row${lookup.rowLookup}`]! };
  return byField;
}

function districtLayout(
  options: DistrictSummaryOptions,
  hasAllocated: boolean,
  binCount: number,
  checked: CheckedSchools,
): DistrictLayout {
  const totalsHeadingRow = titleSectionRows(options);
  const schoolsHeadingRow =
    totalsHeadingRow +
    totalsSectionRows(hasAllocated) +
    chartDataSectionRows(binCount) +
    badRowsSectionRows(checked.badRows.length) +
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
  const checked = checkSchools(source, mapping, mobilityPercent, options.keepRow);
  const columns = [
    ...SUMMARY_COLUMNS.filter((c) => c.needs === undefined || mapping[c.needs] !== undefined),
    ...lookupColumns(options.joined?.lookups),
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
    totals: districtTotals(checked, hasAllocated),
    columns,
    letters,
    sourceColumns: sourceColumns(source, mapping),
    fieldLookups: fieldLookups(options, letters),
    binCount,
    layout: districtLayout(options, hasAllocated, binCount, checked),
  };
}
