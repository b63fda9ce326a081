/**
 * How a tab's action runs a step that may take a while or fail: a progress bar while it runs
 * (shown only after half a second), and the failure in the pane's alert region in readable words.
 */
import { readableError, type PaneEnv } from "./pane-env";
import { startProgress, type ProgressOptions, type ProgressView } from "./progress";

/**
 * Run `work` with a progress bar labelled `label` at the end of `container`, removed when it
 * ends; `options` add the counts in words, calm announcements and Cancel (progress.ts).
 */
export async function withProgress<T>(
  container: HTMLElement,
  label: string,
  work: (progress: ProgressView) => Promise<T>,
  options?: ProgressOptions,
): Promise<T> {
  const progress = startProgress(container, label, options);
  try {
    return await work(progress);
  } finally {
    progress.finish();
  }
}

/**
 * Run `work`; when it throws, show the error (after `failure`, e.g. "Could not read the file: ")
 * and resolve undefined.
 */
export async function orShowError<T>(env: PaneEnv, failure: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    env.showError(`${failure}${readableError(error)}`);
    return undefined;
  }
}

/**
 * Run `work` with `tab.busy` true until it ends: a tab's action returns at once while its tab is
 * busy, so a second click during a read, a confirmation or a write does nothing.
 */
export async function whileBusy(tab: { busy: boolean }, work: () => Promise<void>): Promise<void> {
  tab.busy = true;
  try {
    await work();
  } finally {
    tab.busy = false;
  }
}
