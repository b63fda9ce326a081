/**
 * A hand-written fake of the small part of Excel's RequestContext the writers use. Like Office.js
 * it queues operations and applies them only at `context.sync()`; it counts syncs, measures the
 * JSON payload of every request (everything set or passed between two syncs), rejects a request
 * over Excel on the web's 5 MB limit, checks that arrays match their range's size, and can be
 * told to fail a given sync. Shared by the writer, district and register tests (and usable by the
 * plan builder's tests). For reading it also knows the selection, existing Excel tables, the
 * surrounding region of a cell and Worksheet.getRangeByIndexes; it measures the JSON of every
 * sync's response (the values loaded) and rejects one over the same 5 MB limit. Like Excel it
 * refuses a formula that names a table the workbook does not have, turns every reference to a
 * deleted sheet into #REF! (in cells and in names), moves references, tables and names with whole
 * rows inserted or deleted, and throws on Workbook.getSelectedRange for a selection of several
 * areas (Workbook.getSelectedRanges gives them). It also keeps workbook and sheet names
 * (NamedItemCollection), list data validation and a sheet's visibility. A test can also do what a
 * user does between requests: type into cells, select, and insert rows (insertRows).
 */
import { parseAddress, cellAddress, rangeAddress } from "../../src/sheets/a1-address";
import { afterRowShift, afterSheetDeleted, type RowShift } from "./fake-references";

export const EXCEL_WEB_REQUEST_LIMIT = 5 * 1024 * 1024;

/** Where a fake range keeps its sheet (a symbol, so it never shows in assertions). */
const RANGE_SHEET = Symbol("sheet");

export interface FakeSheetState {
  name: string;
  position: number;
  /** "row,col" → formula or value as written. */
  cells: Map<string, unknown>;
  formats: Map<string, string>;
  styles: { address: string; prop: string; value: unknown }[];
  tables: { name: string; address: string; showHeaders?: boolean; showTotals?: boolean }[];
  charts: { type: string; source: string; title: string; position: string[] }[];
  columnWidths: Map<string, number>;
  frozenRows: number;
  conditionalFormats: {
    address: string;
    id: number;
    deleted: boolean;
    type?: string;
    formula?: string;
    fill?: string;
    font?: string;
  }[];
  fills: Map<string, string | null>;
  /** Worksheet.pageLayout as set (orientation, paperSize, zoom, printArea, printTitleRows). */
  pageLayout: Record<string, unknown>;
  /** List data validation by cell ("row,col"): the rule and the error alert as set. */
  validations: Map<string, { rule: unknown; errorAlert?: unknown }>;
  visibility: string;
}

/** A workbook name (sheet undefined) or a sheet's own name, with the formula it refers to. */
export interface FakeName {
  name: string;
  sheet: string | undefined;
  formula: string;
  comment?: string;
}

/** The values of a block of cells, as Excel reads them (an empty cell as ""). */
function snapshot(
  s: { cells: Map<string, unknown> },
  p: { row: number; col: number; rowCount: number; colCount: number },
): unknown[][] {
  return Array.from({ length: p.rowCount }, (_r, r) =>
    Array.from({ length: p.colCount }, (_c, c) => s.cells.get(`${p.row + r},${p.col + c}`) ?? ""),
  );
}

class FakeError extends Error {
  code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

type Op = () => void;

export interface FakeExcelOptions {
  sheets?: string[];
  tables?: string[];
  /** Reject this sync (1-based) without applying its operations. */
  failOnSync?: number;
  /** Reject the sync whose queued operations include one for which this returns true. */
  failWhen?: (description: string) => boolean;
  /** Values of existing cells, by sheet name then "A1" address, for reading tests. */
  values?: Record<string, Record<string, unknown>>;
  /** Excel tables already in the workbook (their names are also taken), for reading tests. */
  existingTables?: { sheet: string; name: string; address: string; showHeaders?: boolean; showTotals?: boolean }[];
  /** The selected range on the active sheet (A1), for Workbook.getSelectedRange (default "A1"); several areas comma-separated ("A1:A5,C1"). */
  selection?: string;
}

export class FakeExcel {
  readonly sheets: FakeSheetState[] = [];
  readonly tableNames: string[];
  syncs = 0;
  /** JSON payload of each sync's request, in bytes. */
  readonly payloads: number[] = [];
  /** Names of operations of each sync, for assertions. */
  readonly batches: string[][] = [];
  /** JSON size of each sync's response (the values it loaded), in bytes. */
  readonly responses: number[] = [];
  private responseBytes = 0;
  calculationSuspensions = 0;
  /** Application.calculate calls, by calculation type. */
  recalculations: string[] = [];
  activeSheet: string | undefined;
  /** Handlers added with worksheets.onActivated.add (registered at the sync, as Excel does). */
  readonly activatedHandlers: ((event: { worksheetId: string }) => Promise<unknown>)[] = [];
  /** Workbook and sheet names. */
  readonly names: FakeName[] = [];
  private pending: { op: Op; description: string }[] = [];
  private pendingBytes = 0;
  private readonly options: FakeExcelOptions;
  private nextCfId = 1;
  readonly context: Excel.RequestContext;

  constructor(options: FakeExcelOptions = {}) {
    this.options = options;
    (options.sheets ?? ["Sheet1"]).forEach((name, position) => this.sheets.push(this.newState(name, position)));
    this.tableNames = [...(options.tables ?? [])];
    for (const t of options.existingTables ?? []) {
      const { sheet, ...table } = t;
      const state = this.sheet(sheet);
      if (!state) throw new Error(`no sheet ${sheet}`);
      state.tables.push(table);
      this.tableNames.push(t.name);
    }
    this.activeSheet = this.sheets[0]?.name;
    this.context = this.makeContext() as unknown as Excel.RequestContext;
  }

  /**
   * Stand in for Office.js's Excel global while `work` runs: Excel.run hands `work` this fake's
   * context. Restores whatever Excel global was there before (none, in Node).
   */
  async asExcel<T>(work: () => Promise<T>): Promise<T> {
    const global = globalThis as { Excel?: unknown };
    const before = global.Excel;
    global.Excel = { run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(this.context) };
    try {
      return await work();
    } finally {
      if (before === undefined) delete global.Excel;
      else global.Excel = before;
    }
  }

  /** What a user choosing a sheet's tab does: it becomes active and every onActivated handler runs. */
  async activate(name: string): Promise<void> {
    const state = this.findState(name);
    this.activeSheet = state.name;
    await Promise.all(this.activatedHandlers.map((handler) => handler({ worksheetId: state.name })));
  }

  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The value or formula written to a cell, by A1 address. */
  cell(sheetName: string, a1: string): unknown {
    const p = parseAddress(a1);
    return this.sheet(sheetName)?.cells.get(`${p.row},${p.col}`);
  }

  /** What a user clicking a cell does: its sheet becomes the active one and the cell is selected (no sync). */
  select(sheetName: string, a1: string): void {
    this.activeSheet = this.findState(sheetName).name;
    this.options.selection = a1;
  }

  /** What a user typing into a cell does (no sync, no request). */
  setCell(sheetName: string, a1: string, value: unknown): void {
    const p = parseAddress(a1);
    const state = this.sheet(sheetName);
    if (!state) throw new Error(`no sheet ${sheetName}`);
    state.cells.set(`${p.row},${p.col}`, value);
  }

  /** Put a block of values on a sheet, its top-left cell at (row, col), 0-based (no sync, no request). */
  setBlock(sheetName: string, row: number, col: number, rows: readonly (readonly unknown[])[]): void {
    const state = this.sheet(sheetName);
    if (!state) throw new Error(`no sheet ${sheetName}`);
    rows.forEach((cells, r) => cells.forEach((v, c) => state.cells.set(`${row + r},${col + c}`, v)));
  }

  /**
   * What a user inserting whole rows does, as Excel does it (no sync, no request): the cells at and
   * below `row` (0-based) move down `count` rows, and so does every reference to them in every
   * formula of the workbook ('Sheet'!$A$5, Sheet!A5:A9, or bare on the sheet itself): a range
   * spanning the new rows grows. An Excel table on the sheet grows when they are inside it.
   */
  insertRows(sheetName: string, row: number, count = 1): void {
    const state = this.findState(sheetName);
    const moved = new Map<string, unknown>();
    for (const [key, value] of state.cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      moved.set(`${r >= row ? r + count : r},${c}`, value);
    }
    state.cells = moved;
    for (const table of state.tables) table.address = shiftedReferences(table.address, row, count);
    for (const sheet of this.sheets)
      for (const [key, value] of sheet.cells)
        if (typeof value === "string" && value.startsWith("="))
          sheet.cells.set(key, shiftedFormula(value, state.name, sheet === state, row, count));
  }

  /** A name's formula, by name and scope (undefined: a workbook name). */
  name(name: string, sheet?: string): string | undefined {
    return this.findName(name, sheet)?.formula;
  }

  private findName(name: string, sheet: string | undefined): FakeName | undefined {
    const lower = name.toLowerCase();
    return this.names.find(
      (n) => n.name.toLowerCase() === lower && (n.sheet ?? "").toLowerCase() === (sheet ?? "").toLowerCase(),
    );
  }

  /** As Excel does when a sheet goes: every reference to it, in cells and names, becomes #REF!. */
  private breakReferencesTo(deleted: string): void {
    for (const state of this.sheets) {
      for (const [key, v] of state.cells) {
        if (typeof v === "string" && v.startsWith("=")) state.cells.set(key, afterSheetDeleted(v, deleted));
      }
    }
    for (const n of this.names) n.formula = afterSheetDeleted(n.formula, deleted);
  }

  /** Move every "row,col" key of a map at or below `row` by `count` rows; keys of deleted rows go. */
  private static shiftKeys<V>(map: Map<string, V>, row: number, count: number): void {
    const entries = [...map.entries()];
    map.clear();
    for (const [key, v] of entries) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (r < row) map.set(key, v);
      else if (count > 0 || r >= row - count) map.set(`${r + count},${c}`, v);
    }
  }

  /**
   * Whole rows inserted (count > 0) or deleted (count < 0) at `row` of a sheet, as Excel does it:
   * cells, formats and validations below move, formulas and names everywhere follow their cells,
   * a table below moves and one the rows fall inside grows or shrinks.
   */
  private shiftRows(state: FakeSheetState, row: number, count: number): void {
    FakeExcel.shiftKeys(state.cells, row, count);
    FakeExcel.shiftKeys(state.formats, row, count);
    FakeExcel.shiftKeys(state.validations, row, count);
    const shift: RowShift = { shifted: state.name, row, count };
    for (const s of this.sheets) {
      for (const [key, v] of s.cells) {
        if (typeof v === "string" && v.startsWith("=")) s.cells.set(key, afterRowShift(v, s.name, shift));
      }
    }
    for (const n of this.names) n.formula = afterRowShift(n.formula, n.sheet, shift);
    for (const t of state.tables) {
      const q = parseAddress(t.address);
      const last = q.row + q.rowCount - 1;
      if (count > 0) {
        if (row <= q.row) t.address = rangeAddress(q.row + count, q.col, q.rowCount, q.colCount);
        else if (row <= last) t.address = rangeAddress(q.row, q.col, q.rowCount + count, q.colCount);
      } else {
        const end = row - count;
        if (row <= q.row && end > q.row)
          throw new FakeError("InvalidOperation", "A table's header row cannot be deleted.");
        const above = Math.max(0, Math.min(q.row, end) - row);
        const inside = Math.max(0, Math.min(last + 1, end) - Math.max(q.row + 1, row));
        t.address = rangeAddress(q.row - above, q.col, q.rowCount - inside, q.colCount);
      }
    }
  }

  private newState(name: string, position: number): FakeSheetState {
    const state: FakeSheetState = {
      name,
      position,
      cells: new Map(),
      formats: new Map(),
      styles: [],
      tables: [],
      charts: [],
      columnWidths: new Map(),
      frozenRows: 0,
      conditionalFormats: [],
      fills: new Map(),
      pageLayout: {},
      validations: new Map(),
      visibility: "Visible",
    };
    const seed = this.options?.values?.[name];
    if (seed) {
      for (const [a1, value] of Object.entries(seed)) {
        const p = parseAddress(a1);
        state.cells.set(`${p.row},${p.col}`, value);
      }
    }
    return state;
  }

  private queue(description: string, op: Op, payload: unknown = null): void {
    this.pending.push({ op, description });
    this.pendingBytes += Buffer.byteLength(JSON.stringify({ d: description, v: payload }), "utf8");
  }

  async sync(): Promise<void> {
    // Its own number: two request contexts may sync at once (the pane's Excel.run calls).
    const number = (this.syncs += 1);
    const batch = this.pending;
    const bytes = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    this.payloads.push(bytes);
    this.batches.push(batch.map((b) => b.description));
    this.responseBytes = 0;
    await Promise.resolve();
    if (bytes > EXCEL_WEB_REQUEST_LIMIT) {
      throw new FakeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    if (this.options.failOnSync === number) throw new FakeError("GeneralException", "An internal error has occurred.");
    const failWhen = this.options.failWhen;
    for (const { op, description } of batch) {
      if (failWhen && failWhen(description))
        throw new FakeError("InvalidArgument", `The argument is invalid or missing (${description}).`);
      op();
    }
    this.responses.push(this.responseBytes);
    if (this.responseBytes > EXCEL_WEB_REQUEST_LIMIT) {
      throw new FakeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
  }

  /**
   * As Excel does, refuse a formula naming a table that does not exist (yet): `Levy[Start date]`
   * before the table Levy is made is an invalid formula, not a #REF! in a cell.
   */
  checkTableReferences(rows: readonly (readonly unknown[])[]): void {
    for (const row of rows) {
      for (const v of row) {
        if (typeof v !== "string" || !v.startsWith("=")) continue;
        const code = v.replace(/"(?:[^"]|"")*"/g, '""');
        for (const match of code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\[/g)) {
          const name = match[1]!.toLowerCase();
          if (!this.tableNames.some((t) => t.toLowerCase() === name)) {
            throw new FakeError(
              "InvalidArgument",
              `The formula ${v} names the table ${match[1]}, which does not exist.`,
            );
          }
        }
      }
    }
  }

  /** Count a loaded value's JSON toward this sync's response. */
  private respond(value: unknown): void {
    this.responseBytes += Buffer.byteLength(JSON.stringify(value), "utf8");
  }

  /** True when two A1 areas share a cell. */
  private static overlaps(a: string, b: string): boolean {
    const p = parseAddress(a);
    const q = parseAddress(b);
    return (
      p.row < q.row + q.rowCount &&
      q.row < p.row + p.rowCount &&
      p.col < q.col + q.colCount &&
      q.col < p.col + p.colCount
    );
  }

  private static isEmpty(value: unknown): boolean {
    return value === undefined || value === null || value === "";
  }

  /** Excel's surrounding region of a cell: grow the box while any cell next to it (diagonals too) holds something. */
  private surroundingRegion(state: FakeSheetState, row: number, col: number): string {
    let r0 = row;
    let r1 = row;
    let c0 = col;
    let c1 = col;
    const filled: [number, number][] = [];
    for (const [key, value] of state.cells) {
      if (FakeExcel.isEmpty(value)) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      filled.push([r, c]);
    }
    for (let changed = true; changed;) {
      changed = false;
      for (const [r, c] of filled) {
        const inside = r >= r0 && r <= r1 && c >= c0 && c <= c1;
        if (inside || r < r0 - 1 || r > r1 + 1 || c < c0 - 1 || c > c1 + 1) continue;
        r0 = Math.min(r0, r);
        r1 = Math.max(r1, r);
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
        changed = true;
      }
    }
    return rangeAddress(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }

  /** A range whose address is only known at sync (a region, a table's range): geometry and values on load. */
  private makeResolvedRange(
    getState: () => FakeSheetState,
    resolve: (state: FakeSheetState) => string,
    what: string,
  ): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake objects below are literals whose own `this` is not the fake
    const fake = this;
    const range: Record<string, unknown> = {};
    range.load = () =>
      fake.queue(`load ${what}`, () => {
        const s = getState();
        const address = resolve(s);
        const p = parseAddress(address);
        const loaded = {
          address,
          rowIndex: p.row,
          columnIndex: p.col,
          rowCount: p.rowCount,
          columnCount: p.colCount,
          values: snapshot(s, p),
        };
        Object.assign(range, loaded);
        fake.respond(loaded);
      });
    return range;
  }

  private findState(name: string): FakeSheetState {
    const s = this.sheet(name);
    if (!s) throw new FakeError("ItemNotFound", `The requested resource doesn't exist (sheet ${name}).`);
    return s;
  }

  private makeRange(getState: () => FakeSheetState, address: string): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake objects below are literals whose own `this` is not the fake
    const fake = this;
    const p = parseAddress(address);
    const checkDims = (what: string, value: unknown): void => {
      if (
        !Array.isArray(value) ||
        value.length !== p.rowCount ||
        value.some((r) => !Array.isArray(r) || r.length !== p.colCount)
      ) {
        throw new FakeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what} ${address}).`,
        );
      }
    };
    const styleProxy = (prefix: string): Record<string, unknown> =>
      new Proxy(
        {},
        {
          set(_t, prop: string, value) {
            fake.queue(
              `format ${prefix}${prop} ${address}`,
              () => {
                const s = getState();
                if (prefix === "" && prop === "columnWidth") s.columnWidths.set(address, value as number);
                else if (prefix === "fill." && prop === "color") s.fills.set(address, value as string);
                s.styles.push({ address, prop: prefix + prop, value });
              },
              value,
            );
            return true;
          },
          get(_t, prop: string) {
            if (prefix === "" && (prop === "font" || prop === "fill")) return styleProxy(`${prop}.`);
            if (prefix === "" && prop === "autofitRows") {
              return () =>
                fake.queue(`format autofitRows ${address}`, () =>
                  getState().styles.push({ address, prop, value: true }),
                );
            }
            if (prefix === "fill." && prop === "clear") {
              return () => fake.queue(`format fill.clear ${address}`, () => getState().fills.set(address, null));
            }
            return undefined;
          },
        },
      );
    const range: Record<string, unknown> = {
      address,
      [RANGE_SHEET]: getState,
      format: styleProxy(""),
      conditionalFormats: {
        items: [] as unknown[],
        // As Excel does: the conditional formats that intersect the range, each with its type and rule.
        load() {
          fake.queue(`conditionalFormats.load ${address}`, () => {
            const formats = (range.conditionalFormats as { items: unknown[] }).items;
            formats.length = 0;
            for (const record of getState().conditionalFormats) {
              if (record.deleted || !FakeExcel.overlaps(record.address, address)) continue;
              formats.push({
                type: record.type,
                custom: { rule: { formula: record.formula ?? "", load: () => undefined } },
                delete: () => fake.queue(`conditionalFormats.delete ${record.address}`, () => (record.deleted = true)),
              });
            }
          });
        },
        add(type: string) {
          const id = fake.nextCfId++;
          const record = { address, id, deleted: false, type } as FakeSheetState["conditionalFormats"][number];
          fake.queue(`conditionalFormats.add ${type} ${address}`, () => getState().conditionalFormats.push(record));
          return {
            id: String(id),
            custom: {
              rule: {
                set formula(f: string) {
                  fake.queue(`cf formula`, () => (record.formula = f), f);
                },
              },
              format: {
                fill: {
                  set color(c: string) {
                    fake.queue(`cf fill`, () => (record.fill = c), c);
                  },
                },
                font: {
                  set color(c: string) {
                    fake.queue(`cf font`, () => (record.font = c), c);
                  },
                },
              },
            },
          };
        },
        clearAll() {
          fake.queue(`conditionalFormats.clearAll ${address}`, () => {
            for (const cf of getState().conditionalFormats) if (cf.address === address) cf.deleted = true;
          });
        },
      },
    };
    // Reading: load() takes a snapshot at the next sync, as Excel does (an empty cell reads as "").
    let loaded: unknown[][] | undefined;
    let loadedFormats: string[][] | undefined;
    range.load = (props?: string) =>
      fake.queue(`load ${address}`, () => {
        Object.assign(range, { rowIndex: p.row, columnIndex: p.col, rowCount: p.rowCount, columnCount: p.colCount });
        // Geometry alone (no values or formulas asked for): nothing to snapshot, as for a whole-column selection.
        if (typeof props === "string" && !/values|formulas|numberFormat/.test(props)) return fake.respond({ address });
        const s = getState();
        const grid = <T>(cell: (key: string) => T) =>
          Array.from({ length: p.rowCount }, (_r, r) =>
            Array.from({ length: p.colCount }, (_c, c) => cell(`${p.row + r},${p.col + c}`)),
          );
        loaded = grid((key) => s.cells.get(key) ?? "");
        fake.respond(loaded);
        if (typeof props === "string" && props.includes("numberFormat")) {
          loadedFormats = grid((key) => s.formats.get(key) ?? "General");
          fake.respond(loadedFormats);
        }
      });
    range.getEntireRow = () => ({
      insert: (shift: string) =>
        fake.queue(`insert rows ${p.row + 1}:${p.row + p.rowCount} ${shift}`, () =>
          fake.shiftRows(getState(), p.row, p.rowCount),
        ),
      delete: (shift: string) =>
        fake.queue(`delete rows ${p.row + 1}:${p.row + p.rowCount} ${shift}`, () =>
          fake.shiftRows(getState(), p.row, -p.rowCount),
        ),
    });
    const eachCell = (visit: (key: string) => void) => {
      for (let r = 0; r < p.rowCount; r += 1)
        for (let c = 0; c < p.colCount; c += 1) visit(`${p.row + r},${p.col + c}`);
    };
    range.clear = (applyTo = "All") =>
      fake.queue(`clear ${applyTo} ${address}`, () => {
        const s = getState();
        eachCell((key) => {
          if (applyTo !== "Formats") s.cells.delete(key);
          if (applyTo !== "Contents") s.formats.delete(key);
        });
      });
    const validation: Record<string, unknown> = {
      clear: () =>
        fake.queue(`dataValidation.clear ${address}`, () => eachCell((key) => getState().validations.delete(key))),
    };
    for (const prop of ["rule", "errorAlert", "ignoreBlanks"]) {
      Object.defineProperty(validation, prop, {
        set: (value: unknown) =>
          fake.queue(
            `dataValidation.${prop} ${address}`,
            () =>
              eachCell((key) => {
                const s = getState();
                const v = s.validations.get(key) ?? { rule: undefined };
                s.validations.set(key, { ...v, [prop]: value });
              }),
            value,
          ),
      });
    }
    range.dataValidation = validation;
    Object.defineProperty(range, "worksheet", { get: () => fake.makeSheet(getState) });
    // The used part of the range (values only): its bounding box of non-empty cells, or a null object.
    range.getUsedRangeOrNullObject = () => {
      const used: Record<string, unknown> = { isNullObject: undefined };
      used.load = () =>
        fake.queue(`used range of ${address}`, () => {
          const s = getState();
          let r0 = Infinity;
          let r1 = -1;
          let c0 = Infinity;
          let c1 = -1;
          for (const [key, value] of s.cells) {
            if (FakeExcel.isEmpty(value)) continue;
            const [r, c] = key.split(",").map(Number) as [number, number];
            if (r < p.row || r >= p.row + p.rowCount || c < p.col || c >= p.col + p.colCount) continue;
            r0 = Math.min(r0, r);
            r1 = Math.max(r1, r);
            c0 = Math.min(c0, c);
            c1 = Math.max(c1, c);
          }
          used.isNullObject = r1 < 0;
          if (r1 < 0) return;
          const found = rangeAddress(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
          Object.assign(used, {
            address: `${s.name}!${found}`,
            rowIndex: r0,
            columnIndex: c0,
            rowCount: r1 - r0 + 1,
            columnCount: c1 - c0 + 1,
          });
          fake.respond({ address: found });
        });
      return used;
    };
    range.getSurroundingRegion = () =>
      fake.makeResolvedRange(getState, (s) => fake.surroundingRegion(s, p.row, p.col), `region of ${address}`);
    range.getTables = (fullyContained = false) => {
      const tables = { items: [] as Record<string, unknown>[] };
      (tables as Record<string, unknown>).load = () =>
        fake.queue(`getTables ${address}`, () => {
          const s = getState();
          tables.items = s.tables
            .filter((t) => {
              const q = parseAddress(t.address);
              const within = (r: number, c: number) =>
                r >= q.row && r < q.row + q.rowCount && c >= q.col && c < q.col + q.colCount;
              if (fullyContained) {
                return (
                  q.row >= p.row &&
                  q.row + q.rowCount <= p.row + p.rowCount &&
                  q.col >= p.col &&
                  q.col + q.colCount <= p.col + p.colCount
                );
              }
              return (
                within(p.row, p.col) ||
                (q.row < p.row + p.rowCount &&
                  p.row < q.row + q.rowCount &&
                  q.col < p.col + p.colCount &&
                  p.col < q.col + q.colCount)
              );
            })
            .map((t) => ({
              name: t.name,
              showHeaders: t.showHeaders !== false,
              showTotals: t.showTotals === true,
              getRange: () => fake.makeResolvedRange(getState, () => t.address, `table ${t.name}`),
            }));
          fake.respond(
            tables.items.map((t) => ({ name: t.name, showHeaders: t.showHeaders, showTotals: t.showTotals })),
          );
        });
      return tables;
    };
    range.select = () => fake.queue(`select ${address}`, () => undefined);
    Object.defineProperty(range, "formulas", {
      get: () => loaded,
      set(value: unknown[][]) {
        fake.queue(
          `formulas ${address}`,
          () => {
            checkDims("formulas", value);
            fake.checkTableReferences(value);
            const s = getState();
            value.forEach((row, r) => row.forEach((v, c) => s.cells.set(`${p.row + r},${p.col + c}`, v)));
          },
          value,
        );
      },
    });
    Object.defineProperty(range, "values", {
      get: () => loaded,
      set(value: unknown[][]) {
        fake.queue(
          `values ${address}`,
          () => {
            checkDims("values", value);
            const s = getState();
            value.forEach((row, r) => row.forEach((v, c) => s.cells.set(`${p.row + r},${p.col + c}`, v)));
          },
          value,
        );
      },
    });
    Object.defineProperty(range, "numberFormat", {
      get: () => loadedFormats,
      set(value: unknown[][]) {
        fake.queue(
          `numberFormat ${address}`,
          () => {
            checkDims("numberFormat", value);
            const s = getState();
            value.forEach((row, r) => row.forEach((v, c) => s.formats.set(`${p.row + r},${p.col + c}`, v as string)));
          },
          value,
        );
      },
    });
    return range;
  }

  /** Worksheet.pageLayout: property sets and the two print methods, queued like everything else. */
  private makePageLayout(getState: () => FakeSheetState): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake objects below are literals whose own `this` is not the fake
    const fake = this;
    const set = (prop: string, value: unknown) =>
      fake.queue(`pageLayout ${prop}`, () => (getState().pageLayout[prop] = value), value);
    const layout: Record<string, unknown> = {
      setPrintArea: (area: string) => set("printArea", area),
      setPrintTitleRows: (rows: string) => set("printTitleRows", rows),
    };
    for (const prop of ["orientation", "paperSize", "zoom"]) {
      Object.defineProperty(layout, prop, { set: (value: unknown) => set(prop, value) });
    }
    return layout;
  }

  private makeSheet(getState: () => FakeSheetState): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake objects below are literals whose own `this` is not the fake
    const fake = this;
    const sheet: Record<string, unknown> = {
      getRange: (address: string) => fake.makeRange(getState, address),
      getRangeByIndexes: (row: number, col: number, rowCount: number, colCount: number) =>
        fake.makeRange(getState, rangeAddress(row, col, rowCount, colCount)),
      activate: () => fake.queue("activate", () => (fake.activeSheet = getState().name)),
      delete: () =>
        fake.queue("delete sheet", () => {
          const s = getState();
          const i = fake.sheets.indexOf(s);
          if (i < 0) throw new FakeError("ItemNotFound", "The sheet was already deleted.");
          // A sheet's tables go with it, and their names are free again.
          for (const t of s.tables) {
            const at = fake.tableNames.indexOf(t.name);
            if (at >= 0) fake.tableNames.splice(at, 1);
          }
          fake.sheets.splice(i, 1);
          fake.sheets.forEach((x, k) => (x.position = k));
          // Its own names go with it; references to it elsewhere become #REF!.
          for (let k = fake.names.length - 1; k >= 0; k -= 1)
            if (fake.names[k]!.sheet === s.name) fake.names.splice(k, 1);
          fake.breakReferencesTo(s.name);
        }),
      names: fake.makeNames(() => getState().name),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) =>
        (fake.makeRange(getState, "A1:XFD1048576").getUsedRangeOrNullObject as (v?: boolean) => unknown)(valuesOnly),
      freezePanes: { freezeRows: (n: number) => fake.queue("freezeRows", () => (getState().frozenRows = n)) },
      pageLayout: fake.makePageLayout(getState),
      tables: {
        items: [] as Record<string, unknown>[],
        load(this: { items: Record<string, unknown>[] }) {
          fake.queue("sheet tables.load", () => {
            this.items = getState().tables.map((t) => ({
              name: t.name,
              showHeaders: t.showHeaders !== false,
              showTotals: t.showTotals === true,
              getRange: () => fake.makeResolvedRange(getState, () => t.address, `table ${t.name}`),
              getHeaderRowRange: () => {
                const q = parseAddress(t.address);
                return fake.makeRange(getState, rangeAddress(q.row, q.col, 1, q.colCount));
              },
            }));
          });
        },
        // As documented for TableCollection.add: a Range object names its own sheet; a string
        // address without a sheet name means the sheet active when the request runs.
        add(source: string | { address: string }, hasHeaders: boolean) {
          const text = typeof source === "string" ? source : source.address;
          const bang = text.lastIndexOf("!");
          const address = bang >= 0 ? text.slice(bang + 1) : text;
          const target = (): FakeSheetState => {
            if (typeof source !== "string")
              return (source as unknown as { [RANGE_SHEET]: () => FakeSheetState })[RANGE_SHEET]();
            if (bang >= 0)
              return fake.findState(
                text
                  .slice(0, bang)
                  .replace(/^'(.*)'$/, "$1")
                  .replace(/''/g, "'"),
              );
            return fake.findState(fake.activeSheet ?? "");
          };
          const record = { name: `Table${fake.tableNames.length + 1}`, address };
          let wanted: string | undefined;
          fake.queue(`tables.add ${address}`, () => {
            if (!hasHeaders) throw new FakeError("InvalidArgument", "expected headers");
            if (wanted !== undefined) {
              if (fake.tableNames.some((t) => t.toLowerCase() === wanted!.toLowerCase())) {
                throw new FakeError("InvalidArgument", `A table named ${wanted} already exists.`);
              }
              record.name = wanted;
            }
            fake.tableNames.push(record.name);
            target().tables.push(record);
          });
          return {
            set name(n: string) {
              wanted = n;
            },
          };
        },
      },
      charts: {
        add(type: string, source: { address: string }) {
          const record = { type, source: source.address, title: "", position: [] as string[] };
          fake.queue(`charts.add ${type} ${source.address}`, () => getState().charts.push(record));
          return {
            title: {
              set text(t: string) {
                fake.queue("chart title", () => (record.title = t), t);
              },
            },
            setPosition(a: string, b?: string) {
              fake.queue("chart position", () => (record.position = b ? [a, b] : [a]));
            },
          };
        },
      },
    };
    sheet.load = () => undefined; // the fake's sheet name is always readable
    Object.defineProperty(sheet, "name", {
      get: () => getState().name,
      set(value: string) {
        fake.queue(
          `rename ${value}`,
          () => {
            const s = getState();
            if (fake.sheets.some((x) => x !== s && x.name.toLowerCase() === value.toLowerCase())) {
              throw new FakeError("InvalidArgument", `A sheet named ${value} already exists.`);
            }
            s.name = value;
          },
          value,
        );
      },
      configurable: true,
    });
    Object.defineProperty(sheet, "visibility", {
      set(value: string) {
        fake.queue(`visibility ${value}`, () => (getState().visibility = value), value);
      },
      configurable: true,
    });
    Object.defineProperty(sheet, "position", {
      set(value: number) {
        fake.queue("position", () => {
          const s = getState();
          fake.sheets.splice(fake.sheets.indexOf(s), 1);
          fake.sheets.splice(value, 0, s);
          fake.sheets.forEach((x, k) => (x.position = k));
        });
      },
      configurable: true,
    });
    return sheet;
  }

  /** A NamedItemCollection: the workbook's (sheet undefined) or a sheet's own. */
  private makeNames(sheet: () => string | undefined): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake objects below are literals whose own `this` is not the fake
    const fake = this;
    const item = (name: string) => {
      const named: Record<string, unknown> = {
        name,
        delete: () =>
          fake.queue(`name.delete ${name}`, () => {
            const found = fake.findName(name, sheet());
            if (!found) throw new FakeError("ItemNotFound", `No name ${name}.`);
            fake.names.splice(fake.names.indexOf(found), 1);
          }),
      };
      Object.defineProperty(named, "formula", {
        get: () => fake.findName(name, sheet())?.formula,
        set: (formula: string) =>
          fake.queue(`name.formula ${name}`, () => {
            const found = fake.findName(name, sheet());
            if (!found) throw new FakeError("ItemNotFound", `No name ${name}.`);
            found.formula = formula;
          }),
      });
      return named;
    };
    const names: Record<string, unknown> = {
      items: [] as unknown[],
      load() {
        fake.queue("names.load", () => {
          const scope = (sheet() ?? "").toLowerCase();
          names.items = fake.names
            .filter((n) => (n.sheet ?? "").toLowerCase() === scope)
            .map((n) => ({ name: n.name, formula: n.formula }));
        });
      },
      add(name: string, reference: string, comment?: string) {
        fake.queue(
          `names.add ${name}`,
          () => {
            if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
              throw new FakeError("InvalidArgument", `${name} is not a valid name.`);
            if (fake.findName(name, sheet())) throw new FakeError("ItemAlreadyExists", `The name ${name} exists.`);
            fake.names.push({
              name,
              sheet: sheet(),
              formula: reference.startsWith("=") ? reference : `=${reference}`,
              comment,
            });
          },
          reference,
        );
        return item(name);
      },
      getItem: (name: string) => item(name),
    };
    return names;
  }

  private makeContext(): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake objects below are literals whose own `this` is not the fake
    const fake = this;
    const worksheets = {
      items: [] as { name: string }[],
      load() {
        fake.queue("worksheets.load", () => {
          worksheets.items = fake.sheets.map((s) => ({ name: s.name }));
        });
      },
      add(name: string) {
        const state = fake.newState(name, -1);
        fake.queue(
          `worksheets.add ${name}`,
          () => {
            if (fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
              throw new FakeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
            }
            state.position = fake.sheets.length;
            fake.sheets.push(state);
          },
          name,
        );
        return fake.makeSheet(() => state);
      },
      getItem(name: string) {
        return fake.makeSheet(() => fake.findState(name));
      },
      getItemOrNullObject(name: string) {
        let resolved: FakeSheetState | undefined;
        const sheet = fake.makeSheet(() => resolved ?? fake.findState(name)) as Record<string, unknown>;
        sheet.isNullObject = undefined;
        sheet.load = () =>
          fake.queue(`load sheet ${name}`, () => {
            resolved = fake.sheet(name);
            sheet.isNullObject = resolved === undefined;
            if (resolved) {
              Object.defineProperty(sheet, "position", {
                value: resolved.position,
                writable: true,
                configurable: true,
              });
              Object.defineProperty(sheet, "name", { value: resolved.name, writable: true, configurable: true });
            }
          });
        return sheet;
      },
      getActiveWorksheet() {
        return fake.makeSheet(() => fake.findState(fake.activeSheet ?? ""));
      },
      onActivated: {
        add(handler: (event: { worksheetId: string }) => Promise<unknown>) {
          fake.queue("onActivated.add", () => fake.activatedHandlers.push(handler));
          return {};
        },
      },
    };
    const tables = {
      items: [] as { name: string }[],
      load() {
        fake.queue("tables.load", () => {
          tables.items = fake.tableNames.map((name) => ({ name }));
        });
      },
    };
    return {
      workbook: {
        worksheets,
        tables,
        names: fake.makeNames(() => undefined),
        getSelectedRange() {
          const selection = fake.options.selection ?? "A1";
          // As Excel does: a selection of several areas is refused, failing the request.
          if (selection.includes(","))
            fake.queue("getSelectedRange", () => {
              throw new FakeError("InvalidSelection", "The current selection is invalid for this operation.");
            });
          return fake.makeRange(() => fake.findState(fake.activeSheet ?? ""), selection.split(",")[0]!.trim());
        },
        getSelectedRanges() {
          const areas = (fake.options.selection ?? "A1").split(",").map((a) => a.trim());
          const state = () => fake.findState(fake.activeSheet ?? "");
          const selected: Record<string, unknown> = {
            areas: { getItemAt: (i: number) => fake.makeRange(state, areas[i]!) },
            load: () =>
              fake.queue("load selected areas", () => {
                const name = state().name;
                selected.areaCount = areas.length;
                selected.address = areas.map((a) => `${name}!${a}`).join(",");
              }),
          };
          return selected;
        },
        application: {
          suspendApiCalculationUntilNextSync() {
            fake.queue("suspendApiCalculationUntilNextSync", () => (fake.calculationSuspensions += 1));
          },
          calculate(type: string) {
            fake.queue(`calculate ${type}`, () => fake.recalculations.push(type));
          },
        },
      },
      sync: () => fake.sync(),
    };
  }
}

export { cellAddress };

/** Every row number at or below `row` (0-based) in `text`'s A1 references, moved down `count` rows. */
function shiftedReferences(text: string, row: number, count: number): string {
  return text.replace(/(\$?[A-Z]{1,3}\$?)(\d+)/g, (_m, column: string, n: string) =>
    Number(n) - 1 >= row ? `${column}${Number(n) + count}` : `${column}${n}`,
  );
}

/**
 * A formula's references to `sheetName` moved as rows are inserted there: those naming the sheet,
 * and bare ones when the formula is on it. Text in quotes and table columns ([[...]]) are left alone.
 */
function shiftedFormula(formula: string, sheetName: string, onSheet: boolean, row: number, count: number): string {
  const reference =
    /(?<![\w.$'!])((?:'(?:''|[^'])+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\w(![])/g;
  return formula
    .split(/("(?:""|[^"])*"|\[\[(?:'.|[^\]'])*\]\])/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(reference, (whole, prefix: string | undefined, cells: string) => {
            const named = prefix?.slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'");
            const here = named === undefined ? onSheet : named.toLowerCase() === sheetName.toLowerCase();
            return here ? `${prefix ?? ""}${shiftedReferences(cells, row, count)}` : whole;
          }),
    )
    .join("");
}
