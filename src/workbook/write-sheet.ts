/**
 * The one generic writer of a SheetModel to a NEW worksheet (the plan, the statement, the levy
 * forecast, the district summary; an update rewrites its sheet in place instead: update-sheet.ts).
 * It:
 * - asks Excel once for the sheet, table and workbook names in use, then picks a free, valid name;
 * - sends the cells in chunks sized so that no request exceeds `maxPayloadBytes` of JSON
 *   (Excel on the web rejects requests over 5 MB; the default budget is 4,000,000 bytes);
 * - syncs once per chunk, never once per row: a small model takes 3 syncs (the names, its one
 *   chunk, then the print setup with the sheet activated and its header rows frozen);
 * - suspends calculation while writing every chunk but the last, which also asks Excel to
 *   recalculate what is dirty (Microsoft's reference leaves the re-calc after a suspension to the
 *   add-in);
 * - writes the tables first, each made (under a free name) right after its cells, then the blocks,
 *   so a block's formula may name a table (`keepTableNames` refuses a taken name instead);
 * - writes user text as text: a string starting with = + - @ (or looking like a number) gets
 *   Excel's leading-apostrophe text prefix, so it never becomes a formula;
 * - on any failure deletes the new sheet and rethrows a readable SheetWriteError.
 *
 * Every Office.js call here and in the steps is within the manifest's floor, ExcelApi 1.9. This
 * module holds the options, the result and the order of the steps; each step is its own module:
 * `chunk-plan.ts` (chunking, with `excel-input.ts`: the cells as Excel input), `sheet-naming.ts`
 * (the names in use), `write-chunks.ts` (writing with rollback), `sheet-finishing.ts` (styles,
 * charts, widths, drop-downs; the print setup, activation and frozen rows) and `write-session.ts`
 * (the syncs, the error and the clean-up they share).
 */
import type { SheetModel } from "../sheets/sheet-model";
import { freeSheetName } from "../sheets/sheet-names";
import { DEFAULT_MAX_PAYLOAD_BYTES, planChunks, type Chunk } from "./chunk-plan";
import { showSheet, type PageLayoutOutcome } from "./sheet-finishing";
import { checkTableNamesFree, readWorkbookNames } from "./sheet-naming";
import { writeChunksOrRollBack } from "./write-chunks";
import { officeErrorText, SheetWriteError, SyncCounter } from "./write-session";

/** What a tab's own writer takes: progress. */
export interface TabWriteOptions {
  /** Called with (chunks written, total chunks): 0 before the first write, then after each chunk. */
  onProgress?(done: number, total: number): void;
  /** Cancel: checked before each chunk; a cancelled write removes its new sheet, like a failed one. */
  signal?: AbortSignal;
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

export interface WriteSheetResult extends PageLayoutOutcome {
  readonly sheetName: string;
  /** context.sync() calls made, all included. */
  readonly syncs: number;
  /** Chunks of cells written (one sync each). */
  readonly chunks: number;
  /** The names the model's tables were given, in the model's order (a name in use gets a suffix: "Survey_2"). */
  readonly tableNames: readonly string[];
  /** Estimated JSON payload of each chunk's request, in bytes. */
  readonly payloadBytes: readonly number[];
}

/** The model as chunks of range writes; a model that cannot be sent is refused before anything is written. */
export function prepareChunks(model: SheetModel, budget: number): Chunk[] {
  try {
    return planChunks(model, budget);
  } catch (error) {
    throw new SheetWriteError(
      `Could not prepare the sheet "${model.title}": ${officeErrorText(error)}. Nothing was written.`,
      error,
    );
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
  const chunks = prepareChunks(model, options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES);
  options.onProgress?.(0, chunks.length);
  const session = new SyncCounter(context);
  const names = await readWorkbookNames(session);
  if (options.keepTableNames) checkTableNamesFree(model, names);
  const sheetName = freeSheetName(model.title, names.sheetNames);
  const target = {
    newName: sheetName,
    tableNames: names.tableNames,
    names: { workbook: names.workbookNames, sheet: [] },
  };
  const { sheet, tableNames } = await writeChunksOrRollBack(session, model, chunks, target, {
    onProgress: options.onProgress,
    signal: options.signal,
  });
  const shown = await showSheet(session, sheet, model, options.activate !== false);
  const payloadBytes = chunks.map((c) => c.bytes);
  return { sheetName, chunks: chunks.length, tableNames, payloadBytes, syncs: session.syncs, ...shown };
}
