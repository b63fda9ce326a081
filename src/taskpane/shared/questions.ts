/**
 * A value above its published range (pupil mobility above 80%) is asked about before it is used:
 * one dialog a value, saying the range and its source and what happens if it is used. A value the
 * user confirmed is not asked about again while it stays as typed; one they did not is left
 * beside its field as a warning, with the focus on it.
 */
import type { FieldView } from "./fields";
import type { PaneEnv } from "./pane-env";

/** A value to confirm: the field, what was typed, and the question in the tab's words. */
export interface Question {
  readonly id: string;
  readonly raw: unknown;
  readonly message: string;
}

/** The values the user confirmed, as "id=typed text". */
export type Confirmed = Set<string>;

function confirmedKey(question: Question): string {
  return `${question.id}=${String(question.raw).trim()}`;
}

/** True when every question is answered yes (now or before); false after the first no, its field warned and focused. */
export async function confirmQuestions(
  env: PaneEnv,
  questions: readonly Question[],
  confirmed: Confirmed,
  views: ReadonlyMap<string, FieldView>,
  note: string,
): Promise<boolean> {
  for (const question of questions) {
    const key = confirmedKey(question);
    if (confirmed.has(key)) continue;
    const typed = String(question.raw).trim();
    const ok = await env.confirm({
      title: `Use ${typed}?`,
      message: `${question.message} ${note}`,
      confirmLabel: `Use ${typed}`,
      cancelLabel: "Change it",
    });
    if (!ok) {
      const view = views.get(question.id);
      view?.showWarning(question.message);
      view?.input.focus();
      env.announce(`Not used: ${question.message}`);
      return false;
    }
    confirmed.add(key);
  }
  return true;
}

/** Take `raw` as confirmed for the field `id` (the user confirmed it elsewhere in the pane). */
export function markConfirmed(confirmed: Confirmed, id: string, raw: unknown): void {
  confirmed.add(confirmedKey({ id, raw, message: "" }));
}

/** True when `question`'s value was confirmed before (and is still as typed). */
export function wasConfirmed(confirmed: Confirmed, question: Question): boolean {
  return confirmed.has(confirmedKey(question));
}

/**
 * A pupil mobility typed as 1 (Excel's 100%, refused): ask "Use 1%?". Yes puts 1% in the field and
 * goes on; no leaves the field's problem beside it, focused. `message` is the field's own problem.
 */
export async function confirmOnePercent(env: PaneEnv, view: FieldView, message: string): Promise<boolean> {
  const ok = await env.confirm({
    title: "Use 1%?",
    message,
    confirmLabel: "Use 1%",
    cancelLabel: "Change it",
  });
  if (ok) {
    view.set("1%");
    view.showProblem(undefined);
    env.announce("Pupil mobility is now 1%.");
    return true;
  }
  view.showProblem(message);
  view.input.focus();
  return false;
}
