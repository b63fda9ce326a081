/**
 * The one generic writer of a SheetModel into Excel (used by the plan builder and the district
 * summary). It always writes to a NEW worksheet and:
 * - asks Excel once for the existing sheet and table names, then picks a free, valid name;
 * - sends the cells in chunks sized so that no request exceeds `maxPayloadBytes` of JSON
 *   (Excel on the web rejects requests over 5 MB; the default budget is 4,000,000 bytes);
 * - syncs once per chunk, never once per row: a small model takes 2 syncs (3 when replacing);
 * - suspends calculation while writing every chunk but the last (Application.suspendApiCalculationUntilNextSync,
 *   ExcelApi 1.6, skipped on an older Excel); Microsoft's reference leaves the re-calc after a
 *   suspension to the add-in, so the last chunk, written with calculation on, also asks Excel to
 *   recalculate what is dirty (Application.calculate("Recalculate"), ExcelApi 1.1), in the same
 *   request; needs ExcelApi 1.4 (getItemOrNullObject), freezes panes on 1.7;
 * - writes the tables first, each made (under a free name) right after its cells, then the blocks,
 *   so a block's formula may name a table (`keepTableNames` refuses a taken name instead);
 * - writes user text as text: a string starting with = + - @ (or looking like a number) gets
 *   Excel's leading-apostrophe text prefix, so it never becomes a formula;
 * - on any failure deletes the new sheet and rethrows a readable SheetWriteError. With
 *   `replaceSheetName` the old sheet stays untouched until the new one is fully written; only
 *   then is the old one deleted and the new one renamed.
 */
import type { Block, CellStyle, ModelCell, PageLayoutSpec, SheetModel, TableSpec } from "../sheets/sheet-model";
import { cellAddress, columnLetters, rangeAddress } from "../sheets/a1-address";
import { freeSheetName, freeTableName, sheetNameKey } from "../sheets/sheet-names";
import { excelApiSupported, requireExcelApi } from "./requirements";

/** Excel on the web rejects a request over 5 MB; we keep a margin below it. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 4_000_000;
/** Bytes charged for each queued range operation besides its arrays (address, ids, property names). */
const OP_OVERHEAD_BYTES = 200;

/** What a tab's own writer takes: progress, and the sheet an update replaces (only once the user has confirmed). */
export interface TabWriteOptions {
  /** Called with (chunks written, total chunks): 0 before the first write, then after each chunk. */
  onProgress?(done: number, total: number): void;
  /** Replace this sheet: the old one is deleted and the new one takes its name and place, only once fully written. */
  replaceSheetName?: string;
}

export interface WriteSheetOptions extends TabWriteOptions {
  /** JSON payload budget of one request (default 4,000,000). */
  maxPayloadBytes?: number;
  /** Activate the new sheet at the end (default true). */
  activate?: boolean;
  /**
   * The model's formulas name its tables: when a name is taken, write nothing rather than give the
   * table a free name its formulas do not use (the caller picks free names first).
   */
  keepTableNames?: boolean;
}

export interface WriteSheetResult {
  readonly sheetName: string;
  /** context.sync() calls made, all included. */
  readonly syncs: number;
  /** Chunks of cells written (one sync each). */
  readonly chunks: number;
  /** The names the model's tables were given, in the model's order (a name in use gets a suffix: "Survey_2"). */
  readonly tableNames: readonly string[];
  /** Estimated JSON payload of each chunk's request, in bytes. */
  readonly payloadBytes: readonly number[];
  /**
   * The model's print setup: "applied"; "unsupported" on an Excel without ExcelApi 1.9 (the sheet
   * is written, Excel's print defaults stay); "failed" when Excel refused it (the sheet is written,
   * `pageLayoutError` says why); absent when the model has none.
   */
  readonly pageLayout?: "applied" | "unsupported" | "failed";
  readonly pageLayoutError?: string;
}

/** A failed write, with a message fit to show the user. */
export class SheetWriteError extends Error {
  override readonly cause: unknown;
  constructor(message: string, cause: unknown) {
    super(message);
    this.name = "SheetWriteError";
    this.cause = cause;
  }
}

type ExcelInput = string | number | boolean;

/**
 * Text that Excel would read as a formula, a number (scientific notation too: the DfE's "1e+05"),
 * a date, a logical value or a prefix character.
 */
const TEXT_NEEDS_GUARD =
  /^(?:[=+\-@']|\s*[-+]?[\d£$.,]+%?\s*$|\s*[-+]?\d*\.?\d+e[-+]?\d+\s*$|\s*\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?\s*$|\s*(?:true|false)\s*$)/i;

/** A string as Excel input that stays the same text: a leading apostrophe when Excel would otherwise parse it. */
export function guardText(text: string): string {
  return text !== "" && TEXT_NEEDS_GUARD.test(text) ? `'${text}` : text;
}

/** One model cell as the value to put in Range.formulas. */
export function toExcelInput(cell: ModelCell): ExcelInput {
  if (cell === null) return "";
  if (typeof cell === "string") return guardText(cell);
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new Error(`a cell holds ${cell}, which Excel cannot store`);
    return cell === 0 ? 0 : cell;
  }
  if (typeof cell === "boolean") return cell;
  if (typeof cell.formula !== "string" || !cell.formula.startsWith("=")) {
    throw new Error(`a formula cell must start with "="; it was ${JSON.stringify(cell.formula)}`);
  }
  return cell.formula;
}

// ---------------------------------------------------------------------------------------------
// Planning: the model becomes segments (rectangles of rows) packed into chunks by payload size.

interface Segment {
  row: number;
  col: number;
  width: number;
  formulas: ExcelInput[][];
  formats: string[][] | undefined;
  /** The table whose last rows this segment writes: the table is made right after them. */
  completesTable?: TableSpec;
}

interface Chunk {
  segments: Segment[];
  bytes: number;
}

/** UTF-8 bytes of a JSON text: its length plus the extra bytes of non-ASCII characters (at most 2 each). */
function jsonBytes(json: string): number {
  let extra = 0;
  for (let i = 0; i < json.length; i += 1) {
    const code = json.charCodeAt(i);
    if (code > 0x7f) extra += code > 0x7ff ? 2 : 1;
  }
  return json.length + extra;
}

function formatRow(
  numberFormat: Block["numberFormat"] | TableSpec["numberFormat"],
  width: number,
): string[] | undefined {
  if (numberFormat === undefined) return undefined;
  const row = new Array<string>(width);
  for (let c = 0; c < width; c += 1) {
    const f = typeof numberFormat === "string" ? numberFormat : numberFormat[c];
    row[c] = f ?? "General";
  }
  return row;
}

class ChunkPacker {
  readonly chunks: Chunk[] = [];
  private current: Chunk = { segments: [], bytes: 0 };
  private segment: Segment | undefined;

  constructor(private readonly budget: number) {}

  /** Start a new rectangle (a block or a table) at the given cell. */
  begin(row: number, col: number, width: number, hasFormats: boolean): void {
    this.segment = { row, col, width, formulas: [], formats: hasFormats ? [] : undefined };
    this.openSegment();
  }

  private openSegment(): void {
    const s = this.segment!;
    if (this.current.bytes + OP_OVERHEAD_BYTES * 2 > this.budget) this.flush();
    this.current.segments.push(s);
    this.current.bytes += OP_OVERHEAD_BYTES * (s.formats ? 2 : 1);
  }

  addRow(formulas: ExcelInput[], formats: string[] | undefined): void {
    let bytes = jsonBytes(JSON.stringify(formulas)) + 1;
    if (formats) bytes += jsonBytes(JSON.stringify(formats)) + 1;
    if (bytes + OP_OVERHEAD_BYTES * 2 > this.budget) {
      throw new Error(`one row of the sheet needs ${bytes} bytes, more than one request to Excel may carry`);
    }
    let s = this.segment!;
    if (this.current.bytes + bytes > this.budget) {
      // Continue the same rectangle in a new chunk, from the next row.
      this.flush();
      s = {
        row: s.row + s.formulas.length,
        col: s.col,
        width: s.width,
        formulas: [],
        formats: s.formats ? [] : undefined,
      };
      this.segment = s;
      this.openSegment();
    }
    s.formulas.push(formulas);
    if (s.formats && formats) s.formats.push(formats);
    this.current.bytes += bytes;
  }

  /** The rectangle begun last is a table's, now whole: it is made as soon as its cells are written. */
  endTable(table: TableSpec): void {
    this.segment!.completesTable = table;
  }

  /** Reserve bytes for the finishing operations (styles, tables, charts, widths) in the last chunk. */
  reserve(bytes: number): void {
    if (this.current.bytes + bytes > this.budget) this.flush();
    this.current.bytes += bytes;
  }

  flush(): void {
    const segments = this.current.segments.filter((s) => s.formulas.length > 0);
    if (segments.length > 0 || this.current.bytes > 0) this.chunks.push({ segments, bytes: this.current.bytes });
    this.current = { segments: [], bytes: 0 };
  }

  finish(): Chunk[] {
    this.flush();
    if (this.chunks.length === 0) this.chunks.push({ segments: [], bytes: 0 });
    return this.chunks;
  }
}

function blockWidth(block: Block): number {
  let width = 0;
  for (const row of block.cells) if (row.length > width) width = row.length;
  return width;
}

/** A row of model cells as Excel input, `width` wide. */
function inputRow(cells: readonly ModelCell[], width: number): ExcelInput[] {
  const out = new Array<ExcelInput>(width);
  for (let c = 0; c < width; c += 1) out[c] = toExcelInput(c < cells.length ? (cells[c] ?? null) : null);
  return out;
}

/**
 * The tables first, each made right after its cells: the blocks' formulas may then name them
 * (a structured reference to a table that does not exist yet is refused by Excel).
 */
function packTables(packer: ChunkPacker, model: SheetModel): void {
  for (const table of model.tables ?? []) {
    const width = table.headers.length;
    if (width === 0) continue;
    const formats = formatRow(table.numberFormat, width);
    packer.begin(table.row, table.col, width, formats !== undefined);
    packer.addRow(
      table.headers.map((h) => guardText(h)),
      formats && new Array<string>(width).fill("General"),
    );
    for (const cells of table.rows) packer.addRow(inputRow(cells, width), formats);
    packer.endTable(table);
  }
}

function packBlocks(packer: ChunkPacker, model: SheetModel): void {
  for (const block of model.blocks) {
    const width = blockWidth(block);
    if (width === 0 || block.cells.length === 0) continue;
    packer.begin(block.row, block.col, width, block.numberFormat !== undefined && !block.spill);
    const formats = block.spill ? undefined : formatRow(block.numberFormat, width);
    for (const cells of block.cells) packer.addRow(inputRow(cells, width), formats);
  }
}

/** Split a model into chunks of range writes, each within the payload budget. Pure; exported for tests. */
export function planChunks(model: SheetModel, budget = DEFAULT_MAX_PAYLOAD_BYTES): Chunk[] {
  const packer = new ChunkPacker(budget);
  packTables(packer, model);
  packBlocks(packer, model);
  packer.reserve(finishingBytes(model));
  return packer.finish();
}

function finishingBytes(model: SheetModel): number {
  const count =
    model.blocks.length * 3 +
    (model.tables?.length ?? 0) * 3 +
    (model.charts?.length ?? 0) * 4 +
    (model.columnWidths?.length ?? 0) +
    (model.wrapColumns?.length ?? 0) +
    5;
  return count * OP_OVERHEAD_BYTES;
}

// ---------------------------------------------------------------------------------------------
// Styles

interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
}

/** How each model style looks in Excel (colours pass WCAG AA contrast on their fill). */
export const STYLE_FORMATS: Readonly<Record<CellStyle, StyleSpec>> = {
  // Titles, headings and notes never wrap, even in a wrapped column: they run on over the empty cells beside them.
  title: { bold: true, size: 14, wrap: false },
  heading: { bold: true, size: 12, fill: "#DDEBF7", wrap: false },
  header: { bold: true, fill: "#D9E1F2", wrap: true },
  label: {},
  input: { fill: "#FFF2CC" },
  note: { italic: true, color: "#404040", wrap: false },
  warning: { color: "#9C0006", fill: "#FFC7CE" },
  ok: { color: "#006100", fill: "#C6EFCE" },
};

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const spec = STYLE_FORMATS[style];
  if (spec.bold !== undefined) range.format.font.bold = spec.bold;
  if (spec.italic !== undefined) range.format.font.italic = spec.italic;
  if (spec.size !== undefined) range.format.font.size = spec.size;
  if (spec.color !== undefined) range.format.font.color = spec.color;
  if (spec.fill !== undefined) range.format.fill.color = spec.fill;
  if (spec.wrap !== undefined) range.format.wrapText = spec.wrap;
}

// ---------------------------------------------------------------------------------------------
// Writing

function officeErrorText(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { message?: unknown; code?: unknown };
    const message =
      typeof e.message === "string" && e.message.trim() !== "" ? e.message.trim() : "Excel reported an error";
    const code = typeof e.code === "string" && e.code !== "" && !message.includes(e.code) ? ` (${e.code})` : "";
    return `${message}${code}`;
  }
  return String(error);
}

function calculationSuspendSupported(): boolean {
  return excelApiSupported("1.6");
}

function suspendCalculation(context: Excel.RequestContext, supported: boolean): void {
  if (!supported) return;
  const application = context.workbook.application as Partial<Excel.Application> | undefined;
  if (application && typeof application.suspendApiCalculationUntilNextSync === "function") {
    application.suspendApiCalculationUntilNextSync();
  }
}

/** After chunks written with calculation suspended: recalculate the dirty formulas (ExcelApi 1.1). */
function recalculateDirty(context: Excel.RequestContext): void {
  context.workbook.application.calculate("Recalculate");
}

/** The names given to the model's tables as they are made (a taken name gets a free one). */
type GivenTableNames = Map<TableSpec, string>;

function queueSegment(sheet: Excel.Worksheet, s: Segment, tableNames: string[], given: GivenTableNames): void {
  const range = sheet.getRange(rangeAddress(s.row, s.col, s.formulas.length, s.width));
  range.formulas = s.formulas;
  if (s.formats) range.numberFormat = s.formats;
  if (s.completesTable) given.set(s.completesTable, queueTable(sheet, s.completesTable, tableNames));
}

/** Make a table over its cells, under a free name (added to `tableNames`); returns the name. */
function queueTable(sheet: Excel.Worksheet, table: TableSpec, tableNames: string[]): string {
  // A Range object, not an address: an address without a sheet name would put the table on
  // the active sheet (TableCollection.add; a Range argument needs ExcelApi 1.3).
  const added = sheet.tables.add(
    sheet.getRange(rangeAddress(table.row, table.col, table.rows.length + 1, table.headers.length)),
    true,
  );
  const name = freeTableName(table.name, tableNames);
  tableNames.push(name);
  added.name = name;
  return name;
}

/** Rows and columns from A1 that the model's blocks (spills included) and tables cover. */
export function modelExtent(model: SheetModel): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const block of model.blocks) {
    rows = Math.max(rows, block.row + Math.max(block.cells.length, block.spill?.rows ?? 0));
    cols = Math.max(cols, block.col + Math.max(blockWidth(block), block.spill?.cols ?? 0));
  }
  for (const table of model.tables ?? []) {
    rows = Math.max(rows, table.row + table.rows.length + 1);
    cols = Math.max(cols, table.col + table.headers.length);
  }
  return { rows, cols };
}

function queueFinishing(sheet: Excel.Worksheet, model: SheetModel): void {
  // Wrapped columns first, so that a block's own style (a title or note that never wraps) wins.
  for (const col of model.wrapColumns ?? []) {
    sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.wrapText = true;
  }
  for (const block of model.blocks) {
    const width = blockWidth(block);
    const rows = Math.max(block.cells.length, block.spill?.rows ?? 0);
    const cols = Math.max(width, block.spill?.cols ?? 0);
    if (rows === 0 || cols === 0) continue;
    if (block.spill && block.numberFormat !== undefined) {
      const formats: string[][] = [];
      const row = formatRow(block.numberFormat, cols)!;
      for (let r = 0; r < rows; r += 1) formats.push(row);
      sheet.getRange(rangeAddress(block.row, block.col, rows, cols)).numberFormat = formats;
    }
    if (block.style) applyStyle(sheet.getRange(rangeAddress(block.row, block.col, rows, cols)), block.style);
  }
  for (const chart of model.charts ?? []) {
    const added = sheet.charts.add(
      chart.type as Excel.ChartType,
      sheet.getRange(chart.dataRange),
      "Auto" as Excel.ChartSeriesBy,
    );
    added.title.text = chart.title;
    added.setPosition(cellAddress(chart.row, chart.col), cellAddress(chart.row + 17, chart.col + 7));
  }
  (model.columnWidths ?? []).forEach((width, col) => {
    if (width > 0) sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = width;
  });
  if (model.wrapColumns && model.wrapColumns.length > 0) {
    // Rows grow to fit the wrapped text (RangeFormat.autofitRows, ExcelApi 1.2).
    const extent = modelExtent(model);
    if (extent.rows > 0 && extent.cols > 0) {
      sheet.getRange(rangeAddress(0, 0, extent.rows, extent.cols)).format.autofitRows();
    }
  }
  // Freezing panes needs ExcelApi 1.7; an older Excel gets the same sheet without frozen rows.
  if (model.freezeRows && model.freezeRows > 0 && excelApiSupported("1.7"))
    sheet.freezePanes.freezeRows(model.freezeRows);
}

/** One write's request context and the syncs it has made (every step syncs through it). */
class SyncCounter {
  syncs = 0;
  constructor(readonly context: Excel.RequestContext) {}

  async sync(): Promise<void> {
    this.syncs += 1;
    await this.context.sync();
  }
}

/** The model as chunks of range writes; a model that cannot be sent is refused before anything is written. */
function prepareChunks(model: SheetModel, budget: number): Chunk[] {
  try {
    return planChunks(model, budget);
  } catch (error) {
    throw new SheetWriteError(
      `Could not prepare the sheet "${model.title}": ${officeErrorText(error)}. Nothing was written.`,
      error,
    );
  }
}

/** The names already in use, and the sheet being replaced if it exists. */
interface WorkbookNames {
  readonly sheetNames: string[];
  readonly tableNames: string[];
  /** The sheet to replace, when `replaceSheetName` names one that exists (its position loaded). */
  readonly old: Excel.Worksheet | undefined;
}

/** 1 sync: the sheet and table names in use, and the sheet being replaced. */
async function readWorkbookNames(session: SyncCounter, replaceName: string | undefined): Promise<WorkbookNames> {
  const workbook = session.context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load("items/name");
  const tables = workbook.tables;
  tables.load("items/name");
  const old = replaceName !== undefined ? worksheets.getItemOrNullObject(replaceName) : undefined;
  old?.load("isNullObject,name,position");
  try {
    await session.sync();
  } catch (error) {
    throw new SheetWriteError(
      `Could not read the workbook's sheet names: ${officeErrorText(error)}. Nothing was written.`,
      error,
    );
  }
  return {
    sheetNames: worksheets.items.map((s) => s.name),
    tableNames: tables.items.map((t) => t.name),
    old: old !== undefined && !old.isNullObject ? old : undefined,
  };
}

/** With `keepTableNames`: refuse, before anything is written, a model whose table names are taken. */
function checkTableNamesFree(model: SheetModel, names: WorkbookNames): void {
  for (const table of model.tables ?? []) {
    if (freeTableName(table.name, names.tableNames) !== table.name) {
      throw new SheetWriteError(
        `Could not write the sheet "${model.title}": the table name ${table.name} is already in use. Nothing was written.`,
        undefined,
      );
    }
  }
}

/** Delete the sheet `name` if it is there (rolling back a failed write); says what became of it. */
async function removeSheet(session: SyncCounter, name: string): Promise<string> {
  try {
    const left = session.context.workbook.worksheets.getItemOrNullObject(name);
    // eslint-disable-next-line office-addins/no-navigational-load -- a null object's flag is read once, after one sync
    left.load("isNullObject");
    await session.sync();
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- sync() wraps context.sync() to count the calls
    if (!left.isNullObject) {
      left.delete();
      await session.sync();
    }
    return "The new sheet was removed";
  } catch (cleanupError) {
    return `The new sheet "${name}" could not be removed (${officeErrorText(cleanupError)}); delete it by hand`;
  }
}

/** Where and how the chunks are written. */
interface ChunkTarget {
  readonly newName: string;
  /** Table names in use; the tables added are pushed to it. */
  readonly tableNames: string[];
  /** Activate the new sheet with the last chunk (not when it replaces a sheet: that comes after). */
  readonly activate: boolean;
}

/** The new sheet, and the names its tables were given. */
interface WrittenChunks {
  readonly sheet: Excel.Worksheet;
  readonly tableNames: readonly string[];
}

/**
 * One sync a chunk: the new sheet is added with the first, calculation is suspended for all but
 * the last, which also queues the finishing (styles, tables, charts, widths) and a recalculation.
 */
async function writeChunks(
  session: SyncCounter,
  model: SheetModel,
  chunks: readonly Chunk[],
  target: ChunkTarget,
  onProgress: WriteSheetOptions["onProgress"],
): Promise<WrittenChunks> {
  const context = session.context;
  const suspend = calculationSuspendSupported();
  let sheet: Excel.Worksheet | undefined;
  const given: GivenTableNames = new Map();
  for (let i = 0; i < chunks.length; i += 1) {
    const last = i === chunks.length - 1;
    if (!last) suspendCalculation(context, suspend);
    if (!sheet) sheet = context.workbook.worksheets.add(target.newName);
    for (const segment of chunks[i]!.segments) queueSegment(sheet, segment, target.tableNames, given);
    if (last) {
      queueFinishing(sheet, model);
      if (target.activate) sheet.activate();
      if (suspend && chunks.length > 1) recalculateDirty(context);
    }
    await session.sync();
    onProgress?.(i + 1, chunks.length);
    if (!last) await yieldToEventLoop();
  }
  const tableNames = (model.tables ?? []).map((table) => given.get(table)).filter((n): n is string => n !== undefined);
  return { sheet: sheet!, tableNames };
}

/** Write the chunks; on any failure remove the new sheet and say that nothing else was changed. */
async function writeChunksOrRollBack(
  session: SyncCounter,
  model: SheetModel,
  chunks: readonly Chunk[],
  target: ChunkTarget,
  options: WriteSheetOptions,
): Promise<WrittenChunks> {
  try {
    return await writeChunks(session, model, chunks, target, options.onProgress);
  } catch (error) {
    const cleanup = await removeSheet(session, target.newName);
    const replaceName = options.replaceSheetName;
    const untouched =
      replaceName !== undefined ? `; "${replaceName}" was not changed` : "; no existing sheet was changed";
    throw new SheetWriteError(
      `Could not write the sheet "${target.newName}": ${officeErrorText(error)}. ${cleanup}${untouched}.`,
      error,
    );
  }
}

/** True when a sheet of that name (Excel compares them ignoring case) was in the workbook before the write. */
function nameWasTaken(names: WorkbookNames, name: string): boolean {
  return names.sheetNames.some((n) => sheetNameKey(n) === sheetNameKey(name));
}

/**
 * Replacing: only now, with the new sheet whole, delete the old one and give the new one its name
 * and place (1 more sync). Resolves with the new sheet's final name.
 */
async function swapInNewSheet(
  session: SyncCounter,
  sheet: Excel.Worksheet,
  names: WorkbookNames,
  { newName, replaceName, activate }: { newName: string; replaceName: string; activate: boolean },
): Promise<string> {
  const old = names.old;
  if (old) {
    const position = old.position;
    old.delete();
    sheet.name = replaceName;
    sheet.position = position;
  } else if (!nameWasTaken(names, replaceName)) {
    sheet.name = replaceName;
  }
  if (activate) sheet.activate();
  await session.sync();
  return old || !nameWasTaken(names, replaceName) ? replaceName : newName;
}

/** A failed swap: if the old sheet is still there, remove the new one; otherwise the new one stays under its own name. */
async function swapFailure(
  session: SyncCounter,
  names: WorkbookNames,
  replaceName: string,
  newName: string,
  error: unknown,
): Promise<SheetWriteError> {
  let oldStillThere = true;
  try {
    const check = session.context.workbook.worksheets.getItemOrNullObject(replaceName);
    // eslint-disable-next-line office-addins/no-navigational-load -- a null object's flag is read once, after one sync
    check.load("isNullObject");
    await session.sync();
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- sync() wraps context.sync() to count the calls
    oldStillThere = !check.isNullObject && names.old !== undefined;
  } catch {
    // keep the safe assumption: the old sheet is still there
  }
  if (oldStillThere) {
    const cleanup = await removeSheet(session, newName);
    return new SheetWriteError(
      `Could not replace the sheet "${replaceName}": ${officeErrorText(error)}. ${cleanup}; "${replaceName}" was not changed.`,
      error,
    );
  }
  return new SheetWriteError(
    `The new sheet was written as "${newName}" but could not be renamed to "${replaceName}": ${officeErrorText(error)}. Rename it by hand.`,
    error,
  );
}

/**
 * The print setup goes last, in its own request: the sheet is already whole, so an Excel that
 * lacks or refuses it still has the sheet (1 more sync).
 */
async function applyPageLayout(
  session: SyncCounter,
  sheet: Excel.Worksheet,
  spec: PageLayoutSpec,
): Promise<Pick<WriteSheetResult, "pageLayout" | "pageLayoutError">> {
  if (!excelApiSupported("1.9")) return { pageLayout: "unsupported" };
  try {
    queuePageLayout(sheet, spec);
    await session.sync();
    return { pageLayout: "applied" };
  } catch (error) {
    return { pageLayout: "failed", pageLayoutError: officeErrorText(error) };
  }
}

/**
 * Write `model` to a new worksheet. Resolves with the sheet's name and the syncs and chunks
 * used; rejects with a SheetWriteError after removing the new sheet when anything fails.
 */
export async function writeNewSheet(
  context: Excel.RequestContext,
  model: SheetModel,
  options: WriteSheetOptions = {},
): Promise<WriteSheetResult> {
  // getItemOrNullObject (replacing, and removing a half-written sheet) needs ExcelApi 1.4.
  requireExcelApi("1.4", `Writing the sheet "${model.title}"`);
  const chunks = prepareChunks(model, options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES);
  options.onProgress?.(0, chunks.length);
  const session = new SyncCounter(context);
  const names = await readWorkbookNames(session, options.replaceSheetName);
  if (options.keepTableNames) checkTableNamesFree(model, names);
  const replaceName = options.replaceSheetName;
  const activate = options.activate !== false;
  // When replacing, the new sheet is written under a free temporary name, renamed at the end.
  const newName = freeSheetName(replaceName !== undefined ? `${replaceName} (new)` : model.title, names.sheetNames);
  const target = { newName, tableNames: names.tableNames, activate: activate && !names.old };
  const { sheet, tableNames } = await writeChunksOrRollBack(session, model, chunks, target, options);
  let sheetName = newName;
  if (replaceName !== undefined) {
    try {
      sheetName = await swapInNewSheet(session, sheet, names, { newName, replaceName, activate });
    } catch (error) {
      throw await swapFailure(session, names, replaceName, newName, error);
    }
  }
  const written = { sheetName, chunks: chunks.length, tableNames, payloadBytes: chunks.map((c) => c.bytes) };
  const layout = model.pageLayout ? await applyPageLayout(session, sheet, model.pageLayout) : {};
  return { ...written, syncs: session.syncs, ...layout };
}

/**
 * Queue a print setup (Worksheet.pageLayout, ExcelApi 1.9): orientation, paper size, fit to N
 * pages wide with as many pages tall as needed (verticalFitToPages 0 is "automatic", as
 * fitToHeight="0" is in the file format), print area and title rows.
 */
function queuePageLayout(sheet: Excel.Worksheet, spec: PageLayoutSpec): void {
  const layout = sheet.pageLayout;
  layout.orientation = spec.orientation;
  layout.paperSize = spec.paperSize;
  if (spec.fitToPagesWide !== undefined) {
    layout.zoom = { horizontalFitToPages: spec.fitToPagesWide, verticalFitToPages: 0 };
  }
  if (spec.printArea !== undefined) layout.setPrintArea(spec.printArea);
  if (spec.printTitleRows !== undefined) layout.setPrintTitleRows(spec.printTitleRows);
}

/** Let the task pane repaint and handle input between chunks. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
