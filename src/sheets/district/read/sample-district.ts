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

/** [name, budget £, SEN support, EHC plans, mobility (fraction), allocated hours per week]; each name then ends "(made up)". */
export const SAMPLE_DISTRICT_ROWS: readonly SampleRow[] = (
  [
    ["Alder Brook Primary", 67755, 10, 6, 0.34, 5],
    ["Beacon Hill Infants", 24300, 14, 1, 0.12, 2],
    ["Bramble Lane Primary", 41200, 28, 3, 0.22, 2],
    ["Castle View Academy", 182500, 96, 21, 0.08, 10],
    ["Cedar Grove Primary", 35999, 19, 2, 0.31, 3],
    ["Church Street C of E Primary", 52500, 33, 4, 0.18, 4],
    ["Daisy Field Nursery School", 8000, 6, 0, 0.05, 1],
    ["Elm Tree Junior", 39000, 25, 2, 0.41, 2],
    ["Fairfield Secondary", 254000, 141, 29, 0.15, 16],
    ["Fox Hollow Primary", 29499.99, 17, 1, 0.2, 1.5],
    ["Greenbank Special School", 96000, 4, 88, 0.03, 20],
    ["Hawthorn Primary", 47000, 30, 3, 0.26, 3],
    ["Heather Moor Primary", 31000, 22, 1, 0.3, 2.5],
    ["Holly Bank Academy", 160000, 88, 17, 0.11, 8],
    ["Ivy House Primary", 26500, 15, 2, 0.4, 2],
    ["Juniper Way Primary", "tbc", 20, 2, 0.19, 2],
    ["Kingfisher Primary", 58000, 36, 5, 0.24, 5],
    ["Larch Road Infants", 19000, 11, 1, null, 1],
    ["Meadow Side Primary", 44500, 27, 4, 0.33, 3],
    ["Mill Lane St Mary's Primary", 37000, 24, 2, 0.21, 4],
    ["Northgate High School", 210000, 120, 24, 0.16, 12],
    ["Oakwood Primary", 50000, 29, 3, "high", 3],
    ["Orchard Close Primary", 33300, 20, 2, 0.09, null],
    ["Pine Ridge Primary, Upper Site", 61000, 40, 5, 0.45, 4],
    ["Quarry Bank Primary", 27000, 16, 1, 0.27, 2],
    ["Riverside Academy", 139000, 75, 14, 0.19, 9],
    ["Rowan Tree Primary", 42000, 26, 3, 0.36, 4],
    ["Sandy Lane Primary", 38500, 23, 2, 0.2, 2],
    ["Thornhill Primary", 55500, 34, 4, 0.29, 3],
    ["Willow Green Primary", 46000, 31, 3, 0.5, 6],
  ] as const
).map(([name, ...figures]) => [`${name} (made up)`, ...figures]);

/** The sample as rows of cells, header first (as a sheet would hold it). */
export function sampleDistrictTable(): (string | number | null)[][] {
  return [[...SAMPLE_DISTRICT_HEADERS], ...SAMPLE_DISTRICT_ROWS.map((row) => [...row])];
}
