/**
 * A MADE-UP sample district that ships with the add-in, so the District tab can be tried outside
 * Excel. None of these schools exists; every figure is invented. Two rows hold deliberately bad
 * data (a budget typed as "tbc", a mobility typed as "high" instead of a percentage) to show how the summary
 * reports them.
 */

export const SAMPLE_DISTRICT_LABEL = "Made-up sample district (invented schools and figures, not real data)";

export const SAMPLE_DISTRICT_HEADERS: readonly string[] = [
  "School name",
  "Notional SEN budget",
  "SEN support (K)",
  "EHC plans (E)",
  "Pupil mobility",
  "Allocated SENCO hours",
];

type SampleRow = readonly [string, number | string, number, number, number | string | null, number | null];

/** [name, budget £, SEN support, EHC plans, mobility (fraction), allocated hours per week]. */
export const SAMPLE_DISTRICT_ROWS: readonly SampleRow[] = [
  ["Alder Brook Primary (made up)", 67755, 10, 6, 0.34, 5],
  ["Beacon Hill Infants (made up)", 24300, 14, 1, 0.12, 2],
  ["Bramble Lane Primary (made up)", 41200, 28, 3, 0.22, 2],
  ["Castle View Academy (made up)", 182500, 96, 21, 0.08, 10],
  ["Cedar Grove Primary (made up)", 35999, 19, 2, 0.31, 3],
  ["Church Street C of E Primary (made up)", 52500, 33, 4, 0.18, 4],
  ["Daisy Field Nursery School (made up)", 8000, 6, 0, 0.05, 1],
  ["Elm Tree Junior (made up)", 39000, 25, 2, 0.41, 2],
  ["Fairfield Secondary (made up)", 254000, 141, 29, 0.15, 16],
  ["Fox Hollow Primary (made up)", 29499.99, 17, 1, 0.2, 1.5],
  ["Greenbank Special School (made up)", 96000, 4, 88, 0.03, 20],
  ["Hawthorn Primary (made up)", 47000, 30, 3, 0.26, 3],
  ["Heather Moor Primary (made up)", 31000, 22, 1, 0.3, 2.5],
  ["Holly Bank Academy (made up)", 160000, 88, 17, 0.11, 8],
  ["Ivy House Primary (made up)", 26500, 15, 2, 0.4, 2],
  ["Juniper Way Primary (made up)", "tbc", 20, 2, 0.19, 2],
  ["Kingfisher Primary (made up)", 58000, 36, 5, 0.24, 5],
  ["Larch Road Infants (made up)", 19000, 11, 1, null, 1],
  ["Meadow Side Primary (made up)", 44500, 27, 4, 0.33, 3],
  ["Mill Lane St Mary's Primary (made up)", 37000, 24, 2, 0.21, 4],
  ["Northgate High School (made up)", 210000, 120, 24, 0.16, 12],
  ["Oakwood Primary (made up)", 50000, 29, 3, "high", 3],
  ["Orchard Close Primary (made up)", 33300, 20, 2, 0.09, null],
  ["Pine Ridge Primary, Upper Site (made up)", 61000, 40, 5, 0.45, 4],
  ["Quarry Bank Primary (made up)", 27000, 16, 1, 0.27, 2],
  ["Riverside Academy (made up)", 139000, 75, 14, 0.19, 9],
  ["Rowan Tree Primary (made up)", 42000, 26, 3, 0.36, 4],
  ["Sandy Lane Primary (made up)", 38500, 23, 2, 0.2, 2],
  ["Thornhill Primary (made up)", 55500, 34, 4, 0.29, 3],
  ["Willow Green Primary (made up)", 46000, 31, 3, 0.5, 6],
];

/** The sample as rows of cells, header first (as a sheet would hold it). */
export function sampleDistrictTable(): (string | number | null)[][] {
  return [[...SAMPLE_DISTRICT_HEADERS], ...SAMPLE_DISTRICT_ROWS.map((row) => [...row])];
}
