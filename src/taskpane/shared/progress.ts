/**
 * A progress bar (native <progress>, labelled) that appears only when an operation has run for
 * more than half a second, so quick writes do not flash it.
 */
export const PROGRESS_DELAY_MS = 500;

export interface ProgressView {
  update(done: number, total: number): void;
  finish(): void;
}

export function startProgress(container: HTMLElement, label: string): ProgressView {
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
  container.append(wrapper);
  const timer = setTimeout(() => {
    wrapper.hidden = false;
  }, PROGRESS_DELAY_MS);
  return {
    update(done, total) {
      bar.max = Math.max(total, 1);
      bar.value = Math.min(done, bar.max);
    },
    finish() {
      clearTimeout(timer);
      wrapper.remove();
    },
  };
}
