/**
 * The sheets' yes/no input cells: the choices their drop-downs offer, and the one Excel test of
 * such a cell that reads what people type in it as the functions' coercion does (TRUE, 1, Yes, Y;
 * Excel compares text without regard to case), for the formulas that test the cell themselves.
 */

/** The drop-down's choices in a yes/no input cell (Block.choices). */
export const YES_NO_CHOICES: readonly string[] = Object.freeze(["TRUE", "FALSE"]);

/** An Excel condition true when `cell` holds a yes: TRUE, 1, or the text TRUE, Yes or Y. */
export function yesFormula(cell: string): string {
  return `OR(${cell}=TRUE,${cell}=1,${cell}="TRUE",${cell}="Yes",${cell}="Y")`;
}
