/**
 * Numbers and words as the pane shows them to people: "1 cell", "1,234 cells", "Yes"/"No".
 */

/** A whole count with thousands separators (en-GB). */
export function countText(n: number): string {
  return n.toLocaleString("en-GB");
}

/** "1 cell", "2 cells", "1,234 rows": the count with its noun, singular for exactly 1. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${countText(n)} ${n === 1 ? singular : plural}`;
}

/** A yes/no value as people read it. */
export function yesNo(value: boolean): string {
  return value ? "Yes" : "No";
}
