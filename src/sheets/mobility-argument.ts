/**
 * Pupil mobility as a SEND.* argument in a formula the add-in writes. Above the published range
 * (MOBILITY_LIMITS.plausible, 80%) the functions refuse a turnover; one the user confirmed in the
 * task pane is passed as the range's top, which gives the same hours (the guide adds 3 hours for
 * any turnover over 40%), so the sheet shows what the pane showed. 1 (100%) or more is passed as
 * it is, for the functions to refuse ("if you meant 1%, type 1%").
 */
import { MOBILITY_LIMITS } from "../rules/senco-time";

/** The top of the published range, as a formula writes it: "80%". */
function rangeTop(): string {
  return `${Number((MOBILITY_LIMITS.plausible!.max * 100).toFixed(10))}%`;
}

/** True for a turnover above the published range (one the user must have confirmed in the pane). */
export function aboveMobilityRange(mobility: number | undefined): boolean {
  return mobility !== undefined && mobility > MOBILITY_LIMITS.plausible!.max;
}

/**
 * A mobility input cell as the argument: "" when it is blank; with `confirmedAbove` (the value
 * written was above the range and confirmed), a number from the range's top to below 100% is
 * passed as the top.
 */
export function mobilityCellArgument(cell: string, confirmedAbove: boolean): string {
  if (!confirmedAbove) return `IF(${cell}="","",${cell})`;
  return `IF(${cell}="","",IF(AND(ISNUMBER(${cell}),${cell}<1),MIN(${cell},${rangeTop()}),${cell}))`;
}

/** A mobility typed in the pane as the argument: "34%", or "MIN(90%,80%)" for a confirmed one above the range. */
export function mobilityLiteralArgument(mobility: number): string {
  const typed = `${Number((mobility * 100).toFixed(10))}%`;
  return aboveMobilityRange(mobility) && mobility < 1 ? `MIN(${typed},${rangeTop()})` : typed;
}

/** What the task pane says after the question about a turnover above the range: what happens if it is used. */
export function confirmedMobilityNote(): string {
  return `If it is right, the formulas count it as ${rangeTop()}: the guide adds the same 3 hours for any turnover over 40%.`;
}

/**
 * True when a pupil mobility was typed as 1 (not "1%", not 0.01): Excel's 100%, which the rules
 * refuse, and most likely 1% meant. The task pane asks "Use 1%?" rather than only refusing it.
 */
export function typedOneForOnePercent(raw: unknown): boolean {
  return raw === 1 || (typeof raw === "string" && raw.trim() === "1");
}
