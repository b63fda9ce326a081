/**
 * Numbers and words as the pane shows them to people: "1 cell", "1,234 cells", "Yes"/"No".
 */

export { countText, counted } from "../../sheets/number-format";

/** A yes/no value as people read it. */
export function yesNo(value: boolean): string {
  return value ? "Yes" : "No";
}
