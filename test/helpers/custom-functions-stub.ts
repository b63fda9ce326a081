/**
 * A CustomFunctions stub on globalThis, for unit tests that call src/functions/* directly (no
 * bundle). Import it before the module under test:
 *
 *   import { ErrorCode, expectExcelError } from "./custom-functions-stub";
 *
 * installCustomFunctionsStub() is idempotent and runs on import. CustomFunctions.Error is the
 * bundle harness's StubCustomFunctionsError, so `isExcelError` and `.code` work the same in unit
 * and bundle tests. expectExcelError(run, code, argument?) calls `run`, asserts it throws an Excel
 * error with that code (and, when given, a message naming `argument`) and returns the error.
 */
import { ErrorCode, isExcelError, StubCustomFunctionsError, type ErrorCodeValue } from "./bundle";

export { ErrorCode, isExcelError, StubCustomFunctionsError };

export function installCustomFunctionsStub(): void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (g.CustomFunctions !== undefined) return;
  g.CustomFunctions = {
    Error: StubCustomFunctionsError,
    ErrorCode: { ...ErrorCode },
    associate(): void {
      /* unit tests call the functions directly */
    },
  };
}

installCustomFunctionsStub();

export function expectExcelError(
  run: () => unknown,
  code: ErrorCodeValue,
  argument?: string,
): StubCustomFunctionsError {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    if (!isExcelError(error)) throw error;
    expect(error.code).toBe(code);
    if (argument !== undefined) expect(error.message).toContain(argument);
    return error;
  }
  throw new Error(`expected an Excel error ${code}, got ${JSON.stringify(result)}`);
}
