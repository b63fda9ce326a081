/**
 * The two tables at the bottom, with nothing below them so a row added to either grows it freely:
 * the funds in the account when the forecast starts, and the apprenticeships (from the plans given).
 */
import { DATE_FORMAT, MONEY_FORMAT } from "../../number-format";
import type { SectionOutput } from "../../sections";
import type { ModelCell } from "../../sheet-model";
import type { LevyContext } from "../levy-context";
import { APPRENTICESHIP_HEADERS, FUNDS_HEADERS } from "../levy-layout";

/** An Excel table has at least one row: a blank one, which the forecast skips. */
function orBlank(rows: ModelCell[][], width: number): ModelCell[][] {
  return rows.length > 0 ? rows : [new Array<ModelCell>(width).fill(null)];
}

export function tablesSection({ inputs, layout, tables }: LevyContext, startRow: number): SectionOutput {
  const funds: ModelCell[][] = inputs.funds.map((f) => [f.monthSerial, f.amount]);
  const apprenticeships: ModelCell[][] = inputs.apprenticeships.map((a) => [
    a.name,
    a.startSerial,
    a.price,
    a.months,
    a.ageAtStart === undefined ? null : a.ageAtStart,
    a.careLeaverOrEhcPlan === true ? true : null,
  ]);
  const tableRow = startRow + 1;
  return {
    blocks: [
      {
        row: startRow,
        col: layout.fundsCol,
        cells: [["Funds in the account when the forecast starts"]],
        style: "heading",
      },
      { row: startRow, col: layout.apprenticeshipsCol, cells: [["Apprenticeships"]], style: "heading" },
    ],
    tables: [
      {
        name: tables.funds,
        row: tableRow,
        col: layout.fundsCol,
        headers: FUNDS_HEADERS,
        rows: orBlank(funds, FUNDS_HEADERS.length),
        numberFormat: [DATE_FORMAT, MONEY_FORMAT],
      },
      {
        name: tables.apprenticeships,
        row: tableRow,
        col: layout.apprenticeshipsCol,
        headers: APPRENTICESHIP_HEADERS,
        rows: orBlank(apprenticeships, APPRENTICESHIP_HEADERS.length),
        numberFormat: [null, DATE_FORMAT, MONEY_FORMAT, "0", "0", null],
      },
    ],
    // The header row and the longer table's rows, then the row after them.
    nextRow: tableRow + 1 + Math.max(1, inputs.funds.length, inputs.apprenticeships.length),
  };
}
