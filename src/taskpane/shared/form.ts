/**
 * What the plan and statement forms do alike with their field views: fill them from values (a
 * sheet's, or the defaults), read them back, and show the problems a check found beside the
 * fields, the first one focused and announced.
 */
import type { FieldView } from "./fields";
import { formText } from "./fields";
import type { PaneEnv } from "./pane-env";

/** Fill every field from `values` (date fields' serials as dd/mm/yyyy) and clear its message. */
export function setFieldValues<Id extends string>(
  views: ReadonlyMap<Id, FieldView>,
  values: Readonly<Partial<Record<Id, unknown>>>,
  dateFields: ReadonlySet<Id>,
): void {
  for (const [id, view] of views) {
    view.set(formText(values[id], dateFields.has(id)));
    view.showProblem(undefined);
  }
}

/** Every field's raw value (the text typed, or a checkbox's state), by id. */
export function fieldValues<Id extends string>(views: ReadonlyMap<Id, FieldView>): Record<Id, unknown> {
  const raw = {} as Record<Id, unknown>;
  for (const [id, view] of views) raw[id] = view.raw();
  return raw;
}

/** Clear every field's message. */
export function clearProblems(views: ReadonlyMap<string, FieldView>): void {
  for (const view of views.values()) view.showProblem(undefined);
}

/**
 * Show each problem beside its field, put the focus on the first and announce how many fields
 * need attention with the first message.
 */
export function showProblems<Id extends string>(
  views: ReadonlyMap<Id, FieldView>,
  problems: readonly { readonly id: Id; readonly message: string }[],
  env: PaneEnv,
): void {
  for (const problem of problems) views.get(problem.id)!.showProblem(problem.message);
  views.get(problems[0]!.id)!.input.focus();
  env.announce(
    `${problems.length === 1 ? "One field needs" : `${problems.length} fields need`} attention: ${problems[0]!.message}`,
  );
}
