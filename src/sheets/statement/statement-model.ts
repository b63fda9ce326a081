/**
 * The school's SENCO time statement as a pure model: the statement's inputs → a SheetModel that
 * the Excel writer writes (one A4 portrait page wide when printed) and the HTML preview renders.
 *
 * Every figure is a SEND.* formula over the sheet's own input cells, or over the school's own
 * register column, so the statement stays live when the school edits an input or the register.
 * Preview values come from the same rules the functions call (src/rules). The checklists of what
 * the guidance expects besides time are Excel tables with a column the school fills in; rebuilding
 * the statement keeps what was typed there (checklistAnswersFromSheet).
 */
import type { ModelCell, SheetModel } from "../sheet-model";
import { foldSections, type Section } from "../sections";
import { fitWidthScale } from "../print-estimate";
import { isRegisterReference } from "./register-reference";
import { STATEMENT_FIELDS, isDefaultWeightReason, type StatementInputs, type StatementRaw } from "./statement-fields";
import { statementContext, type StatementContext, type StatementModelOptions } from "./statement-context";
import {
  ACTIVITIES_HEADERS,
  FACILITIES_HEADERS,
  INPUT_FIRST_ROW,
  MARKER_ROW,
  REGISTER_ROW_LABEL,
  STATEMENT_COLUMN_WIDTHS,
  STATEMENT_MARKER,
  STATEMENT_SHEET_NAME,
  STATEMENT_WRAP_COLUMNS,
  VALUE_COL,
  answerKey,
} from "./statement-layout";
import { titleSection } from "./sections/title";
import { inputsSection } from "./sections/inputs";
import { guideSection } from "./sections/guide";
import { workingSection } from "./sections/working";
import { reviewsSection } from "./sections/reviews";
import { costSection } from "./sections/cost";
import { qualificationSection } from "./sections/qualification";
import { checklistsSection } from "./sections/checklists";

export {
  ACTIVITIES_HEADERS,
  FACILITIES_HEADERS,
  FTE_FORMAT,
  HOURS_VALUE_FORMAT,
  INPUT_FIRST_ROW,
  LEADERSHIP_HEADERS,
  MARKER_ROW,
  REGISTER_ROW_LABEL,
  STATEMENT_COLUMN_WIDTHS,
  STATEMENT_MARKER,
  STATEMENT_MAX_ROWS,
  STATEMENT_SHEET_NAME,
  STATEMENT_WRAP_COLUMNS,
  answerKey,
  statementInputCells,
  statementInputLabels,
} from "./statement-layout";
export type { StatementModelOptions } from "./statement-context";
export { gapSentence } from "./sections/guide";

type Scalar = string | number | boolean;

/** The statement's sections, top to bottom: each a function of the context and its start row. */
export const STATEMENT_SECTIONS: readonly Section<StatementContext>[] = [
  titleSection,
  inputsSection,
  guideSection,
  workingSection,
  reviewsSection,
  costSection,
  qualificationSection,
  checklistsSection,
];

/** Build the statement's model: its sections in order, printed on A4 portrait, one page wide. */
export function buildStatementModel(inputs: StatementInputs, options: StatementModelOptions = {}): SheetModel {
  const { blocks, tables, names, dropDowns, typedCells, nextRow } = foldSections(
    STATEMENT_SECTIONS,
    statementContext(inputs, options),
  );
  return {
    title: STATEMENT_SHEET_NAME,
    blocks,
    tables,
    names,
    dropDowns,
    typedCells,
    columnWidths: [...STATEMENT_COLUMN_WIDTHS],
    wrapColumns: [...STATEMENT_WRAP_COLUMNS],
    pageLayout: {
      orientation: "Portrait",
      paperSize: "A4",
      scale: fitWidthScale(STATEMENT_COLUMN_WIDTHS, STATEMENT_COLUMN_WIDTHS.length, "Portrait"),
      printArea: `A1:C${nextRow}`,
      printTitleRows: "$1:$1",
    },
  };
}

/**
 * The school's answers in a statement's checklists: `rows` are the sheet's values from A1
 * (columns A:C). Each checklist is found by its header row and ends at the first row without an
 * item. Blank answers are left out.
 */
export function checklistAnswersFromSheet(rows: readonly (readonly unknown[])[]): Map<string, ModelCell> {
  const answers = new Map<string, ModelCell>();
  for (const headers of [FACILITIES_HEADERS, ACTIVITIES_HEADERS]) {
    const header = rows.findIndex((row) => headers.every((text, i) => row[i] === text));
    if (header < 0) continue;
    for (let r = header + 1; r < rows.length; r += 1) {
      const item = rows[r]![0];
      if (typeof item !== "string" || item === "") break;
      const value = rows[r]![1];
      if (typeof value === "string" ? value !== "" : typeof value === "number" || typeof value === "boolean") {
        answers.set(answerKey(headers[0], item), value as Scalar);
      }
    }
  }
  return answers;
}

/** What a statement sheet's inputs block holds, as the form shows it, and its register reference if any. */
export interface StatementSheetInputs {
  readonly raw: StatementRaw;
  readonly registerReference?: string;
}

/**
 * Read a statement's inputs back from the sheet's values from A1 (columns A:C): each field's value
 * is beside its label in column A (in B, or in C for free text; B on statements made before), in
 * the inputs block (from the "Inputs" heading to the next blank row). A reason for the weight that
 * is a default one reads as blank: the default, which follows the weight. Undefined when A2 does
 * not hold the marker.
 */
export function statementInputsFromSheet(rows: readonly (readonly unknown[])[]): StatementSheetInputs | undefined {
  if (!isStatementMarker(rows[MARKER_ROW]?.[0])) return undefined;
  const raw: StatementRaw = {};
  let registerReference: string | undefined;
  for (let r = INPUT_FIRST_ROW; r < rows.length; r += 1) {
    const label = rows[r]?.[0];
    if (typeof label !== "string" || label === "") break;
    if (label === REGISTER_ROW_LABEL) {
      // Only a reference as the pane makes it: the text goes into formulas.
      const value = rows[r]?.[1];
      if (typeof value === "string" && isRegisterReference(value.trim())) registerReference = value.trim();
      continue;
    }
    const found = STATEMENT_FIELDS.find((f) => f.label === label);
    if (found) raw[found.id] = fieldValue(rows[r]!, found.valueCol);
  }
  if (isDefaultWeightReason(raw.weightReason, raw.senSupportWeight)) raw.weightReason = "";
  return { raw, registerReference };
}

/** A value beside its label: in its column, or in B where an earlier statement put it. */
function fieldValue(row: readonly unknown[], col: number): unknown {
  const value = row[col];
  if (col !== VALUE_COL && (value === undefined || value === null || value === "")) return row[VALUE_COL] ?? "";
  return value ?? "";
}

/**
 * The statement as the preview shows it: without the marker line (the label the pane uses to find
 * its own sheet again) and the note about changing column B (there is no sheet outside Excel);
 * the line naming the guidance stays, in its place.
 */
export function previewStatementModel(model: SheetModel): SheetModel {
  return {
    ...model,
    blocks: model.blocks.map((block) =>
      block.row === MARKER_ROW && block.cells[0]?.[0] === STATEMENT_MARKER
        ? { ...block, row: block.row + 2, cells: block.cells.slice(2) }
        : block,
    ),
  };
}

/** True when a sheet's A2 holds the statement marker. */
export function isStatementMarker(value: unknown): boolean {
  return value === STATEMENT_MARKER;
}
