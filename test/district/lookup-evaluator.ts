/**
 * A tiny evaluator of the lookup formulas the district summary writes, over a fake workbook of
 * sheets and Excel tables: MATCH(literal, range, 0) with Excel's exact-match rules (numbers match
 * numbers, text matches text ignoring case, never across types), INDEX(range, cell),
 * IF(cell="" or ISBLANK(expression), then, else), --expression and expression&"". Ranges are an Excel table's column (Table[[Column]], with ' escapes)
 * or an absolute A1 range on a sheet ('Sheet'!$C$4:$C$9). Anything else throws, so a formula
 * the summary should not write cannot pass unnoticed.
 */
import type { JoinTable } from "../../src/sheets/district/join/join-types";
import { columnIndex } from "../../src/sheets/a1-address";

export const NA = "#N/A";
type Value = string | number | boolean | null;

export interface TableInfo {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstCol: number;
  readonly headers: readonly string[];
  readonly rowCount: number;
}

export class FakeBook {
  private readonly sheets = new Map<string, Value[][]>();
  private readonly tables = new Map<string, TableInfo>();

  /** Put a source table's header and rows on its sheet (and register it when it is an Excel table). */
  addTable(table: JoinTable): void {
    table.headers.forEach((h, c) => this.set(table.sheetName, table.headerRow, table.firstCol + c, h as Value));
    table.rows.forEach((row, r) =>
      row.forEach((v, c) => this.set(table.sheetName, table.headerRow + 1 + r, table.firstCol + c, v as Value)),
    );
    if (table.tableName)
      this.addExcelTable(table.tableName, {
        sheet: table.sheetName,
        headerRow: table.headerRow,
        firstCol: table.firstCol,
        headers: table.headers.map(String),
        rowCount: table.rows.length,
      });
  }

  /** Register an Excel table whose cells are already on its sheet. */
  addExcelTable(name: string, info: TableInfo): void {
    this.tables.set(name.toLowerCase(), info);
  }

  set(sheet: string, row: number, col: number, value: Value): void {
    const grid = this.sheets.get(sheet.toLowerCase()) ?? [];
    this.sheets.set(sheet.toLowerCase(), grid);
    (grid[row] ??= [])[col] = value;
  }

  get(sheet: string, row: number, col: number): Value {
    return this.sheets.get(sheet.toLowerCase())?.[row]?.[col] ?? null;
  }

  /** The cells of a range in a formula, top to bottom. */
  range(text: string): Value[] {
    const structured = /^([A-Za-z_][\w.]*)\[\[((?:'.|[^\]'])+)\]\]$/.exec(text);
    if (structured) {
      const table = this.tables.get(structured[1]!.toLowerCase());
      if (!table) throw new Error(`no Excel table ${structured[1]}`);
      const name = structured[2]!.replace(/'(.)/g, "$1");
      const c = table.headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
      if (c < 0) throw new Error(`table ${structured[1]} has no column ${name}`);
      return Array.from({ length: table.rowCount }, (_v, r) =>
        this.get(table.sheet, table.headerRow + 1 + r, table.firstCol + c),
      );
    }
    const a1 = /^'((?:''|[^'])+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(text);
    if (!a1 || a1[2] !== a1[4]) throw new Error(`not a one-column range this evaluator reads: ${text}`);
    const sheet = a1[1]!.replace(/''/g, "'");
    const col = columnIndex(a1[2]!);
    const first = Number(a1[3]) - 1;
    return Array.from({ length: Number(a1[5]) - first }, (_v, r) => this.get(sheet, first + r, col));
  }

  /** Evaluate a formula written on `sheet` (its bare cell references are on that sheet). */
  evaluate(formula: string, sheet: string): Value {
    if (!formula.startsWith("=")) throw new Error(`not a formula: ${formula}`);
    return this.expression(formula.slice(1), sheet) ?? 0; // a blank cell read by a formula shows 0
  }

  /** An expression's value; a blank cell read (directly or through INDEX) is null until the formula's result. */
  private expression(text: string, sheet: string): Value {
    if (text.startsWith("--")) {
      const value = this.expression(text.slice(2), sheet);
      return typeof value === "string" && value.startsWith("#") ? value : Number(value ?? 0);
    }
    if (text.endsWith('&""')) {
      const value = this.expression(text.slice(0, -3), sheet);
      return typeof value === "string" && value.startsWith("#") ? value : String(value ?? "");
    }
    const call = /^([A-Z]+)\((.*)\)$/.exec(text);
    if (!call) return this.operand(text, sheet);
    const args = splitArgs(call[2]!);
    if (call[1] === "MATCH" && args.length === 3 && args[2] === "0")
      return match(this.operand(args[0]!, sheet), this.range(args[1]!));
    if (call[1] === "INDEX" && args.length === 2) {
      const position = this.operand(args[1]!, sheet);
      if (position === NA) return NA;
      const cells = this.range(args[0]!);
      if (typeof position !== "number" || position < 1 || position > cells.length) return "#REF!";
      return cells[position - 1] ?? null;
    }
    if (call[1] === "IF" && args.length === 3) {
      const test = this.test(args[0]!, sheet);
      if (typeof test === "string") return test; // an error passes through
      return this.expression(test ? args[1]! : args[2]!, sheet);
    }
    throw new Error(`not a formula this evaluator reads: ${text}`);
  }

  /** IF's test: cell="" (true for a blank cell) or ISBLANK(expression); an error value is returned as it is. */
  private test(text: string, sheet: string): boolean | string {
    const blankTest = /^(\$?[A-Z]+\$?\d+)=""$/.exec(text);
    const isBlank = /^ISBLANK\((.*)\)$/.exec(text);
    if (!blankTest && !isBlank) throw new Error(`not a test this evaluator reads: ${text}`);
    const value = blankTest ? this.operand(blankTest[1]!, sheet) : this.expression(isBlank![1]!, sheet);
    if (typeof value === "string" && value.startsWith("#")) return value;
    return blankTest ? value === null || value === "" : value === null;
  }

  private operand(text: string, sheet: string): Value {
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    if (text === '""') return "";
    const quoted = /^"((?:""|[^"])*)"$/.exec(text);
    if (quoted) return quoted[1]!.replace(/""/g, '"');
    const cell = /^\$?([A-Z]+)\$?(\d+)$/.exec(text);
    if (cell) return this.get(sheet, Number(cell[2]) - 1, columnIndex(cell[1]!));
    throw new Error(`not an operand this evaluator reads: ${text}`);
  }
}

/** Excel's MATCH(value, cells, 0): the first exact match, 1-based; numbers only match numbers, text only text (ignoring case). */
function match(value: Value, cells: readonly Value[]): Value {
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i];
    if (typeof value === "number" && typeof cell === "number" && value === cell) return i + 1;
    if (typeof value === "string" && typeof cell === "string" && value.toLowerCase() === cell.toLowerCase())
      return i + 1;
  }
  return NA;
}

/** Split a function's arguments at top-level commas (not inside quotes, quoted sheet names, brackets or parentheses). */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let sheetQuoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '"' && !sheetQuoted) quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "'" && depth > 0)
      i += 1; // an escaped character in a structured reference
    else if (ch === "'") sheetQuoted = !sheetQuoted;
    else if (sheetQuoted) continue;
    else if (ch === "(" || ch === "[") depth += 1;
    else if (ch === ")" || ch === "]") depth -= 1;
    else if (ch === "," && depth === 0) {
      args.push(text.slice(start, i));
      start = i + 1;
    }
  }
  args.push(text.slice(start));
  return args;
}
