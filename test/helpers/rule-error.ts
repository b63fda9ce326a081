import { RuleError } from "../../src/rules/errors";

/** Run a rule expected to refuse its input and return the RuleError it threw; fail otherwise. */
export function ruleErrorOf(run: () => unknown): RuleError {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error("expected a RuleError, but nothing was thrown");
}
