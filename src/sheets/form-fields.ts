/**
 * Checking a form's fields: each field coerces its raw value with a coercer from src/values, and a
 * RuleError becomes a message that names the field by its label (the form's FieldNamer). Shared by
 * the plan and SENCO time statement forms, so both report problems the same way.
 */
import { RuleError, type FieldNamer } from "../rules/errors";

/** A form field that coerces its raw value (throwing a RuleError when it cannot). */
export interface CoercingField<Id extends string> {
  readonly id: Id;
  coerce(raw: unknown): unknown;
}

export interface FormProblem<Id extends string> {
  readonly id: Id;
  readonly message: string;
}

/** The problem with one field's raw value, named as the form names its fields, or undefined when fine. */
export function formFieldProblem(field: CoercingField<string>, raw: unknown, name: FieldNamer): string | undefined {
  try {
    field.coerce(raw);
    return undefined;
  } catch (error) {
    if (error instanceof RuleError) return error.render(name);
    throw error;
  }
}

/** Coerce every field's raw value: the values by id, or every problem found. */
export function coerceFormFields<Id extends string>(
  fields: readonly CoercingField<Id>[],
  raw: Readonly<Partial<Record<Id, unknown>>>,
  name: FieldNamer,
): { ok: true; values: Partial<Record<Id, unknown>> } | { ok: false; problems: FormProblem<Id>[] } {
  const problems: FormProblem<Id>[] = [];
  const values: Partial<Record<Id, unknown>> = {};
  for (const field of fields) {
    try {
      values[field.id] = field.coerce(raw[field.id]);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      problems.push({ id: field.id, message: error.render(name) });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}
