/**
 * The one error type the rules (and the value-coercion layer) raise. It carries no Office types
 * and names no surface: it keeps the field it is about as a key (the custom function's argument
 * name, e.g. "start_date"), the value and what is allowed, and a message whose field names are
 * left as references. Each surface renders the message with its own names for the fields:
 *
 * - the custom functions name the Excel argument ("start_date"),
 * - the task pane names the field's label ("Start date"),
 * - the district summary names the column header as the user's table spells it ("SEN Support"),
 * - the register check names the cell ("C14").
 *
 * Kinds (and the Excel error each becomes; Excel shows a custom message only on these two):
 * - "value": the input is wrong: text where a number belongs, a number out of range, an unknown code (#VALUE!)
 * - "na":    the sources give no answer (an unpublished fee, a rule the sources do not give) (#N/A)
 */
export type RuleErrorKind = "value" | "na";

/** Where a field's name goes in a message; `cell` locates one cell of a range field (zero-based). */
export class FieldRef {
  constructor(
    readonly key: string,
    readonly cell?: { readonly row: number; readonly col: number },
  ) {}
}

export type MessagePart = string | FieldRef;

/** A surface's name for a field (or one cell of a range field). */
export type FieldNamer = (ref: FieldRef) => string;

/** The custom functions' names: the argument, and for a cell of a range its position in the range. */
export const argumentName: FieldNamer = (ref) =>
  ref.cell ? `${ref.key} row ${ref.cell.row + 1}, column ${ref.cell.col + 1} of the range` : ref.key;

/** A reference to a field, for use inside `say`. */
export function field(key: string, cell?: { row: number; col: number }): FieldRef {
  return new FieldRef(key, cell);
}

/**
 * A message as parts: `say\`${field("start_date")} must be a date; it was ${shown}.\``. Plain
 * values become text once, here, so a value that looks like a field name stays text.
 */
export function say(strings: TemplateStringsArray, ...values: unknown[]): MessagePart[] {
  const parts: MessagePart[] = [];
  for (let i = 0; i < strings.length; i++) {
    if (strings[i] !== "") parts.push(strings[i] as string);
    if (i < values.length) {
      const value = values[i];
      parts.push(value instanceof FieldRef ? value : String(value));
    }
  }
  return parts;
}

export interface RuleErrorDetails {
  /** The value the user gave, as it arrived (for a surface that wants to show or highlight it). */
  readonly value?: unknown;
  /** What is allowed, in words ("a whole number of 0 or more"). */
  readonly allowed?: string;
}

export class RuleError extends Error {
  readonly kind: RuleErrorKind;
  /** The message with its field names left as references. */
  readonly parts: readonly MessagePart[];
  /** The field the message is about (its key, e.g. "start_date"): the first field it names. */
  readonly field: string | undefined;
  /** The cell of a range field the message is about, when there is one. */
  readonly cell: { readonly row: number; readonly col: number } | undefined;
  readonly value: unknown;
  readonly allowed: string | undefined;

  constructor(kind: RuleErrorKind, parts: readonly MessagePart[] | string, details: RuleErrorDetails = {}) {
    const list = typeof parts === "string" ? [parts] : parts;
    super(renderParts(list, argumentName));
    this.name = "RuleError";
    this.kind = kind;
    this.parts = list;
    const first = list.find((part): part is FieldRef => part instanceof FieldRef);
    this.field = first && first.key;
    this.cell = first && first.cell;
    this.value = details.value;
    this.allowed = details.allowed;
  }

  /** The message with each field named as a surface names it. `message` is the custom functions' rendering. */
  render(name: FieldNamer): string {
    return renderParts(this.parts, name);
  }
}

/** A RuleError of kind "value": the input is wrong (#VALUE! in Excel). */
export const inputError = (parts: readonly MessagePart[] | string, details?: RuleErrorDetails): RuleError =>
  new RuleError("value", parts, details);

/** A RuleError of kind "na": the sources give no answer (#N/A in Excel). */
export const noAnswerError = (parts: readonly MessagePart[] | string, details?: RuleErrorDetails): RuleError =>
  new RuleError("na", parts, details);

function renderParts(parts: readonly MessagePart[], name: FieldNamer): string {
  let text = "";
  for (const part of parts) text += typeof part === "string" ? part : name(part);
  return text;
}

export function isRuleError(error: unknown): error is RuleError {
  return error instanceof RuleError;
}

/**
 * The same error about one cell of a range argument: its first field becomes `key`'s cell, and
 * that field's own name follows in brackets, so a column's check is written once:
 * "apprentices row 3, column 2 of the range (price the levy pays) must be ...".
 */
export function inCell(error: RuleError, key: string, cell: { row: number; col: number }): RuleError {
  const parts: MessagePart[] = [];
  let done = false;
  for (const part of error.parts) {
    if (part instanceof FieldRef && !done) {
      parts.push(new FieldRef(key, cell), ` (${part.key})`);
      done = true;
    } else parts.push(part);
  }
  return new RuleError(error.kind, parts, { value: error.value, allowed: error.allowed });
}

/**
 * Run `check` on row `row` of range argument `key`: a RuleError about one of `columns` (a field
 * named as the column is) becomes an error about that cell (inCell); others pass unchanged.
 */
export function inRow<T>(key: string, columns: readonly string[], row: number, check: () => T): T {
  try {
    return check();
  } catch (error) {
    const col = isRuleError(error) ? columns.indexOf(error.field as string) : -1;
    throw col < 0 ? error : inCell(error as RuleError, key, { row, col });
  }
}
