/**
 * Where things sit on an SLMDA plan sheet: its marker, the inputs block's rows and columns, column
 * widths and the documents checklist's headers, and the references and argument lists over the
 * input cells that the sections' live formulas use.
 */
import { columnLetters } from "../a1-address";
import { PLAN_FIELDS, type PlanFieldId } from "./plan-fields";

/**
 * Text in cell A2 of every plan sheet: how the pane recognises a plan sheet to load it back. Users
 * see it, so it is a sentence, not an internal version string; sheets made before carry the old
 * marker, which is still recognised.
 */
export const PLAN_MARKER = "SLMDA plan made with the SEND leadership add-in";
export const EARLIER_PLAN_MARKERS: readonly string[] = ["SEND add-in SLMDA plan v1"];
/** Zero-based row of the marker (A2). */
export const MARKER_ROW = 1;
/** Zero-based row of the first input (the inputs block sits in columns A and B from here). */
export const INPUT_FIRST_ROW = 4;
export const INPUT_LABEL_COL = 0;
export const INPUT_VALUE_COL = 1;

/** Column widths in points (A: labels and dates, B: values, C: long text, D: dates, E: Done). */
export const PLAN_COLUMN_WIDTHS = [260, 130, 320, 90, 60] as const;

/** The documents checklist's headers, in order (also how a plan sheet's checklist is found again). */
export const DOCUMENT_HEADERS = ["Document", "Who", "When", "Due", "Done"] as const;

/** Rows a plan sheet uses at most (a test checks the longest plan fits): Update plan reads A1:E of these. */
export const PLAN_MAX_ROWS = 300;

/** Absolute address ($B$10) of the input cell of a field. */
export function inputCell(id: PlanFieldId): string {
  const index = PLAN_FIELDS.findIndex((field) => field.id === id);
  if (index < 0) throw new Error(`unknown plan field ${id}`);
  return `$${columnLetters(INPUT_VALUE_COL)}$${INPUT_FIRST_ROW + index + 1}`;
}

/** Excel text literal: "..." with quotes doubled. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A reference to an optional input that passes "" (an omitted argument to our coercers) when the cell is blank. */
export function optionalRef(id: PlanFieldId): string {
  const cell = inputCell(id);
  return `IF(${cell}="","",${cell})`;
}

/** Argument lists of the SEND.* calls, over the input cells. */
export function fundingArgs(): string {
  return [
    inputCell("price"),
    inputCell("levyPayer"),
    optionalRef("levyFunds"),
    inputCell("startSerial"),
    inputCell("ageAtStart"),
    optionalRef("careLeaverOrEhcPlan"),
  ].join(",");
}

export function monthsFormula(): string {
  return `SEND.SLMDAMONTHS(${inputCell("nasencoCompleted")})`;
}
