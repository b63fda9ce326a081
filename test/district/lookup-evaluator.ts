/**
 * A small evaluator of the formulas the district summary writes, over a fake workbook of sheets
 * and Excel tables, with Excel's rules where the summary relies on them:
 * - MATCH(value, cells, 0): the first exact match, 1-based; numbers match numbers, text matches
 *   text ignoring case with Excel's wildcards (* and ?, ~ escaping them), never across types;
 * - INDEX(range, n) (a cell, so ROW and ISBLANK see it) and INDEX(array, 0, 1); IF, ISBLANK, ROW;
 * - SUM, COUNT, AVERAGE, MEDIAN, COUNTIF and COUNTIFS over ranges; SEND.SENCOHOURS through the rule;
 * - the operators = <> < > <= >= & + - * / and unary minus, on cells, ranges and arrays (a range
 *   compared with a value is an array of TRUE and FALSE, as `(la=...)*(name=...)` needs).
 * Ranges are an Excel table's column (Table[[Column]], with ' escapes), a cell or one-column range
 * on a sheet ('Sheet'!$C$4:$C$9), or one on the formula's own sheet (F31:F32). A cell holding a
 * formula is evaluated when it is read. Anything else throws, so a formula the summary should not
 * write cannot pass unnoticed.
 */
import type { JoinTable } from "../../src/sheets/district/join/join-types";
import { columnIndex, parseAddress } from "../../src/sheets/a1-address";
import { sencoHours } from "../../src/rules/senco-time";
import type { FakeExcel } from "../workbook/fake-excel";

export const NA = "#N/A";
type Value = string | number | boolean | null;

/** A block of cells on a sheet (0-based), one column wide except a single cell. */
interface Ref {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
}
type Result = Value | Ref | readonly Value[];

type Node =
  | { readonly k: "value"; readonly v: Value }
  | { readonly k: "ref"; readonly text: string }
  | { readonly k: "call"; readonly name: string; readonly args: readonly Node[] }
  | { readonly k: "op"; readonly op: string; readonly a: Node; readonly b: Node }
  | { readonly k: "neg"; readonly a: Node };

export interface TableInfo {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstCol: number;
  readonly headers: readonly string[];
  readonly rowCount: number;
}

const ERRORS = new Set([NA, "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?"]);
const isError = (v: unknown): v is string => typeof v === "string" && ERRORS.has(v);
const isRef = (v: Result): v is Ref => typeof v === "object" && v !== null && !Array.isArray(v);

export class FakeBook {
  private readonly sheets = new Map<string, Value[][]>();
  private readonly tables = new Map<string, TableInfo>();
  /** Formula cells evaluated since the last change of any cell. */
  private readonly evaluated = new Map<string, Value>();

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

  /** Put a value, or a formula ("=..."), in a cell. */
  set(sheet: string, row: number, col: number, value: Value): void {
    const grid = this.sheets.get(sheet.toLowerCase()) ?? [];
    this.sheets.set(sheet.toLowerCase(), grid);
    (grid[row] ??= [])[col] = value;
    this.evaluated.clear();
  }

  /** A cell's value: a formula is evaluated (a blank cell is null). */
  get(sheet: string, row: number, col: number): Value {
    const raw = this.sheets.get(sheet.toLowerCase())?.[row]?.[col] ?? null;
    if (typeof raw !== "string" || !raw.startsWith("=")) return raw;
    const key = `${sheet.toLowerCase()}!${row},${col}`;
    if (!this.evaluated.has(key)) this.evaluated.set(key, this.evaluate(raw, sheet));
    return this.evaluated.get(key)!;
  }

  /** Evaluate a formula written on `sheet` (its bare cell references are on that sheet). */
  evaluate(formula: string, sheet: string): Value {
    if (!formula.startsWith("=")) throw new Error(`not a formula: ${formula}`);
    const parser = new Parser(tokenize(formula.slice(1)));
    const node = parser.expression();
    parser.end();
    const result = this.run(node, sheet);
    if (Array.isArray(result)) throw new Error(`an array where a value is wanted: ${formula}`);
    return this.scalar(result, formula) ?? 0; // a blank cell read by a formula shows 0
  }

  private resolve(text: string, sheet: string): Ref {
    const structured = /^([A-Za-z_][\w.]*)\[\[((?:'.|[^\]'])+)\]\]$/.exec(text);
    if (structured) {
      const table = this.tables.get(structured[1]!.toLowerCase());
      if (!table) throw new Error(`no Excel table ${structured[1]}`);
      const name = structured[2]!.replace(/'(.)/g, "$1");
      const c = table.headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
      if (c < 0) throw new Error(`table ${structured[1]} has no column ${name}`);
      return { sheet: table.sheet, row: table.headerRow + 1, col: table.firstCol + c, rows: table.rowCount };
    }
    const a1 = /^(?:'((?:''|[^'])+)'!|([A-Za-z_][\w.]*)!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(text);
    if (!a1 || (a1[5] !== undefined && a1[5] !== a1[3]))
      throw new Error(`not a cell or one-column range this evaluator reads: ${text}`);
    const first = Number(a1[4]) - 1;
    const last = a1[6] === undefined ? first : Number(a1[6]) - 1;
    const on = a1[1] !== undefined ? a1[1].replace(/''/g, "'") : (a1[2] ?? sheet);
    return { sheet: on, row: first, col: columnIndex(a1[3]!), rows: last - first + 1 };
  }

  private cells(ref: Ref): Value[] {
    return Array.from({ length: ref.rows }, (_v, r) => this.get(ref.sheet, ref.row + r, ref.col));
  }

  /** One value: a cell's, or the value itself; a range or an array where one value is wanted throws. */
  private scalar(result: Result, where: string): Value {
    if (Array.isArray(result)) throw new Error(`an array where a value is wanted: ${where}`);
    if (!isRef(result)) return result as Value;
    if (result.rows !== 1) throw new Error(`a range where a value is wanted: ${where}`);
    return this.get(result.sheet, result.row, result.col);
  }

  /** A range's or an array's values; undefined for a single value. */
  private items(result: Result): readonly Value[] | undefined {
    if (Array.isArray(result)) return result;
    if (isRef(result) && result.rows > 1) return this.cells(result);
    return undefined;
  }

  private run(node: Node, sheet: string): Result {
    switch (node.k) {
      case "value":
        return node.v;
      case "ref":
        return this.resolve(node.text, sheet);
      case "neg": {
        const v = this.scalar(this.run(node.a, sheet), "-");
        if (isError(v)) return v;
        const n = toNumber(v);
        return isError(n) ? n : -n;
      }
      case "op": {
        const a = this.run(node.a, sheet);
        const b = this.run(node.b, sheet);
        const as = this.items(a);
        const bs = this.items(b);
        if (!as && !bs) return operate(node.op, this.scalar(a, node.op), this.scalar(b, node.op));
        const n = (as ?? bs)!.length;
        return Array.from({ length: n }, (_v, i) =>
          operate(
            node.op,
            as ? (as[i] ?? null) : this.scalar(a, node.op),
            bs ? (bs[i] ?? null) : this.scalar(b, node.op),
          ),
        );
      }
      case "call":
        return this.call(node.name, node.args, sheet);
    }
  }

  /** A range's or an array's values, or one value as a list of one. */
  private list(node: Node, sheet: string, where: string): readonly Value[] {
    const r = this.run(node, sheet);
    return this.items(r) ?? [this.scalar(r, where)];
  }

  private call(name: string, args: readonly Node[], sheet: string): Result {
    const value = (i: number): Value => this.scalar(this.run(args[i]!, sheet), name);
    if (name === "IF" && (args.length === 2 || args.length === 3)) {
      const test = value(0);
      if (isError(test)) return test;
      if (typeof test === "string" && test !== "") return "#VALUE!";
      return test ? this.run(args[1]!, sheet) : args.length === 3 ? this.run(args[2]!, sheet) : false;
    }
    if (name === "MATCH" && args.length === 3 && value(2) === 0) {
      const wanted = value(0);
      if (isError(wanted)) return wanted;
      return match(wanted, this.list(args[1]!, sheet, name));
    }
    if (name === "INDEX") return this.index(args, sheet);
    if (name === "ISBLANK" && args.length === 1) {
      const r = this.run(args[0]!, sheet);
      return isRef(r) ? r.rows === 1 && this.get(r.sheet, r.row, r.col) === null : false;
    }
    if (name === "ROW" && args.length === 1) {
      const r = this.run(args[0]!, sheet);
      return isRef(r) ? r.row + 1 : (r as Value);
    }
    if (name === "SEND.SENCOHOURS" && (args.length === 4 || args.length === 5)) {
      const inputs = args.map((_a, i) => value(i));
      const error = inputs.find(isError);
      if (error !== undefined) return error;
      if (!inputs.every((v) => typeof v === "number")) return "#VALUE!";
      const [notionalSenBudget, schoolAction, schoolActionPlus, statements, pupilMobility] = inputs as [
        number,
        number,
        number,
        number,
        number?,
      ];
      try {
        return sencoHours({ notionalSenBudget, schoolAction, schoolActionPlus, statements, pupilMobility });
      } catch {
        return "#VALUE!";
      }
    }
    if (name === "COUNTIF" || name === "COUNTIFS") return this.countIfs(args, sheet);
    const numeric = { SUM: sum, COUNT: (ns: number[]) => ns.length, AVERAGE: average, MEDIAN: median }[name];
    if (numeric) {
      const collected = numbersOf(args.map((a) => this.list(a, sheet, name)));
      return typeof collected === "string" ? collected : numeric(collected);
    }
    throw new Error(`not a function this evaluator reads: ${name} with ${args.length} arguments`);
  }

  private index(args: readonly Node[], sheet: string): Result {
    const within = this.run(args[0]!, sheet);
    const position = this.scalar(this.run(args[1]!, sheet), "INDEX");
    if (isError(position)) return position;
    if (args.length === 3 && position === 0 && this.scalar(this.run(args[2]!, sheet), "INDEX") === 1)
      return this.items(within) ?? [this.scalar(within, "INDEX")];
    if (args.length !== 2 || !isRef(within)) throw new Error("not an INDEX this evaluator reads");
    if (typeof position !== "number" || position < 1 || position > within.rows) return "#REF!";
    return { sheet: within.sheet, row: within.row + position - 1, col: within.col, rows: 1 };
  }

  private countIfs(args: readonly Node[], sheet: string): number {
    if (args.length % 2 !== 0) throw new Error("COUNTIFS takes ranges and criteria in pairs");
    const pairs = Array.from({ length: args.length / 2 }, (_v, i) => ({
      cells: this.list(args[2 * i]!, sheet, "COUNTIFS"),
      test: criterion(this.scalar(this.run(args[2 * i + 1]!, sheet), "COUNTIFS")),
    }));
    let count = 0;
    for (let r = 0; r < pairs[0]!.cells.length; r += 1) if (pairs.every((p) => p.test(p.cells[r] ?? null))) count += 1;
    return count;
  }
}

/** The fake Excel's cells and Excel tables as the evaluator reads them (a text prefix ' is not part of the value). */
export function bookOf(excel: FakeExcel): FakeBook {
  const book = new FakeBook();
  for (const sheet of excel.sheets) {
    for (const [key, value] of sheet.cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      const text = typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
      book.set(sheet.name, r, c, text as Value);
    }
    for (const t of sheet.tables) {
      const p = parseAddress(t.address);
      const headers = Array.from({ length: p.colCount }, (_v, c) => String(book.get(sheet.name, p.row, p.col + c)));
      book.addExcelTable(t.name, {
        sheet: sheet.name,
        headerRow: p.row,
        firstCol: p.col,
        headers,
        rowCount: p.rowCount - 1,
      });
    }
  }
  return book;
}

/** A COUNTIF criterion: ">=3", "<4", or a text to equal (ignoring case). */
function criterion(text: Value): (cell: Value) => boolean {
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/.exec(String(text ?? ""))!;
  const op = m[1] ?? "=";
  const n = m[2]!.trim() === "" ? NaN : Number(m[2]);
  if (!Number.isNaN(n)) return (cell) => typeof cell === "number" && compareWith(op, cell - n);
  return (cell) => typeof cell === "string" && compareWith(op, cell.toLowerCase().localeCompare(m[2]!.toLowerCase()));
}

function compareWith(op: string, difference: number): boolean {
  if (op === "=") return difference === 0;
  if (op === "<>") return difference !== 0;
  if (op === "<") return difference < 0;
  if (op === ">") return difference > 0;
  if (op === "<=") return difference <= 0;
  return difference >= 0;
}

function toNumber(v: Value): number | string {
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = v.trim() === "" ? NaN : Number(v);
  return Number.isNaN(n) ? "#VALUE!" : n;
}

/** Excel's order of kinds in a comparison: numbers, then text, then TRUE and FALSE. */
const KIND = { number: 0, string: 1, boolean: 2 } as const;

function compare(a: Value, b: Value): number {
  const x = a ?? (typeof b === "string" ? "" : typeof b === "boolean" ? false : 0);
  const y = b ?? (typeof x === "string" ? "" : typeof x === "boolean" ? false : 0);
  const kx = KIND[typeof x as keyof typeof KIND];
  const ky = KIND[typeof y as keyof typeof KIND];
  if (kx !== ky) return kx - ky;
  if (typeof x === "string") return x.toLowerCase().localeCompare((y as string).toLowerCase());
  return Number(x) - Number(y);
}

function operate(op: string, a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === "&") return text(a) + text(b);
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) return compareWith(op, compare(a, b));
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  if (op === "+") return (x as number) + (y as number);
  if (op === "-") return (x as number) - (y as number);
  if (op === "*") return (x as number) * (y as number);
  if (y === 0) return "#DIV/0!";
  return (x as number) / (y as number);
}

function text(v: Value): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Excel's MATCH(value, cells, 0). */
function match(value: Value, cells: readonly Value[]): Value {
  const pattern = typeof value === "string" ? wildcard(value) : undefined;
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i];
    if (pattern ? typeof cell === "string" && pattern.test(cell) : typeof cell === typeof value && cell === value)
      return i + 1;
  }
  return NA;
}

/** Text as MATCH reads it: * any characters, ? one, ~ taking the next literally; ignoring case. */
function wildcard(value: string): RegExp {
  let source = "";
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i]!;
    if (ch === "~" && i + 1 < value.length) source += escape(value[(i += 1)]!);
    else if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else source += escape(ch);
  }
  return new RegExp(`^${source}$`, "i");
}

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** The numbers of ranges and values, as SUM and its kin read them (text and blanks skipped); an error found. */
function numbersOf(lists: readonly (readonly Value[])[]): number[] | string {
  const out: number[] = [];
  for (const list of lists)
    for (const v of list) {
      if (isError(v)) return v;
      if (typeof v === "number") out.push(v);
    }
  return out;
}

const sum = (ns: number[]): number => ns.reduce((a, b) => a + b, 0);
const average = (ns: number[]): number | string => (ns.length === 0 ? "#DIV/0!" : sum(ns) / ns.length);
function median(ns: number[]): number | string {
  if (ns.length === 0) return "#NUM!";
  const s = [...ns].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

type Token =
  | { readonly t: "value"; readonly v: Value }
  | { readonly t: "ref"; readonly text: string }
  | { readonly t: "call"; readonly name: string }
  | { readonly t: "op" | "punct"; readonly text: string };

/** The formula's tokens, longest forms first (a quoted sheet's range before a bare cell). */
const TOKENS: readonly [RegExp, (m: RegExpExecArray) => Token][] = [
  [/\s+/y, () => ({ t: "punct", text: " " })],
  [/"((?:""|[^"])*)"/y, (m) => ({ t: "value", v: m[1]!.replace(/""/g, '"') })],
  [/\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y, (m) => ({ t: "value", v: Number(m[0]) })],
  [/'(?:''|[^'])+'!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?/y, (m) => ({ t: "ref", text: m[0] })],
  [/[A-Za-z_][\w.]*\[\[(?:'.|[^\]'])+\]\]/y, (m) => ({ t: "ref", text: m[0] })],
  [/([A-Z][A-Z0-9.]*)\(/y, (m) => ({ t: "call", name: m[1]! })],
  [/(?:[A-Za-z_][\w.]*!)?\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?/y, (m) => ({ t: "ref", text: m[0] })],
  [/<=|>=|<>|[-+*/&=<>]/y, (m) => ({ t: "op", text: m[0] })],
  [/[(),]/y, (m) => ({ t: "punct", text: m[0] })],
];

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  outer: while (at < formula.length) {
    for (const [re, make] of TOKENS) {
      re.lastIndex = at;
      const m = re.exec(formula);
      if (!m) continue;
      at = re.lastIndex;
      const token = make(m);
      if (!(token.t === "punct" && token.text === " ")) tokens.push(token);
      continue outer;
    }
    throw new Error(`not a formula this evaluator reads, at "${formula.slice(at)}": ${formula}`);
  }
  return tokens;
}

/** Recursive descent in Excel's precedence: comparison, then &, then + -, then * /, then unary minus. */
class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  /** The operator at hand, taken, when it is one of `ops`. */
  private isOp(...ops: string[]): string | undefined {
    const t = this.peek();
    if (t?.t !== "op" || !ops.includes(t.text)) return undefined;
    this.at += 1;
    return t.text;
  }

  /** Whether the punctuation at hand is `text`; taken when it is. */
  private isPunct(text: string): boolean {
    const t = this.peek();
    if (t?.t !== "punct" || t.text !== text) return false;
    this.at += 1;
    return true;
  }

  private expect(text: string): void {
    if (!this.isPunct(text)) throw new Error(`expected ${text}`);
  }

  end(): void {
    if (this.at !== this.tokens.length) throw new Error("not a formula this evaluator reads: text after its end");
  }

  expression(): Node {
    return this.level(0);
  }

  private static readonly LEVELS = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"]];

  private level(i: number): Node {
    if (i === Parser.LEVELS.length) return this.unary();
    let node = this.level(i + 1);
    for (let op = this.isOp(...Parser.LEVELS[i]!); op; op = this.isOp(...Parser.LEVELS[i]!))
      node = { k: "op", op, a: node, b: this.level(i + 1) };
    return node;
  }

  private unary(): Node {
    if (this.isOp("-")) return { k: "neg", a: this.unary() };
    const t = this.tokens[this.at++];
    if (!t) throw new Error("a formula that ends too soon");
    if (t.t === "value") return { k: "value", v: t.v };
    if (t.t === "ref") return { k: "ref", text: t.text };
    if (t.t === "call") {
      const args: Node[] = [];
      if (!this.isPunct(")")) {
        do args.push(this.expression());
        while (this.isPunct(","));
        this.expect(")");
      }
      return { k: "call", name: t.name, args };
    }
    if (t.t === "punct" && t.text === "(") {
      const inner = this.expression();
      this.expect(")");
      return inner;
    }
    throw new Error(`not a formula this evaluator reads, at ${JSON.stringify(t)}`);
  }
}
