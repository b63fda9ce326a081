/**
 * The one error type the rules raise. It carries no Office types: the custom-functions
 * adapter turns it into a CustomFunctions.Error, the task pane shows its message beside a field.
 *
 * - "value": the argument has the wrong kind of content (text where a number belongs, an unknown code)
 * - "num":   the argument is a number outside what the rule allows
 * - "na":    the sources give no answer (an unpublished fee, a rule our sources do not give)
 */
export type RuleErrorKind = "value" | "num" | "na";

export class RuleError extends Error {
  readonly kind: RuleErrorKind;
  /** The argument (Excel parameter name) the message is about, when there is one. */
  readonly argument: string | undefined;

  constructor(kind: RuleErrorKind, message: string, argument?: string) {
    super(message);
    this.name = "RuleError";
    this.kind = kind;
    this.argument = argument;
  }
}

export function isRuleError(error: unknown): error is RuleError {
  return error instanceof RuleError;
}
