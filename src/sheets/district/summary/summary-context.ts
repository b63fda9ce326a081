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
import { districtTotals } from "./district-totals";
import type { FieldLookup } from "../join/lookups";
import { mobilityUnits } from "../read/mobility-units";
import { checkSchools, type CheckedSchools } from "./school-rows";
import { lookupColumns, SUMMARY_COLUMNS, type SummaryColumn, type SummaryColumnKey } from "./summary-columns";
import type { DistrictSource, DistrictSummaryOptions, DistrictTotals } from "./summary-types";
import { titleSectionRows } from "./sections/title";
import { totalsSectionRows } from "./sections/totals";
import { chartBinCount, chartDataSectionRows } from "./sections/chart-data";
import { badRowsSectionRows } from "./sections/bad-rows";
import { matchListsSectionRows } from "./sections/match-lists";

export interface DistrictLayout {
  /** Zero-based row of the totals' heading (the chart sits beside the totals). */
  readonly totalsHeadingRow: number;
  /** Zero-based row of the schools table's heading (its header row is the next). */
  readonly schoolsHeadingRow: number;
  /** 1-based rows of the first and last school in the schools table (one row when there is none). */
  readonly firstSchoolRow: number;
  readonly lastSchoolRow: number;
}

export interface DistrictContext {
  readonly source: DistrictSource;
  readonly mapping: ColumnMapping;
  readonly options: DistrictSummaryOptions;
  /** The mobility column holds whole percentages (13 means 13%). */
  readonly mobilityPercent: boolean;
  readonly hasAllocated: boolean;
  readonly checked: CheckedSchools;
  readonly totals: DistrictTotals;
  /** The schools table's columns, left to right, and each one's letter on the summary sheet. */
  readonly columns: readonly SummaryColumn[];
  readonly letters: Readonly<Partial<Record<SummaryColumnKey, string>>>;
  /** Each mapped field's column on the source sheet, with the sheet: 'Schools'!C (add the row). */
  readonly sourceColumns: Readonly<Partial<Record<DistrictField, string>>>;
  /**
   * Joined tables: where each field is looked up (an INDEX on the school's MATCH, in the summary
   * column of that letter); a field without one is written as its value.
   */
  readonly fieldLookups: Readonly<Partial<Record<DistrictField, FieldLookupCell>>> | undefined;
  /** Whole-hour bins of the chart data (then one "or more"). */
  readonly binCount: number;
  readonly layout: DistrictLayout;
}

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

/** A field's lookup and the letter of the summary column holding the MATCH it reads. */
export interface FieldLookupCell {
  readonly lookup: FieldLookup;
  readonly matchLetter: string;
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
