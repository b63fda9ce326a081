/**
 * Chunking (pure: no Office.js): a SheetModel becomes segments (rectangles of rows) packed into
 * chunks, each sent to Excel in one request whose JSON stays within `maxPayloadBytes` (Excel on the
 * web rejects requests over 5 MB; the default budget is 4,000,000 bytes). The tables come first,
 * each made right after its cells, then the blocks, so a block's formula may name a table.
 */
import type { SheetModel, TableSpec } from "../sheets/sheet-model";
import { blockWidth, formatRow, guardText, inputRow, type ExcelInput } from "./excel-input";

/** Excel on the web rejects a request over 5 MB; we keep a margin below it. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 4_000_000;
/** Bytes charged for each queued range operation besides its arrays (address, ids, property names). */
const OP_OVERHEAD_BYTES = 200;

/** A rectangle of rows written by one range operation. */
export interface Segment {
  row: number;
  col: number;
  width: number;
  formulas: ExcelInput[][];
  formats: string[][] | undefined;
  /** The table whose last rows this segment writes: the table is made right after them. */
  completesTable?: TableSpec;
}

/** The segments one request writes, and its estimated JSON payload in bytes. */
export interface Chunk {
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

/** Bytes reserved in the last chunk for the finishing operations (sheet-finishing.ts: styles, tables, charts, widths). */
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
