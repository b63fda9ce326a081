/**
 * What every step of a sheet write shares: the request context with the syncs made through it, the
 * error a failed write rejects with (its message fit to show the user), Excel's error in words, and
 * removing a new sheet (or an update's trial copy) again when a write fails.
 */

/** A failed write, with a message fit to show the user. */
export class SheetWriteError extends Error {
  override readonly cause: unknown;
  constructor(message: string, cause: unknown) {
    super(message);
    this.name = "SheetWriteError";
    this.cause = cause;
  }
}

/** An Office.js error in words: its message, and its code when the message does not say it. */
export function officeErrorText(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { message?: unknown; code?: unknown };
    const message =
      typeof e.message === "string" && e.message.trim() !== "" ? e.message.trim() : "Excel reported an error";
    const code = typeof e.code === "string" && e.code !== "" && !message.includes(e.code) ? ` (${e.code})` : "";
    return `${message}${code}`;
  }
  return String(error);
}

/** One write's request context and the syncs it has made (every step syncs through it). */
export class SyncCounter {
  syncs = 0;
  constructor(readonly context: Excel.RequestContext) {}

  async sync(): Promise<void> {
    this.syncs += 1;
    await this.context.sync();
  }
}

/** Delete the sheet `name` if it is there (rolling back a failed write); says what became of `what`. */
export async function removeSheet(session: SyncCounter, name: string, what = "new sheet"): Promise<string> {
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
    return `The ${what} was removed`;
  } catch (cleanupError) {
    return `The ${what} "${name}" could not be removed (${officeErrorText(cleanupError)}); delete it by hand`;
  }
}
