/**
 * A long piece of the District tab's work (reading a file, reading the selected table, building
 * the summary): the tab busy while it runs, one progress bar whose label and counts follow its
 * steps, how far it has got told to screen-reader users at a calm rate, and Cancel, which stops
 * it at the next step or slice; the caller puts back whatever it had done.
 */
import type { ProgressView } from "../shared/progress";
import { whileBusy, withProgress } from "../shared/steps";
import type { DistrictTab } from "./district-state";

/** The running work: its bar, the signal Cancel raises, and its steps. */
export interface Run {
  readonly progress: ProgressView;
  readonly signal: AbortSignal;
  /** A new step: its label, and the counts under the bar in words. */
  step(label: string, describe: (done: number, total: number) => string): void;
}

/** How it ended: done, cancelled, or failed with an error. */
export type Ended = { readonly cancelled: boolean; readonly error?: unknown };

export async function longWork(tab: DistrictTab, label: string, work: (run: Run) => Promise<void>): Promise<Ended> {
  const controller = new AbortController();
  let describe = (_done: number, _total: number): string => "";
  let ended: Ended = { cancelled: false };
  await whileBusy(tab, async () => {
    try {
      await withProgress(
        tab.panel,
        label,
        (progress) =>
          work({
            progress,
            signal: controller.signal,
            step(next, words) {
              describe = words;
              progress.step(next);
              progress.update(0, 1);
            },
          }),
        { describe: (d, t) => describe(d, t), cancel: () => controller.abort(), announce: tab.env.announce },
      );
    } catch (error) {
      ended = controller.signal.aborted ? { cancelled: true } : { cancelled: false, error };
    }
  });
  return ended;
}
