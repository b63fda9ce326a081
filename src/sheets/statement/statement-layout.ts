/**
 * Where things sit on the SENCO time statement sheet: its name and marker, the rows and columns of
 * the inputs, column widths, number formats and the checklists' headers. Shared by the statement's
 * sections and by the code that reads a statement back from the sheet.
 */
import { absoluteAddress } from "../a1-address";
import { fitLines } from "../print-estimate";
import type { ModelCell } from "../sheet-model";
import { statementFields, type StatementFieldId, type StatementInputs } from "./statement-fields";

/** The sheet's name. */
export const STATEMENT_SHEET_NAME = "SENCO time statement";
/** Text in A2 of every statement: how the pane recognises a statement to update it. */
export const STATEMENT_MARKER = "SENCO time statement made with the SEND leadership add-in";
export const MARKER_ROW = 1;
/** Zero-based row of the first input. */
export const INPUT_FIRST_ROW = 6;
export const LABEL_COL = 0;
export const VALUE_COL = 1;
/** Rows a statement uses at most: the pane reads A1:C of these to keep the checklist answers. */
export const STATEMENT_MAX_ROWS = 150;

/**
 * Column widths in points: A labels and items, B values and the school's answers, C sources.
 * 210 + 64 + 262 = 536 points; A4 portrait has 495 points between Excel's normal margins (595
 * less 0.7 inch a side), so fit-to-width prints at about 92%. C is wide enough for the guidance's
 * title on one line, so each checklist row is one line high and the statement prints on two
 * pages (estimatePrint; a 230/70/190 layout at 100% needs three).
 */
export const STATEMENT_COLUMN_WIDTHS = [210, 64, 262] as const;
/**
 * Every printed column wraps: A's long labels and items, B's values (a register reference beside
 * its note would otherwise be cut off), C's sources and the free text typed (the school, the reason
 * for the weight). Nothing runs past column C or is clipped by its neighbour.
 */
export const STATEMENT_WRAP_COLUMNS = [0, 1, 2] as const;

/** Note lines as the statement prints them: each text cut to fit columns A to C (a formula's line as it is). */
export function printedNotes(lines: readonly ModelCell[]): ModelCell[] {
  const width = STATEMENT_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
  return lines.flatMap((line): ModelCell[] => (typeof line === "string" ? fitLines(line, width) : [line]));
}

export const HOURS_VALUE_FORMAT = "0.0#";
export const FTE_FORMAT = "0.000";

/** The checklists' headers: how a statement's checklists are found again on the sheet. */
export const FACILITIES_HEADERS = ["Facility", "In place", "Source"] as const;
export const ACTIVITIES_HEADERS = [
  "Activity needing extra time at points in the year",
  "Time planned",
  "Source",
] as const;
export const LEADERSHIP_HEADERS = ["Recommendation", "Met", "Source"] as const;

/** The label of the register's row in the inputs block. */
export const REGISTER_ROW_LABEL = "SEN register (provision codes)";

/** Absolute reference of a zero-based cell: $B$7. */
export const abs = absoluteAddress;

/** Key of one checklist answer: the checklist's first header and the item. */
export function answerKey(firstHeader: string, item: string): string {
  return `${firstHeader}\u0000${item}`;
}

/** The labels of a statement's input rows, with the register row when there is one (for tests and the reader). */
export function statementInputLabels(withRegister: boolean): string[] {
  const labels: string[] = [];
  for (const f of statementFields(withRegister)) {
    if (f.id === "pupilMobility" && withRegister) labels.push(REGISTER_ROW_LABEL);
    labels.push(f.label);
  }
  return labels;
}

/** Where each input sits on the sheet (absolute references), for these inputs. */
export function statementInputCells(inputs: StatementInputs): Map<StatementFieldId | "register", string> {
  const cells = new Map<StatementFieldId | "register", string>();
  let row = INPUT_FIRST_ROW;
  const withRegister = inputs.register !== undefined;
  for (const f of statementFields(withRegister)) {
    if (f.id === "pupilMobility" && withRegister) {
      cells.set("register", abs(row, VALUE_COL));
      row += 1;
    }
    cells.set(f.id, abs(row, f.valueCol));
    row += 1;
  }
  return cells;
}
