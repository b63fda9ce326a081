/**
 * The one Excel test of a yes/no input cell that reads what people type in it as the functions'
 * coercion does (TRUE, 1, Yes, Y; Excel compares text without regard to case), for the formulas
 * that test the cell themselves. The cell's drop-down offers TRUE and FALSE (yesNoDropDown in
 * sections.ts); what is typed beside the list is let through and read here.
 */

/** An Excel condition true when `cell` holds a yes: TRUE, 1, or the text TRUE, Yes or Y. */
export function yesFormula(cell: string): string {
  return `OR(${cell}=TRUE,${cell}=1,${cell}="TRUE",${cell}="Yes",${cell}="Y")`;
}
