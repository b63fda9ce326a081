/**
 * A table of schools read in the task pane (a CSV file, or a DfE long-format file pivoted) put on
 * a new sheet of the workbook as an Excel table, so that a summary's lookups can read it live
 * (lookups.ts), and where it then is, as a source the join reads. Pure.
 */
import type { ModelCell, SheetModel } from "../../sheet-model";
import { pivotSheetModel, type PivotResult } from "./dfe-long";
import type { DistrictSource } from "./read-types";

/** Headers as an Excel table needs them: text, none blank, none twice (Excel would rename them itself). */
export function tableHeaders(headers: readonly unknown[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, c) => {
    const text = header === null || header === undefined ? "" : String(header).trim();
    let name = text === "" ? `Column ${c + 1}` : text;
    for (let n = 2; seen.has(name.toLowerCase()); n += 1) name = `${text === "" ? `Column ${c + 1}` : text} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function cellOf(value: unknown): ModelCell {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** The table on a sheet of its own: a title, where it was read from, then the Excel table. */
export function sourceSheetModel(source: DistrictSource, label: string, fileName: string): SheetModel {
  const headers = tableHeaders(source.headers);
  return {
    title: label,
    blocks: [
      { row: 0, col: 0, cells: [[label]], style: "title" },
      {
        row: 1,
        col: 0,
        cells: [
          [
            `Read from ${fileName} in the task pane. Correct values here: a district summary reading this table follows them.`,
          ],
        ],
        style: "note",
      },
    ],
    tables: [
      {
        name: label,
        row: 3,
        col: 0,
        headers,
        rows: source.rows.map((row) => headers.map((_h, c) => cellOf(row[c]))),
      },
    ],
    columnWidths: headers.map(() => 110),
  };
}

/** What a table read in the pane came from. */
export interface ReadInPane {
  /** How the pane and the summary name it: the new sheet and its Excel table are named after it. */
  readonly tableLabel: string;
  /** The file it was read from ("survey.csv"). */
  readonly fileName: string;
  /** A DfE long-format file pivoted: the pivot's own sheet (the pane's "DfE SEN by school"). */
  readonly pivot?: PivotResult;
}

/** The sheet for a table read in the pane: a pivoted DfE file's own, or the CSV's cells as an Excel table. */
export function paneTableSheet(source: DistrictSource, read: ReadInPane): SheetModel {
  if (read.pivot) return pivotSheetModel(read.pivot, read.fileName);
  return sourceSheetModel(source, read.tableLabel, read.fileName);
}

/** Where a table read in the pane is once its sheet is written: the sheet, the table's first cell, its headers. */
export function sourceOnSheet(
  source: DistrictSource,
  model: SheetModel,
  written: { readonly sheetName: string },
): DistrictSource {
  const table = model.tables?.[0];
  if (!table) throw new Error(`The sheet "${model.title}" has no table.`);
  return { ...source, sheetName: written.sheetName, headerRow: table.row, firstCol: table.col, headers: table.headers };
}

/**
 * A pivoted DfE file as a source placed where its own sheet (pivotSheetModel) puts the table, so
 * its rows are numbered in the pane as they will be on that sheet.
 */
export function pivotedSource(pivot: PivotResult): DistrictSource {
  const model = pivotSheetModel(pivot, "");
  const source = { sheetName: model.title, headerRow: 0, firstCol: 0, headers: pivot.headers, rows: pivot.rows };
  return sourceOnSheet(source, model, { sheetName: model.title });
}
