/** The documents checklist, an Excel table with due dates; the Done column keeps what the user entered. */
import { formatSerialDdMmYyyy } from "../../../rules/excel-dates";
import { documentDue, slmdaDocuments } from "../../../rules/slmda-line-manager";
import { DATE_FORMAT } from "../../number-format";
import { textBlock, type SectionOutput } from "../../sections";
import type { TableSpec } from "../../sheet-model";
import type { PlanContext } from "../plan-context";
import type { PlanInputs } from "../plan-fields";
import { DOCUMENT_HEADERS } from "../plan-layout";

/** Excel table name from the apprentice's name: letters, digits and underscores, starting with a letter. */
export function documentsTableName(inputs: PlanInputs): string {
  const slug = inputs.apprenticeName
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60);
  return `SLMDA_Documents${slug ? `_${slug}` : ""}`;
}

export function documentsSection(
  { inputs, doneByDocument, todaySerial }: PlanContext,
  startRow: number,
): SectionOutput {
  const start = inputs.startSerial;
  const documents: TableSpec = {
    name: documentsTableName(inputs),
    row: startRow + 1,
    col: 0,
    headers: DOCUMENT_HEADERS,
    rows: slmdaDocuments(start, inputs.ageAtStart, todaySerial).map((doc) => {
      const due = documentDue(doc.timing, start, inputs.applicationSerial, formatSerialDdMmYyyy);
      return [doc.document, doc.who, due.when, due.dueSerial ?? null, doneByDocument?.get(doc.document) ?? "No"];
    }),
    numberFormat: [null, null, null, DATE_FORMAT, null],
  };
  return {
    blocks: [textBlock(startRow, "Documents checklist", "heading")],
    tables: [documents],
    // The Done column is the user's: Update plan carries it over (doneByDocumentFromSheet).
    typedCells: documents.rows.map((_row, i) => ({ row: documents.row + 1 + i, col: DOCUMENT_HEADERS.length - 1 })),
    nextRow: documents.row + 1 + documents.rows.length + 1,
  };
}
