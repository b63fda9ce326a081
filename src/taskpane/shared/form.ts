/**
 * What the forms do alike with their field views: fill them from values (a sheet's, or the
 * defaults; the plan and statement forms show a sheet's figures as people type them), read them back, and show the problems a check found beside the
 * fields, the first one focused and announced.
 */
import type { FieldView } from "./fields";
import { formText } from "./fields";
import type { PaneEnv } from "./pane-env";

/** Fill every field from `values`, each shown as `shown` gives it, and clear its message. */
export function fillFields<Id extends string>(
  views: ReadonlyMap<Id, FieldView>,
  values: Readonly<Partial<Record<Id, unknown>>>,
  shown: (id: Id, value: unknown) => string | boolean,
): void {
  for (const [id, view] of views) {
    view.set(shown(id, values[id]));
    view.showProblem(undefined);
  }
}

/** Fill every field from `values` (date fields' serials as dd/mm/yyyy) and clear its message. */
export function setFieldValues<Id extends string>(
  views: ReadonlyMap<Id, FieldView>,
  values: Readonly<Partial<Record<Id, unknown>>>,
  dateFields: ReadonlySet<Id>,
): void {
  fillFields(views, values, (id, value) => formText(value, dateFields.has(id)));
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
 * Show each problem beside its field, put the focus on the first invalid field in the form's
 * order (not the order the fields were checked in) and announce how many fields need attention
 * with that field's message.
 */
export function showProblems<Id extends string>(
  views: ReadonlyMap<Id, FieldView>,
  problems: readonly { readonly id: Id; readonly message: string }[],
  env: PaneEnv,
): void {
  for (const problem of problems) views.get(problem.id)!.showProblem(problem.message);
  const first = [...problems].sort((a, b) => formOrder(views.get(a.id)!, views.get(b.id)!))[0]!;
  views.get(first.id)!.input.focus();
  env.announce(
    `${problems.length === 1 ? "One field needs" : `${problems.length} fields need`} attention: ${first.message}`,
  );
}

/** Negative when `a`'s input comes before `b`'s in the page. */
function formOrder(a: FieldView, b: FieldView): number {
  if (a === b) return 0;
  return a.input.compareDocumentPosition(b.input) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
