/**
 * Bundle-level test harness: loads the BUILT custom functions (dist/functions.js) the way Excel's
 * JavaScript-only runtime does: in a fresh Node `vm` context whose only global (beside the
 * JavaScript built-ins) is a `CustomFunctions` stub. It builds nothing; run `npm run build` first
 * (`npm test` does).
 *
 * API (all synchronous; the loaded bundle is cached per test file, since Jest gives every test
 * file its own module registry):
 *
 *   ensureBuilt(): void
 *       Throws "dist/functions.js is missing: run npm run build first" (same for functions.json).
 *   loadBundle(): LoadedBundle                  (cached)
 *   loadFreshBundle({ recordGlobals?, runtime? }): LoadedBundle   (never cached; recordGlobals
 *       wraps the bundle in a scope that records every free identifier it looks up, see
 *       `globalsRead`. Slower: use it for contract checks, not for big inputs. runtime: "es2016"
 *       (the default) first removes from the vm every built-in newer than ECMAScript 2016, as in
 *       Excel's JavaScript-only runtime on older Windows Office (see ES2016_REMOVED_BUILTINS);
 *       "node" keeps Node's own built-ins.)
 *   callFunction(id, ...args): unknown
 *       Calls the function associated under `id` (e.g. "SENCOHOURS") with raw Excel-shaped
 *       arguments (numbers, strings, booleans, null for an omitted argument, any[][] for a range).
 *       Arrays it returns are copied into this realm (so toEqual/toStrictEqual work). Throws
 *       what the function throws: a StubCustomFunctionsError (check with isExcelError) for Excel
 *       errors; anything else is a bug in the function (errors made inside the vm are from another
 *       realm, so `instanceof Error` is false for them: use isExcelError / .message). Throws a
 *       plain Error, too, for a result Excel cannot show (see excelCannotShow).
 *   excelCannotShow(result): string | undefined
 *       What is wrong with a result as Excel would get it (NaN, null, a ragged array...), or
 *       undefined when Excel can show it.
 *   callExpectingError(id, ...args): StubCustomFunctionsError
 *       Calls and returns the Excel error thrown; fails (throws) when the call returns a value or
 *       throws anything else.
 *   metadataFor(id): FunctionMetadata           the entry of dist/functions.json for `id`.
 *   ErrorCode                                    mirror of CustomFunctions.ErrorCode values.
 *   isExcelError(value): value is StubCustomFunctionsError
 *
 *   LoadedBundle = {
 *     functions: Map<string, (...args: unknown[]) => unknown>,   id -> function, as associated
 *     associations: string[],        every id passed to associate(), in call order, repeats kept
 *     metadata: FunctionsMetadata,   parsed dist/functions.json
 *     ErrorClass: typeof StubCustomFunctionsError,
 *     globalsRead: Set<string>,      only with recordGlobals: free identifiers the bundle looked up
 *     builtins: Set<string>,         names of the vm context's JavaScript built-ins (after removal)
 *     runtime: "es2016" | "node",    which built-ins the vm context has
 *     source: string,                the text of dist/functions.js
 *     context: vm.Context,           the vm context the bundle runs in
 *   }
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const DIST_DIR = path.join(REPO_ROOT, "dist");
export const FUNCTIONS_JS = path.join(DIST_DIR, "functions.js");
export const FUNCTIONS_JSON = path.join(DIST_DIR, "functions.json");

/**
 * Mirror of CustomFunctions.ErrorCode: names and values as the runtime has them
 * (@types/custom-functions-runtime, and Microsoft's CustomFunctions.ErrorCode reference, where
 * invalidNumber is "#NUM!", a code whose message Excel drops). A stand-in that gave two names one
 * value would let a test expecting #VALUE! pass on a #NUM!.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

const ERROR_CODE_VALUES = new Set<string>(Object.values(ErrorCode));

/** Stand-in for CustomFunctions.Error: `new CustomFunctions.Error(code, message?)`. */
export class StubCustomFunctionsError extends Error {
  readonly code: ErrorCodeValue;
  constructor(code: ErrorCodeValue, message?: string) {
    super(message ?? "");
    if (!ERROR_CODE_VALUES.has(code)) {
      throw new Error(`CustomFunctions.Error was given an unknown error code: ${String(code)}`);
    }
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

export interface FunctionParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: FunctionParameterMetadata[];
  result?: { type?: string; dimensionality?: "scalar" | "matrix" };
  options?: Record<string, unknown>;
}

export interface FunctionsMetadata {
  functions: FunctionMetadata[];
}

export type BundledFunction = (...args: unknown[]) => unknown;

export type BundleRuntime = "es2016" | "node";

/**
 * Built-ins newer than ECMAScript 2016 (or outside ECMA-262, like Intl) that the "es2016" runtime
 * removes from the vm context before the bundle loads: "Name" is a global, "Name.prop" a static,
 * "Name.prototype.prop" a method. Array.prototype.includes and ** are ES2016 and stay.
 */
export const ES2016_REMOVED_BUILTINS: readonly string[] = [
  "globalThis",
  "Intl",
  "Atomics",
  "SharedArrayBuffer",
  "BigInt",
  "BigInt64Array",
  "BigUint64Array",
  "WeakRef",
  "FinalizationRegistry",
  "AggregateError",
  "Iterator",
  "Object.entries",
  "Object.values",
  "Object.fromEntries",
  "Object.getOwnPropertyDescriptors",
  "Object.hasOwn",
  "Object.groupBy",
  "Map.groupBy",
  "Array.fromAsync",
  "Promise.allSettled",
  "Promise.any",
  "Promise.withResolvers",
  "Promise.prototype.finally",
  "String.prototype.padStart",
  "String.prototype.padEnd",
  "String.prototype.trimStart",
  "String.prototype.trimEnd",
  "String.prototype.trimLeft",
  "String.prototype.trimRight",
  "String.prototype.replaceAll",
  "String.prototype.matchAll",
  "String.prototype.at",
  "String.prototype.isWellFormed",
  "String.prototype.toWellFormed",
  "Array.prototype.flat",
  "Array.prototype.flatMap",
  "Array.prototype.at",
  "Array.prototype.findLast",
  "Array.prototype.findLastIndex",
  "Array.prototype.toReversed",
  "Array.prototype.toSorted",
  "Array.prototype.toSpliced",
  "Array.prototype.with",
  "Symbol.prototype.description",
];

/** Script run inside a new vm context to delete ES2016_REMOVED_BUILTINS from its own built-ins. */
const REMOVE_BUILTINS_SCRIPT = `(function (global, names) {
  for (var i = 0; i < names.length; i++) {
    var parts = names[i].split(".");
    var owner = global;
    for (var j = 0; j < parts.length - 1 && owner; j++) owner = owner[parts[j]];
    var key = parts[parts.length - 1];
    if (owner && Object.prototype.hasOwnProperty.call(owner, key) && !delete owner[key]) {
      throw new Error("could not remove " + names[i] + " from the vm context");
    }
  }
})(this, ${JSON.stringify(ES2016_REMOVED_BUILTINS)});`;

export interface LoadedBundle {
  functions: Map<string, BundledFunction>;
  associations: string[];
  metadata: FunctionsMetadata;
  ErrorClass: typeof StubCustomFunctionsError;
  globalsRead: Set<string>;
  builtins: Set<string>;
  source: string;
  /** The vm context the bundle runs in (the benchmark runs its baselines there too). */
  context: vm.Context;
  runtime: BundleRuntime;
}

export function ensureBuilt(): void {
  for (const file of [FUNCTIONS_JS, FUNCTIONS_JSON]) {
    if (!fs.existsSync(file)) {
      throw new Error(`${path.relative(REPO_ROOT, file)} is missing: run npm run build first (npm test does it).`);
    }
  }
}

export function isExcelError(value: unknown): value is StubCustomFunctionsError {
  return value instanceof StubCustomFunctionsError;
}

function makeStub(functions: Map<string, BundledFunction>, associations: string[]) {
  function record(id: unknown, fn: unknown): void {
    if (typeof id !== "string" || typeof fn !== "function") {
      throw new Error(`CustomFunctions.associate expects (id: string, fn: function); got (${typeof id}, ${typeof fn})`);
    }
    associations.push(id);
    if (!functions.has(id)) functions.set(id, fn as BundledFunction);
  }
  return {
    associate(idOrMap: unknown, fn?: unknown): void {
      if (typeof idOrMap === "object" && idOrMap !== null && fn === undefined) {
        for (const [id, f] of Object.entries(idOrMap)) record(id, f);
      } else {
        record(idOrMap, fn);
      }
    },
    Error: StubCustomFunctionsError,
    ErrorCode: { ...ErrorCode },
  };
}

/** Load dist/functions.js into a new vm context; never cached. */
export function loadFreshBundle(options: { recordGlobals?: boolean; runtime?: BundleRuntime } = {}): LoadedBundle {
  const runtime = options.runtime ?? "es2016";
  ensureBuilt();
  const source = fs.readFileSync(FUNCTIONS_JS, "utf8");
  const metadata = JSON.parse(fs.readFileSync(FUNCTIONS_JSON, "utf8")) as FunctionsMetadata;
  const functions = new Map<string, BundledFunction>();
  const associations: string[] = [];
  const context = vm.createContext({ CustomFunctions: makeStub(functions, associations) });
  if (runtime === "es2016") vm.runInContext(REMOVE_BUILTINS_SCRIPT, context);
  // `this` at a script's top level is the context's global (globalThis may have been removed).
  const builtins = new Set<string>(vm.runInContext("Object.getOwnPropertyNames(this)", context) as string[]);
  builtins.delete("CustomFunctions");
  const globalsRead = new Set<string>();
  if (options.recordGlobals) {
    // Every free identifier the bundle resolves passes through this proxy's `has` trap; answering
    // false lets the lookup continue to the real (vm) global, so behaviour is unchanged.
    const recorder = new Proxy(Object.create(null) as object, {
      has(_target, key) {
        if (typeof key === "string") globalsRead.add(key);
        return false;
      },
      get() {
        return undefined;
      },
    });
    (context as Record<string, unknown>).__globalsRecorder = recorder;
    vm.runInContext(`with (__globalsRecorder) {\n${source}\n}`, context, { filename: FUNCTIONS_JS });
    delete (context as Record<string, unknown>).__globalsRecorder;
  } else {
    vm.runInContext(source, context, { filename: FUNCTIONS_JS });
  }
  return {
    functions,
    associations,
    metadata,
    ErrorClass: StubCustomFunctionsError,
    globalsRead,
    builtins,
    source,
    context,
    runtime,
  };
}

let cached: LoadedBundle | undefined;

/** Load dist/functions.js once per test file. */
export function loadBundle(): LoadedBundle {
  cached ??= loadFreshBundle();
  return cached;
}

export function metadataFor(id: string): FunctionMetadata {
  const found = loadBundle().metadata.functions.find((f) => f.id === id);
  if (!found) throw new Error(`dist/functions.json has no function with id ${id}`);
  return found;
}

/** Copy arrays made in the vm realm into this realm, so Jest's equality checks see plain arrays. */
function toThisRealm(value: unknown): unknown {
  // Array.from, not value.map: map on a vm array makes another vm array (species), with the vm's
  // (ES2016) Array.prototype.
  return Array.isArray(value) ? Array.from(value as unknown[], toThisRealm) : value;
}

function isExcelScalar(value: unknown): boolean {
  return (
    (typeof value === "number" && Number.isFinite(value)) || typeof value === "string" || typeof value === "boolean"
  );
}

/**
 * What is wrong with a function's result as Excel would get it, or undefined when Excel can show
 * it: a finite number, a string or a boolean, or a non-empty rectangular 2-D array of them. NaN,
 * Infinity, undefined, null (a 0 in a spill), an empty or a ragged array can only come from a bug
 * in a rule. The bundle does not check its results on the way out; the tests check every result
 * they get: callFunction here, the walk of every function in excel-surface.bundle.test.ts, and the
 * fuzz (whose oracle, test/quality/fuzz-oracle.ts, also holds each result to its metadata).
 */
export function excelCannotShow(result: unknown): string | undefined {
  if (!Array.isArray(result))
    return isExcelScalar(result) ? undefined : `returned ${String(result)} (${typeof result})`;
  const first: unknown = result[0];
  const width = Array.isArray(first) ? first.length : 0;
  if (width === 0) return "returned an empty array or one whose first row is not a non-empty array";
  const bad = result.findIndex(
    (row: unknown) => !Array.isArray(row) || row.length !== width || !row.every(isExcelScalar),
  );
  return bad < 0 ? undefined : `returned a ragged array or a value Excel cannot show in row ${bad + 1}`;
}

export function callFunction(id: string, ...args: unknown[]): unknown {
  const fn = loadBundle().functions.get(id);
  if (!fn) throw new Error(`No function is associated with id ${id} in dist/functions.js`);
  const result = fn(...args);
  const problem = excelCannotShow(result);
  if (problem !== undefined) throw new Error(`${id} ${problem}`);
  return toThisRealm(result);
}

export function callExpectingError(id: string, ...args: unknown[]): StubCustomFunctionsError {
  let result: unknown;
  try {
    result = callFunction(id, ...args);
  } catch (error) {
    if (isExcelError(error)) return error;
    const message = error && typeof error === "object" && "message" in error ? String(error.message) : String(error);
    throw new Error(`${id} threw something other than CustomFunctions.Error: ${message}`);
  }
  throw new Error(`${id} returned ${JSON.stringify(result)} where an Excel error was expected`);
}
