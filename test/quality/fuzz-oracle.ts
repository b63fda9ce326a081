/**
 * The fuzz oracle: what every call of a custom function may do, whatever Excel hands it.
 * - return a finite number or a string (a scalar function; a number when the metadata says so), or
 * - return a non-empty rectangular 2-D array of finite numbers and strings (a spilling function), or
 * - throw the runtime's CustomFunctions.Error with #VALUE! or #N/A (the two codes whose message
 *   Excel shows: CustomFunctions.ErrorCode reference) and a non-empty message that names one of
 *   the function's parameters (as the metadata spells it).
 * Anything else (NaN, Infinity, undefined, null, a boolean, a ragged array, a plain Error, a
 * TypeError from deep inside a rule, an error message that names no argument) is a bug.
 */
import { ErrorCode, isExcelError, type FunctionMetadata } from "../helpers/bundle";

/** The codes whose message Excel shows; on #NUM! and the rest the message is dropped. */
const CODES_WITH_MESSAGES = new Set<string>([ErrorCode.invalidValue, ErrorCode.notAvailable]);

export type Outcome = { kind: "value" } | { kind: "error"; code: string } | { kind: "bug"; problem: string };

function isCellResult(value: unknown): boolean {
  return (typeof value === "number" && Number.isFinite(value)) || typeof value === "string";
}

function show(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) =>
      typeof v === "number" && !Number.isFinite(v) ? String(v) : v,
    );
    return text === undefined ? String(value) : text.length > 200 ? `${text.slice(0, 197)}...` : text;
  } catch {
    return String(value);
  }
}

/** Judge a returned value against the function's metadata. */
export function judgeResult(meta: FunctionMetadata, result: unknown): Outcome {
  const spills = meta.result?.dimensionality === "matrix";
  if (!spills) {
    if (Array.isArray(result))
      return { kind: "bug", problem: `returned an array ${show(result)} but its metadata declares a scalar` };
    if (!isCellResult(result)) return { kind: "bug", problem: `returned ${show(result)} (${typeof result})` };
    if (meta.result?.type === "number" && typeof result !== "number") {
      return { kind: "bug", problem: `returned ${show(result)} but its metadata declares a number` };
    }
    return { kind: "value" };
  }
  if (!Array.isArray(result) || result.length === 0)
    return { kind: "bug", problem: `returned ${show(result)} where a non-empty 2-D array belongs` };
  const first: unknown = result[0];
  const width = Array.isArray(first) ? first.length : -1;
  if (width <= 0) return { kind: "bug", problem: `returned ${show(result)}: the first row is not a non-empty array` };
  for (let r = 0; r < result.length; r++) {
    const row: unknown = result[r];
    if (!Array.isArray(row) || row.length !== width)
      return { kind: "bug", problem: `returned a ragged array (row ${r + 1})` };
    for (let c = 0; c < width; c++) {
      if (!isCellResult(row[c]))
        return { kind: "bug", problem: `returned ${show(row[c])} at row ${r + 1}, column ${c + 1}` };
    }
  }
  return { kind: "value" };
}

/** Judge a thrown value: only an Excel error naming one of the function's parameters is allowed. */
export function judgeThrown(meta: FunctionMetadata, thrown: unknown): Outcome {
  if (!isExcelError(thrown)) {
    const message =
      thrown && typeof thrown === "object" && "message" in thrown
        ? String((thrown as { message: unknown }).message)
        : String(thrown);
    const name =
      thrown && typeof thrown === "object" && "name" in thrown
        ? String((thrown as { name: unknown }).name)
        : typeof thrown;
    return { kind: "bug", problem: `threw ${name}: ${message}` };
  }
  if (!CODES_WITH_MESSAGES.has(thrown.code))
    return { kind: "bug", problem: `threw ${show(thrown.code)}, whose message Excel does not show` };
  const message = thrown.message;
  if (typeof message !== "string" || message.trim() === "")
    return { kind: "bug", problem: `threw ${thrown.code} with no message` };
  const names = meta.parameters.map((p) => p.name);
  if (!names.some((name) => message.includes(name))) {
    return {
      kind: "bug",
      problem: `threw ${thrown.code} "${message}", which names none of its arguments (${names.join(", ")})`,
    };
  }
  return { kind: "error", code: thrown.code };
}

/** Call and judge. */
export function callAndJudge(
  meta: FunctionMetadata,
  fn: (...args: unknown[]) => unknown,
  args: readonly unknown[],
): Outcome {
  let result: unknown;
  try {
    result = fn(...args);
  } catch (thrown) {
    return judgeThrown(meta, thrown);
  }
  return judgeResult(meta, result);
}

/** Arguments shown in a failure message: large ranges summarised. */
export function showArguments(args: readonly unknown[]): string {
  return args
    .map((a) =>
      Array.isArray(a) && a.length * ((a[0] as unknown[] | undefined)?.length ?? 0) > 50
        ? `<${a.length}×${(a[0] as unknown[]).length} range>`
        : show(a),
    )
    .join(", ");
}
