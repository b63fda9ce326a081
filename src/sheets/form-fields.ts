/**
 * A form's fields and how they are checked: each field coerces its raw value with a coercer from
 * src/values (the SEND.* argument's own, so its messages read as Excel's), and a RuleError becomes
 * a message that names the field by its label (the form's FieldNamer). Shared by the plan, SENCO
 * time statement and Levy forms, so all make their fields and report problems the same way.
 */
import { RuleError, type FieldNamer } from "../rules/errors";
import type { Coercer } from "../values/coerce";
import { typedText } from "./number-format";

/** A form field that coerces its raw value (throwing a RuleError when it cannot). */
export interface CoercingField<Id extends string> {
  readonly id: Id;
  coerce(raw: unknown): unknown;
}

/** A form field as the pane shows it: its label, a text box or a checkbox, and the argument its messages name. */
export interface LabelledField<Id extends string> extends CoercingField<Id> {
  /** The visible label, which names the field in its messages. */
  readonly label: string;
  readonly kind: "text" | "checkbox";
  readonly optional: boolean;
  /** Help shown under the field. */
  readonly hint?: string;
  /** The argument its messages name (a RuleError's `field`), e.g. "start_date". */
  readonly argument: string;
  /**
   * For a field whose value may lie above its published range (pupil mobility above 80%): the
   * question to ask before using `raw`, or undefined when there is none to ask.
   */
  readonly implausible?: (raw: unknown) => RuleError | undefined;
}

export interface LabelledFieldOptions {
  readonly hint?: string;
  /** A text box unless said. */
  readonly kind?: "text" | "checkbox";
}

/** A field that goes through `coercer`: optional when the coercer is, its messages naming the coercer's argument. */
export function labelledField<Id extends string>(
  id: Id,
  label: string,
  coercer: Coercer<unknown>,
  options: LabelledFieldOptions = {},
): LabelledField<Id> {
  return {
    id,
    label,
    kind: options.kind ?? "text",
    optional: coercer.optional,
    hint: options.hint,
    argument: coercer.name,
    coerce: (raw) => coercer.coerce(raw),
    ...(coercer.implausible ? { implausible: (raw: unknown) => coercer.implausible!(raw) } : {}),
  };
}

/** A value to confirm before it is used: the field and the question, in the form's words. */
export interface FormQuestion<Id extends string> {
  readonly id: Id;
  readonly raw: unknown;
  readonly message: string;
}

/** The questions to ask about the form's values (values above their published range), named as the form names its fields. */
export function formQuestions<Id extends string>(
  fields: readonly LabelledField<Id>[],
  raw: Readonly<Partial<Record<Id, unknown>>>,
  name: FieldNamer,
): FormQuestion<Id>[] {
  const questions: FormQuestion<Id>[] = [];
  for (const field of fields) {
    const question = field.implausible ? field.implausible(raw[field.id]) : undefined;
    if (question) questions.push({ id: field.id, raw: raw[field.id], message: question.render(name) });
  }
  return questions;
}

/** A form's names for its fields in messages: each argument named by its field's label. */
export function fieldLabels(fields: readonly LabelledField<string>[]): FieldNamer {
  return (ref) => fields.find((f) => f.argument === ref.key)?.label ?? ref.key;
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

/** A field whose value sits in a sheet cell of a number format (the plan's and the statement's). */
export interface SheetField<Id extends string> extends LabelledField<Id> {
  readonly cellFormat: string | null;
}

/**
 * A value read back from a sheet as the field shows it: a checkbox ticked for what its coercer
 * reads as yes (TRUE, or text the coercer takes), anything else as people type it (typedText:
 * "£9,000", "18%", "01/09/2026").
 */
export function formValue(field: SheetField<string>, value: unknown): string | boolean {
  if (field.kind === "checkbox") {
    try {
      return field.coerce(value) === true;
    } catch {
      return false;
    }
  }
  return typedText(value, field.cellFormat);
}

/** A field whose value on the sheet differs from the form's (an update asks before replacing it). */
export interface DifferingInput<F> {
  readonly field: F;
  readonly sheet: unknown;
  readonly form: unknown;
}

/** A raw value as compared: through the field's own coercion, or as typed when the field refuses it. */
function comparable(field: CoercingField<string>, raw: unknown): unknown {
  try {
    return field.coerce(raw);
  } catch {
    return typeof raw === "string" ? raw.trim() : raw;
  }
}

/**
 * The inputs the user changed on the sheet itself since the form was filled: compared by value
 * after each field's own coercion, so "£18,000" in the form and 18000 on the sheet agree.
 */
export function inputsThatDiffer<F extends CoercingField<string>>(
  fields: readonly F[],
  sheetRaw: Readonly<Partial<Record<F["id"], unknown>>>,
  formRaw: Readonly<Partial<Record<F["id"], unknown>>>,
): DifferingInput<F>[] {
  const differing: DifferingInput<F>[] = [];
  for (const field of fields) {
    const id: F["id"] = field.id;
    const sheet = comparable(field, sheetRaw[id]);
    const form = comparable(field, formRaw[id]);
    if (sheet !== form) differing.push({ field, sheet: sheetRaw[id], form: formRaw[id] });
  }
  return differing;
}
