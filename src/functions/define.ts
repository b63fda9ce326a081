/**
 * The custom-functions adapter: each function family declares its functions in one table of
 * FunctionSpecs (id, coercers in argument order, the rule to run), and `invoke` is the one
 * routine that coerces arguments, runs the rule and turns RuleErrors into CustomFunctions.Error.
 * Every function so gets the same errors for free.
 *
 * The result goes to Excel as the rule returns it: that it is one Excel can show (a finite number,
 * text or TRUE/FALSE, or a non-empty rectangular spill of them; never NaN, null or a ragged array)
 * is the rules' guarantee, checked by the tests on every call they make through the built bundle
 * (test/helpers/bundle.ts, excelCannotShow) and by the fuzz's 100,000 calls, not on each call here.
 */
import { argumentName, isRuleError, type RuleError } from "../rules/errors";
import { errorValueText } from "../rules/inputs";
import type { Coercer } from "../values/coerce";

export type ExcelScalar = number | string | boolean;
export type ExcelMatrix = ExcelScalar[][];
export type ExcelResult = ExcelScalar | ExcelMatrix;

type ValuesOf<A extends readonly Coercer<unknown>[]> = {
  [K in keyof A]: A[K] extends Coercer<infer T> ? T : never;
};

export interface FunctionSpec<A extends readonly Coercer<unknown>[] = readonly Coercer<unknown>[]> {
  /** The function id, as stored in users' workbooks: never rename one. */
  readonly id: string;
  readonly args: A;
  // Method syntax (bivariant parameters) so that a spec with specific coercers is still a FunctionSpec for invoke().
  run(...values: ValuesOf<A>): ExcelResult;
}

export function defineFunction<const A extends readonly Coercer<unknown>[]>(
  id: string,
  args: A,
  run: (...values: ValuesOf<A>) => ExcelResult,
): FunctionSpec<A> {
  return { id, args, run };
}

/**
 * A RuleError as Excel shows it: "value" → #VALUE!, "na" → #N/A, the two codes whose message
 * Excel shows (CustomFunctions.ErrorCode reference). The message names the Excel argument.
 */
function toExcelError(error: RuleError): CustomFunctions.Error {
  const code = error.kind === "na" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, error.render(argumentName));
}

/**
 * An argument that is a cell holding an error (the metadata lets errors in, for the register ranges'
 * sake: a range's error cell is named by the coercers): the same error, as Excel gives it for any
 * function, with a message naming the argument where Excel shows one (#VALUE!, #N/A).
 */
function passedError(name: string, raw: unknown): CustomFunctions.Error | undefined {
  const text = errorValueText(raw);
  if (text === undefined) return undefined;
  // CustomFunctions.ErrorCode's values are the errors as Excel shows them ("#N/A", "#DIV/0!", ...).
  const codes = CustomFunctions.ErrorCode as unknown as Record<string, CustomFunctions.ErrorCode>;
  let code = CustomFunctions.ErrorCode.invalidValue;
  for (const key in codes) if (codes[key] === text) code = codes[key]!;
  const shown = code === CustomFunctions.ErrorCode.notAvailable || code === CustomFunctions.ErrorCode.invalidValue;
  return shown
    ? new CustomFunctions.Error(code, `${name} holds the error ${text}: fix the cell it refers to.`)
    : new CustomFunctions.Error(code);
}

/** Coerce raw Excel arguments and run the rule; RuleErrors become CustomFunctions.Error. */
export function invoke(spec: FunctionSpec, raw: ArrayLike<unknown>): ExcelResult {
  for (let index = 0; index < raw.length && index < spec.args.length; index++) {
    const error = passedError(spec.args[index]!.name, raw[index]);
    if (error) throw error;
  }
  try {
    const values = spec.args.map((coercer, index) => coercer.coerce(index < raw.length ? raw[index] : null));
    return (spec.run as (...v: unknown[]) => ExcelResult)(...values);
  } catch (error) {
    if (isRuleError(error)) throw toExcelError(error);
    throw error;
  }
}

/**
 * Associate each function of a family table with Excel under its id, as its JSDoc'd declaration
 * would be: a function of the spec's parameter count that invokes the spec with its arguments.
 * The functions build calls this in place of the metadata plugin's one associate call per
 * declaration (scripts/associate-loader.js), so the bundle holds one wrapper, not one a function.
 */
export function associateFunctions(table: Record<string, FunctionSpec>): void {
  for (const key of Object.keys(table)) {
    const spec = table[key]!;
    const excelFunction = (...raw: unknown[]) => invoke(spec, raw);
    Object.defineProperty(excelFunction, "length", { value: spec.args.length });
    CustomFunctions.associate(spec.id, excelFunction);
  }
}
