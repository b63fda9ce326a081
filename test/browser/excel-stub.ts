/**
 * A small stand-in for office.js, for browser tests of what the pane shows in Excel: served at
 * office.js's own URL, it defines an `Office` whose onReady reports Excel and an `Excel.run` over
 * a workbook of values given to the page (sheets of cells and their tables, the active sheet). It
 * answers the reads the pane makes (sheet names, a range's values, the tables a range meets and
 * their values, the active sheet, table names) and queues them until `context.sync()`, as
 * Office.js does. A sheet the pane adds is taken at its name and listed in `window.__written`
 * (the cells, formats and tables written to it are accepted and dropped: what a write holds is
 * the fake Excel's business, test/workbook/fake-excel.ts). The workbook's cells come from the same
 * sheet models the writer writes (`modelCells`, `modelTables`), with each formula showing its
 * preview value, as Excel shows it once calculated.
 */
import type { Page } from "playwright-core";
import type { ModelCell, SheetModel } from "../../src/sheets/sheet-model";
import type { Harness } from "./harness";

/** A table of a stub sheet: its name and where it sits (zero-based; its header row included). */
export interface StubTable {
  readonly name: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** A sheet of the stub workbook: its name, its cells' values by "row,col" (zero-based), its tables. */
export interface StubSheet {
  readonly name: string;
  readonly cells: Record<string, string | number | boolean>;
  readonly tables?: readonly StubTable[];
}

export interface StubWorkbook {
  readonly sheets: StubSheet[];
  readonly active: string;
}

function shown(cell: ModelCell): string | number | boolean | null {
  if (cell !== null && typeof cell === "object") return cell.preview ?? null;
  return cell;
}

/** A model's cells as Excel shows them once calculated: values, formulas' previews, spills' values, tables. */
export function modelCells(model: SheetModel): Record<string, string | number | boolean> {
  const cells: Record<string, string | number | boolean> = {};
  const put = (row: number, col: number, value: string | number | boolean | null) => {
    if (value !== null && value !== "") cells[`${row},${col}`] = value;
  };
  for (const block of model.blocks) {
    const rows = block.spill?.preview ?? block.cells.map((r) => r.map(shown));
    rows.forEach((r, i) => r.forEach((v, j) => put(block.row + i, block.col + j, v)));
  }
  for (const table of model.tables ?? []) {
    table.headers.forEach((h, j) => put(table.row, table.col + j, h));
    table.rows.forEach((r, i) => r.forEach((v, j) => put(table.row + 1 + i, table.col + j, shown(v))));
  }
  return cells;
}

/** A model's tables as the stub holds them. */
export function modelTables(model: SheetModel): StubTable[] {
  return (model.tables ?? []).map((t) => ({
    name: t.name,
    row: t.row,
    col: t.col,
    rows: t.rows.length + 1,
    cols: t.headers.length,
  }));
}

/** The script served in place of office.js: reads `window.__workbook` (set by an init script). */
export const OFFICE_STUB = `(() => {
  const book = window.__workbook;
  const col = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const parse = (a1) => {
    const m = /^([A-Z]+)(\\d+)(?::([A-Z]+)(\\d+))?$/.exec(a1);
    const r0 = Number(m[2]) - 1, c0 = col(m[1]);
    return { r0, c0, r1: m[3] ? Number(m[4]) - 1 : r0, c1: m[3] ? col(m[3]) : c0 };
  };
  const find = (name) => book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  window.__written = [];
  // Takes any write (a property set, a method called) and gives itself back.
  const sink = new Proxy(function () {}, {
    get: (_target, key) => (key === "then" ? undefined : sink),
    set: () => true,
    apply: () => sink,
  });
  function context() {
    const queue = [];
    const block = (nameOf, p) => {
      const range = {
        load() {
          queue.push(() => {
            const found = find(nameOf());
            if (!found) throw new Error("The requested resource doesn't exist.");
            range.values = [];
            for (let r = p.r0; r <= p.r1; r += 1) {
              const row = [];
              for (let c = p.c0; c <= p.c1; c += 1) row.push(found.cells[r + "," + c] ?? "");
              range.values.push(row);
            }
          });
        },
        getTables() {
          const tables = {
            items: [],
            load() {
              queue.push(() => {
                const found = find(nameOf());
                tables.items = (found.tables || [])
                  .filter((t) => t.row <= p.r1 && p.r0 < t.row + t.rows && t.col <= p.c1 && p.c0 < t.col + t.cols)
                  .map((t) => ({
                    name: t.name,
                    getRange: () => block(nameOf, { r0: t.row, c0: t.col, r1: t.row + t.rows - 1, c1: t.col + t.cols - 1 }),
                  }));
              });
            },
          };
          return tables;
        },
      };
      return range;
    };
    const sheet = (nameOf) => {
      const s = {
        load() { queue.push(() => { s.name = nameOf(); }); },
        getRange: (address) => block(nameOf, parse(address)),
      };
      return s;
    };
    const worksheets = {
      items: [],
      load() { queue.push(() => { worksheets.items = book.sheets.map((s) => ({ name: s.name })); }); },
      getItem: (name) => sheet(() => name),
      getActiveWorksheet: () => sheet(() => book.active),
      getItemOrNullObject(name) {
        const s = sheet(() => name);
        s.load = () => queue.push(() => { s.isNullObject = !find(name); s.name = name; });
        return s;
      },
      add(name) {
        queue.push(() => { book.sheets.push({ name, cells: {} }); window.__written.push(name); });
        return sink;
      },
      onActivated: { add() { return {}; } },
    };
    const tables = { items: [], load() { queue.push(() => { tables.items = []; }); } };
    const names = { items: [], load() { queue.push(() => { names.items = []; }); }, add: () => sink };
    return {
      workbook: { worksheets, tables, names, application: sink },
      async sync() { for (const run of queue.splice(0)) run(); },
    };
  }
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    context: { requirements: { isSetSupported: () => true } },
  };
  window.Excel = { run: async (work) => work(context()) };
})();`;

/** The pane at 350 px as Excel opens it, over `book` (office.js stood in for by OFFICE_STUB). */
export async function openPaneInExcel(harness: Harness, book: StubWorkbook): Promise<Page> {
  const page = await harness.context.newPage();
  page.on("pageerror", (error) => harness.errors.push(`pageerror: ${error.message}`));
  await page.route("https://appsforoffice.microsoft.com/lib/1/hosted/office.js", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: OFFICE_STUB }),
  );
  await page.addInitScript((workbook) => {
    (window as unknown as { __workbook: unknown }).__workbook = workbook;
  }, book);
  await page.setViewportSize({ width: 350, height: 900 });
  await page.goto(`${harness.origin}/taskpane.html`);
  await page.waitForSelector("body[data-ready='true']", { timeout: 15000 });
  expect(await page.locator("body").getAttribute("data-mode")).toBe("excel");
  return page;
}
