/**
 * A progress bar (native <progress>, labelled) that appears only when an operation has run for
 * more than half a second, so quick writes do not flash it. With options it also says the counts
 * in words under the bar ("120 of 361 MB read"), tells screen-reader users how far it has got at
 * a calm rate (when it appears, then at most every few seconds, never on each update), and offers
 * Cancel.
 */
export const PROGRESS_DELAY_MS = 500;
/** Screen readers hear how far a long operation has got at most this often. */
export const ANNOUNCE_EVERY_MS = 5000;

export interface ProgressView {
  update(done: number, total: number): void;
  /** A new step of the same operation: the label changes ("Writing the summary sheet"). */
  step(label: string): void;
  finish(): void;
}

export interface ProgressOptions {
  /** The counts in words, shown under the bar: "120 of 361 MB read". */
  readonly describe?: (done: number, total: number) => string;
  /** Offers Cancel; called once when the user presses it. */
  readonly cancel?: () => void;
  /** A polite live region (the pane's env.announce): how far it has got, at a calm rate. */
  readonly announce?: (message: string) => void;
}

export function startProgress(container: HTMLElement, label: string, options: ProgressOptions = {}): ProgressView {
  const doc = container.ownerDocument;
  const wrapper = doc.createElement("div");
  wrapper.className = "progress";
  wrapper.hidden = true;
  const id = `progress-${Math.random().toString(36).slice(2, 8)}`;
  const text = doc.createElement("label");
  text.htmlFor = id;
  text.textContent = label;
  const bar = doc.createElement("progress");
  bar.id = id;
  bar.max = 1;
  bar.value = 0;
  wrapper.append(text, bar);
  const counts = doc.createElement("p");
  counts.className = "progress-counts";
  if (options.describe) {
    counts.id = `${id}-counts`;
    bar.setAttribute("aria-describedby", counts.id);
    wrapper.append(counts);
  }
  if (options.cancel) {
    const cancel = doc.createElement("button");
    cancel.type = "button";
    cancel.textContent = "Cancel";
    cancel.addEventListener("click", () => {
      cancel.disabled = true;
      options.cancel!();
    });
    wrapper.append(cancel);
  }
  container.append(wrapper);
  let lastSaid = -Infinity;
  let current = { done: 0, total: 1 };
  const say = (force: boolean): void => {
    if (!options.announce || wrapper.hidden || (!force && Date.now() - lastSaid < ANNOUNCE_EVERY_MS)) return;
    lastSaid = Date.now();
    const { done, total } = current;
    const words = options.describe?.(done, total) ?? `${Math.floor((100 * done) / Math.max(total, 1))}%`;
    options.announce(`${text.textContent}: ${words}`);
  };
  const timer = setTimeout(() => {
    wrapper.hidden = false;
    say(true);
  }, PROGRESS_DELAY_MS);
  return {
    update(done, total) {
      current = { done, total };
      bar.max = Math.max(total, 1);
      bar.value = Math.min(done, bar.max);
      if (options.describe) counts.textContent = options.describe(done, total);
      say(false);
    },
    step(next) {
      text.textContent = next;
      say(false);
    },
    finish() {
      clearTimeout(timer);
      wrapper.remove();
    },
  };
}
