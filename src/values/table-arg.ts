/**
 * A table passed as a range argument (SEND.LEVYFORECAST's apprentices and funds_in_account), read
 * row by row. Each column goes through its own coercer, whose name is how messages name the
 * column; a first row of text whose first cell is not a value of the first column is a header
 * and is skipped; a row whose cells are all blank or 0 (Excel on Windows passes an empty cell as
 * 0) is skipped; any other problem is an error naming the row and column of the range
 * ("apprentices row 3, column 2 of the range (price the levy pays) must be ...").
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { field, inRow, say, inputError } from "../rules/errors";
import { isBlank, moneyArg, rangeArg, type Coercer } from "./coerce";
import { reads, swappedColumnsError, type SwappableColumns } from "./swapped-columns";

const blankOrZero = (cell: unknown): boolean => cell === 0 || isBlank(cell);

/**
 * Rows of range `name`: `columns` coerce the cells in order (the range may leave out the columns
 * after `minColumns`), and `build` makes an item of each row's values and its zero-based row.
 * `allowed` says what the range must be, for a range of the wrong width. A row that reads only
 * with a pair of `swappable` columns swapped is refused saying so (swapped-columns.ts).
 */
export function tableArg<T>(
  name: string,
  allowed: string,
  columns: readonly Coercer<unknown>[],
  minColumns: number,
  build: (values: unknown[], row: number) => T,
  swappable: readonly SwappableColumns[] = [],
): Coercer<T[]> {
  const range = rangeArg(name);
  const labels = columns.map((c) => c.name);
  return {
    name,
    optional: false,
    allowed,
    coerce(raw: unknown): T[] {
      const rows = range.coerce(raw);
      const width = rows.length === 0 ? 0 : rows[0]!.length;
      if (width < minColumns || width > columns.length) {
        throw inputError(say`${field(name)} must be ${allowed}; it has ${width} column${width === 1 ? "" : "s"}.`, {
          value: raw,
          allowed,
        });
      }
      const items: T[] = [];
      rows.forEach((row, r) => {
        if (row.every(blankOrZero)) return;
        // Past a short row's end a cell is undefined: left out, as every coercer reads a missing argument.
        const read = () => columns.map((column, c) => column.coerce(row[c]));
        if (r === 0 && row.every((cell) => typeof cell === "string" || isBlank(cell)) && !reads(columns[0]!, row[0])) {
          return; // a header: all text, its first cell not a value of the first column
        }
        let values: unknown[];
        try {
          values = inRow(name, labels, r, read);
        } catch (error) {
          throw swappedColumnsError(name, columns, row, r, swappable) ?? error;
        }
        items.push(build(values, r));
      });
      return items;
    },
  };
}

/**
 * An amount in pounds, or a table (a range more than one cell wide or tall); left out, blank or
 * 0 is undefined, and so is a table with no rows.
 */
export function amountOrTableArg<T>(table: Coercer<T[]>): Coercer<number | T[] | undefined> {
  const amount = moneyArg(table.name, { optional: true });
  return {
    name: table.name,
    optional: true,
    allowed: table.allowed,
    coerce(raw: unknown): number | T[] | undefined {
      const cells = Array.isArray(raw) ? (raw as unknown[][]) : [[raw]];
      if (cells.length === 1 && cells[0]!.length === 1) {
        const cell = cells[0]![0];
        return cell === 0 ? undefined : amount.coerce(cell);
      }
      const items = table.coerce(cells);
      return items.length === 0 ? undefined : items;
    },
  };
}
