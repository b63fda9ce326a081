/**
 * Writing the chunks with rollback: one sync per chunk, never one per row. The new sheet is added
 * with the first chunk (hidden, for an update's trial write); calculation is suspended while
 * writing every chunk but the last
 * (Application.suspendApiCalculationUntilNextSync, ExcelApi 1.6);
 * Microsoft's reference leaves the re-calc after a suspension to the add-in, so the last chunk,
 * written with calculation on, also asks Excel to recalculate what is dirty
 * (Application.calculate("Recalculate"), ExcelApi 1.1), in the same request. Each table is made,
 * under a free name, right after its cells. On any failure the new sheet is deleted again and a
 * readable SheetWriteError says that nothing else was changed.
 */
import type { SheetModel, TableSpec } from "../sheets/sheet-model";
import { rangeAddress } from "../sheets/a1-address";
import { freeTableName } from "../sheets/sheet-names";
import type { Chunk, Segment } from "./chunk-plan";
import { queueNames, type ExistingNames } from "./named-cells";
import { queueFinishing } from "./sheet-finishing";
import { officeErrorText, removeSheet, SheetWriteError, type SyncCounter } from "./write-session";

function suspendCalculation(context: Excel.RequestContext): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
}

/** After chunks written with calculation suspended: recalculate the dirty formulas (ExcelApi 1.1). */
function recalculateDirty(context: Excel.RequestContext): void {
  context.workbook.application.calculate("Recalculate");
}

/** The names given to the model's tables as they are made (a taken name gets a free one). */
export type GivenTableNames = Map<TableSpec, string>;

/**
 * Queue one segment's cells and formats, then the table it completes: `tableFor` names a table
 * already over those cells (an update keeps it), or undefined to make one under a free name.
 */
export function queueSegment(
  sheet: Excel.Worksheet,
  s: Segment,
  tableNames: string[],
  given: GivenTableNames,
  tableFor: (table: TableSpec) => string | undefined = () => undefined,
): void {
  const range = sheet.getRange(rangeAddress(s.row, s.col, s.formulas.length, s.width));
  range.formulas = s.formulas;
  if (s.formats) range.numberFormat = s.formats;
  if (!s.completesTable) return;
  const kept = tableFor(s.completesTable);
  given.set(s.completesTable, kept ?? queueTable(sheet, s.completesTable, tableNames));
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

/** Called with (chunks written, total chunks) after each chunk. */
export type WriteProgress = (done: number, total: number) => void;

/** How the chunks' writing is followed: its progress, and a signal that cancels it between chunks. */
export interface ChunkWatch {
  readonly onProgress?: WriteProgress;
  readonly signal?: AbortSignal;
}

/** Where and how the chunks are written. */
export interface ChunkTarget {
  readonly newName: string;
  /** Table names in use; the tables added are pushed to it. */
  readonly tableNames: string[];
  /** An update's trial write: the sheet is hidden, and a failure names the sheet being updated. */
  readonly trialFor?: string;
  /** The names already in the workbook: the model's names are added with the last chunk (not on a trial). */
  readonly names?: ExistingNames;
}

/** The new sheet, and the names its tables were given. */
export interface WrittenChunks {
  readonly sheet: Excel.Worksheet;
  readonly tableNames: readonly string[];
}

/** Add the new sheet (queued): hidden for an update's trial write, which no one needs to see. */
function addSheet(context: Excel.RequestContext, target: ChunkTarget): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(target.newName);
  if (target.trialFor !== undefined) sheet.visibility = "Hidden" as Excel.SheetVisibility;
  return sheet;
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
  watch: ChunkWatch,
): Promise<WrittenChunks> {
  const context = session.context;
  let sheet: Excel.Worksheet | undefined;
  const given: GivenTableNames = new Map();
  for (let i = 0; i < chunks.length; i += 1) {
    watch.signal?.throwIfAborted();
    const last = i === chunks.length - 1;
    if (!last) suspendCalculation(context);
    if (!sheet) sheet = addSheet(context, target);
    for (const segment of chunks[i]!.segments) queueSegment(sheet, segment, target.tableNames, given);
    if (last) {
      queueFinishing(sheet, model);
      if (target.names) queueNames(context.workbook, sheet, target.newName, model, target.names);
      if (chunks.length > 1) recalculateDirty(context);
    }
    await session.sync();
    watch.onProgress?.(i + 1, chunks.length);
    if (!last) await yieldToEventLoop();
  }
  const tableNames = (model.tables ?? []).map((table) => given.get(table)).filter((n): n is string => n !== undefined);
  return { sheet: sheet!, tableNames };
}

/** Write the chunks; on any failure remove the new sheet and say that nothing else was changed. */
export async function writeChunksOrRollBack(
  session: SyncCounter,
  model: SheetModel,
  chunks: readonly Chunk[],
  target: ChunkTarget,
  watch: ChunkWatch = {},
): Promise<WrittenChunks> {
  try {
    return await writeChunks(session, model, chunks, target, watch);
  } catch (error) {
    const trial = target.trialFor;
    const cleanup = await removeSheet(session, target.newName, trial === undefined ? "new sheet" : "trial copy");
    const untouched = trial === undefined ? "no existing sheet was changed" : `"${trial}" was not changed`;
    const message = watch.signal?.aborted
      ? `Cancelled: the sheet "${target.newName}" was not written. ${cleanup}; ${untouched}.`
      : trial === undefined
        ? `Could not write the sheet "${target.newName}": ${officeErrorText(error)}. ${cleanup}; ${untouched}.`
        : `Could not update the sheet "${trial}": ${officeErrorText(error)}. ${cleanup}; ${untouched}.`;
    throw new SheetWriteError(message, error);
  }
}

/** Let the task pane repaint and handle input between chunks. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
