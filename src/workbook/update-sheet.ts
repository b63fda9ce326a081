/**
 * Update plan and Update statement: the new content written into the SAME sheet, so the sheet, its
 * place, its name, its tables' names, the links users made to its cells and every cell the model
 * does not own stay as they are. Never a delete and rename: deleting a sheet turns every reference
 * to it into #REF!, and renaming another sheet does not bring them back. The steps:
 *
 * 1. Read the sheet as it is (sheet-snapshot.ts, 2 syncs) and work out the update
 *    (in-place-update.ts): the rows to line up, what the user typed that it would write over or
 *    remove (the tab names these before the user confirms: previewSheetUpdate; here the update
 *    stops if any was not confirmed), the old cells to empty, the tables to keep.
 * 2. Build and check: write the model to a hidden trial copy (write-chunks.ts, 1 sync), so a model
 *    Excel refuses fails there; the trial copy is removed and the sheet is not changed.
 * 3. Line the rows up: whole rows inserted or deleted, Excel moving everything below and every
 *    link and name with them (1 sync, only when the layout differs).
 * 4. Write the cells in place, the trial copy deleted in the same request (1 sync). If this fails,
 *    the cells it touched are written back as they were read (1 more sync).
 * 5. The print setup, then the sheet activated and its header rows frozen (sheet-finishing.ts, 1 sync).
 *
 * 5 syncs for an update whose rows already line up, 6 when they move (a new sheet takes 3).
 */
import type { SheetModel } from "../sheets/sheet-model";
import { freeSheetName } from "../sheets/sheet-names";
import { DEFAULT_MAX_PAYLOAD_BYTES, type Chunk } from "./chunk-plan";
import { modelsExtent, planInPlaceUpdate, type InPlaceUpdate } from "./in-place-update";
import { showSheet } from "./sheet-finishing";
import { readSnapshot, type SheetSnapshot } from "./sheet-snapshot";
import type { UpdateConflict } from "./update-check";
import { writeChunksOrRollBack } from "./write-chunks";
import { queueInPlaceWrite, queueRestore, queueRowOps, type InPlaceTarget } from "./write-in-place";
import { officeErrorText, removeSheet, SheetWriteError, SyncCounter } from "./write-session";
import { prepareChunks, type TabWriteOptions, type WriteSheetResult } from "./write-sheet";

export interface SheetUpdatePreview {
  readonly sheetName: string;
  /** What the user typed on the sheet that the update would write over or remove, in the sheet's order. */
  readonly conflicts: readonly UpdateConflict[];
}

export interface UpdateOptions extends TabWriteOptions {
  /** The model the sheet holds now (rebuilt from the inputs on it): what the add-in wrote there. */
  readonly previous?: SheetModel;
  /** The addresses of the conflicts the user confirmed (previewSheetUpdate): any other stops the update. */
  readonly confirmed?: readonly string[];
}

async function readAndPlan(
  session: SyncCounter,
  sheetName: string,
  model: SheetModel,
  previous: SheetModel | undefined,
): Promise<{ snapshot: SheetSnapshot; update: InPlaceUpdate }> {
  const snapshot = await readSnapshot(session, sheetName, modelsExtent(model, previous));
  return { snapshot, update: planInPlaceUpdate(snapshot, model, previous) };
}

/** What updating `sheetName` to `model` would write over or remove of what the user typed (2 syncs, nothing written). */
export async function previewSheetUpdate(
  context: Excel.RequestContext,
  sheetName: string,
  model: SheetModel,
  previous?: SheetModel,
): Promise<SheetUpdatePreview> {
  const { snapshot, update } = await readAndPlan(new SyncCounter(context), sheetName, model, previous);
  return { sheetName: snapshot.sheetName, conflicts: update.check.conflicts };
}

/** Stop before writing anything when the sheet holds typed content the user did not confirm losing. */
function checkConfirmed(sheetName: string, update: InPlaceUpdate, confirmed: readonly string[] = []): void {
  const unconfirmed = update.check.conflicts.filter((c) => !confirmed.includes(c.address));
  if (unconfirmed.length === 0) return;
  throw new SheetWriteError(
    `The sheet "${sheetName}" has changed since you chose to update it (${unconfirmed.map((c) => c.address).join(", ")}): nothing was written. Choose Update again to see what it would change.`,
    undefined,
  );
}

/** The model in the one request an update in place writes. */
function oneChunk(model: SheetModel, sheetName: string): Chunk {
  const chunks = prepareChunks(model, DEFAULT_MAX_PAYLOAD_BYTES);
  if (chunks.length !== 1) {
    throw new SheetWriteError(
      `The sheet "${sheetName}" is too large to update in one request. Nothing was written.`,
      undefined,
    );
  }
  return chunks[0]!;
}

/** Step 2: the trial copy, hidden; a failure removes it and leaves the sheet as it was. */
async function writeTrial(session: SyncCounter, target: InPlaceTarget, onProgress: TabWriteOptions["onProgress"]) {
  const trialName = freeSheetName(`${target.sheetName} (update)`, target.snapshot.sheetNames);
  const tableNames = [...target.snapshot.tableNames];
  const trial = { newName: trialName, tableNames, trialFor: target.sheetName };
  await writeChunksOrRollBack(session, target.model, [target.chunk], trial, { onProgress });
  return trialName;
}

/** Step 3: line the rows up (own request). */
async function lineUpRows(session: SyncCounter, target: InPlaceTarget, trialName: string): Promise<void> {
  const ops = target.update.alignment.ops;
  if (ops.length === 0) return;
  try {
    queueRowOps(session.context.workbook.worksheets.getItem(target.sheetName), ops);
    await session.sync();
  } catch (error) {
    const cleanup = await removeSheet(session, trialName, "trial copy");
    throw new SheetWriteError(
      `Could not update the sheet "${target.sheetName}": moving its rows failed (${officeErrorText(error)}). ${cleanup}; nothing was written, though some rows may have moved with their cells.`,
      error,
    );
  }
}

/** Step 4: the cells in place, the trial copy deleted with them; on failure, the cells put back as read. */
async function writeInPlace(
  session: SyncCounter,
  target: InPlaceTarget,
  trialName: string,
): Promise<readonly string[]> {
  try {
    session.context.workbook.worksheets.getItem(trialName).delete();
    const given = queueInPlaceWrite(session.context, target);
    await session.sync();
    return (target.model.tables ?? []).map((t) => given.get(t)!);
  } catch (error) {
    let restored = "its cells were put back as they were";
    try {
      queueRestore(session.context, target);
      await session.sync();
    } catch (restoreError) {
      restored = `putting its cells back failed too (${officeErrorText(restoreError)}): check the sheet`;
    }
    const cleanup = await removeSheet(session, trialName, "trial copy");
    throw new SheetWriteError(
      `Could not update the sheet "${target.sheetName}": ${officeErrorText(error)}. ${restored}. ${cleanup}.`,
      error,
    );
  }
}

/** Update `sheetName` to `model` in place (see the steps above). */
export async function updateSheetInPlace(
  context: Excel.RequestContext,
  sheetName: string,
  model: SheetModel,
  options: UpdateOptions = {},
): Promise<WriteSheetResult> {
  const chunk = oneChunk(model, sheetName);
  options.onProgress?.(0, 1);
  const session = new SyncCounter(context);
  const { snapshot, update } = await readAndPlan(session, sheetName, model, options.previous);
  checkConfirmed(snapshot.sheetName, update, options.confirmed);
  const target: InPlaceTarget = { sheetName: snapshot.sheetName, model, chunk, update, snapshot };
  const trialName = await writeTrial(session, target, undefined);
  await lineUpRows(session, target, trialName);
  const tableNames = await writeInPlace(session, target, trialName);
  options.onProgress?.(1, 1);
  const sheet = context.workbook.worksheets.getItem(snapshot.sheetName);
  const shown = await showSheet(session, sheet, model, true);
  return {
    sheetName: snapshot.sheetName,
    chunks: 1,
    tableNames,
    payloadBytes: [chunk.bytes],
    syncs: session.syncs,
    ...shown,
  };
}
