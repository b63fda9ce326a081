/**
 * The three tables at the bottom, side by side with nothing below them so a row added to any grows
 * it freely: the funds in the account when the forecast starts, the apprenticeships (from the
 * plans given and those added by hand) and the transfers to other employers, each under its own
 * heading in its own columns.
 */
import { DATE_FORMAT, MONEY_FORMAT } from "../../number-format";
import type { SectionOutput } from "../../sections";
import type { Block, ModelCell, TableSpec } from "../../sheet-model";
import type { LevyContext } from "../levy-context";
import { APPRENTICESHIP_HEADERS, FUNDS_HEADERS, TRANSFER_HEADERS } from "../levy-layout";

/** An Excel table has at least one row: a blank one, which the forecast skips. */
function orBlank(rows: ModelCell[][], width: number): ModelCell[][] {
  return rows.length > 0 ? rows : [new Array<ModelCell>(width).fill(null)];
}

const blankIfUndefined = (value: number | boolean | string | undefined): ModelCell =>
  value === undefined ? null : value;

function tableRows({ inputs }: LevyContext): {
  funds: ModelCell[][];
  apprenticeships: ModelCell[][];
  transfers: ModelCell[][];
} {
  return {
    funds: inputs.funds.map((f) => [f.monthSerial, f.amount]),
    apprenticeships: inputs.apprenticeships.map((a) => [
      a.name,
      a.startSerial,
      a.price,
      a.months,
      blankIfUndefined(a.ageAtStart),
      a.careLeaverOrEhcPlan === true ? true : null,
      blankIfUndefined(a.level),
    ]),
    transfers: (inputs.transfers ?? []).map((t) => [t.startSerial, t.price, t.months, t.receivingEmployer]),
  };
}

export function tablesSection(context: LevyContext, startRow: number): SectionOutput {
  const { layout, tables } = context;
  const rows = tableRows(context);
  const tableRow = startRow + 1;
  const heading = (col: number, text: string): Block => ({ row: startRow, col, cells: [[text]], style: "heading" });
  const table = (
    name: string,
    col: number,
    headers: readonly string[],
    body: ModelCell[][],
    numberFormat: (string | null)[],
  ): TableSpec => ({
    name,
    row: tableRow,
    col,
    headers,
    rows: orBlank(body, headers.length),
    numberFormat,
  });
  return {
    blocks: [
      heading(layout.fundsCol, "Funds in the account when the forecast starts"),
      heading(layout.apprenticeshipsCol, "Apprenticeships"),
      heading(layout.transfersCol, "Transfers to other employers"),
    ],
    tables: [
      table(tables.funds, layout.fundsCol, FUNDS_HEADERS, rows.funds, [DATE_FORMAT, MONEY_FORMAT]),
      table(tables.apprenticeships, layout.apprenticeshipsCol, APPRENTICESHIP_HEADERS, rows.apprenticeships, [
        null,
        DATE_FORMAT,
        MONEY_FORMAT,
        "0",
        "0",
        null,
        "0",
      ]),
      table(tables.transfers, layout.transfersCol, TRANSFER_HEADERS, rows.transfers, [
        DATE_FORMAT,
        MONEY_FORMAT,
        "0",
        null,
      ]),
    ],
    // The header row and the longest table's rows, then the row after them.
    nextRow: tableRow + 1 + Math.max(1, rows.funds.length, rows.apprenticeships.length, rows.transfers.length),
  };
}
