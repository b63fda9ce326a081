/**
 * The Excel error a RuleError becomes, as text: what a formula cell shows (for previews and
 * docs). Excel shows a custom message only on #VALUE! and #N/A, so those are the only two.
 */
import type { RuleErrorKind } from "../rules/errors";

const ERROR_TEXT: Readonly<Record<RuleErrorKind, string>> = { value: "#VALUE!", na: "#N/A" };

export function excelErrorText(kind: RuleErrorKind): string {
  return ERROR_TEXT[kind];
}
