/** The district's totals from the checked schools, for the previews of the totals' live formulas. */
import type { CheckedSchools } from "./context-types";
import type { DistrictTotals } from "./summary-types";

function median(sortedCounts: number[], count: number): number | undefined {
  // sortedCounts[h] = number of schools with guide h hours (h small whole numbers).
  if (count === 0) return undefined;
  const lower = Math.floor((count - 1) / 2);
  const upper = Math.floor(count / 2);
  let seen = 0;
  let lowValue: number | undefined;
  for (let h = 0; h < sortedCounts.length; h += 1) {
    seen += sortedCounts[h] ?? 0;
    if (lowValue === undefined && seen > lower) lowValue = h;
    if (seen > upper) return (lowValue! + h) / 2;
  }
  return lowValue;
}

/**
 * `hasAllocated`: the table has an allocated-hours column (without one, no comparison is made).
 * `leftOutElsewhere`: schools the join left out before the summary (closed in a table), listed with its lists.
 */
export function districtTotals(checked: CheckedSchools, hasAllocated: boolean, leftOutElsewhere = 0): DistrictTotals {
  const { schools } = checked;
  let totalGuide = 0;
  let totalAllocated = 0;
  let withAllocated = 0;
  let below = 0;
  const guideCounts: number[] = [];
  for (const s of schools) {
    totalGuide += s.guideHours;
    guideCounts[s.guideHours] = (guideCounts[s.guideHours] ?? 0) + 1;
    if (s.allocatedHours !== undefined) {
      totalAllocated += s.allocatedHours;
      withAllocated += 1;
      if (s.belowGuide) below += 1;
    }
  }
  const n = schools.length;
  return {
    schools: n,
    totalGuideHours: totalGuide,
    totalAllocatedHours: hasAllocated ? Math.round(totalAllocated * 1e6) / 1e6 : undefined,
    schoolsWithAllocated: withAllocated,
    belowGuide: hasAllocated ? below : undefined,
    shareBelowGuide: hasAllocated ? (withAllocated === 0 ? 0 : below / withAllocated) : undefined,
    meanGuideHours: n === 0 ? undefined : totalGuide / n,
    medianGuideHours: median(guideCounts, n),
    badRows: checked.badRows.length,
    blankRows: checked.blankRows,
    leftOut: checked.leftOut.length + leftOutElsewhere,
  };
}
