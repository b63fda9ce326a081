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
 *   loadFreshBundle({ recordGlobals? }): LoadedBundle   (never cached; recordGlobals wraps the
 *       bundle in a scope that records every free identifier it looks up, see `globalsRead`.
 *       Slower: use it for contract checks, not for big inputs.)
 *   callFunction(id, ...args): unknown
 *       Calls the function associated under `id` (e.g. "SENCOHOURS") with raw Excel-shaped
 *       arguments (numbers, strings, booleans, null for an omitted argument, any[][] for a range).
 *       Arrays it returns are copied into this realm (so toEqual/toStrictEqual work). Throws
 *       what the function throws: a StubCustomFunctionsError (check with isExcelError) for Excel
 *       errors; anything else is a bug in the function (errors made inside the vm are from another
 *       realm, so `instanceof Error` is false for them: use isExcelError / .message).
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
 *     builtins: Set<string>,         names of the vm context's JavaScript built-ins
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

/** Mirror of CustomFunctions.ErrorCode (@types/custom-functions-runtime): names and values. */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#VALUE!",
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
export function loadFreshBundle(options: { recordGlobals?: boolean } = {}): LoadedBundle {
  ensureBuilt();
  const source = fs.readFileSync(FUNCTIONS_JS, "utf8");
  const metadata = JSON.parse(fs.readFileSync(FUNCTIONS_JSON, "utf8")) as FunctionsMetadata;
  const functions = new Map<string, BundledFunction>();
  const associations: string[] = [];
  const context = vm.createContext({ CustomFunctions: makeStub(functions, associations) });
  const builtins = new Set<string>(vm.runInContext("Object.getOwnPropertyNames(globalThis)", context) as string[]);
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
  return Array.isArray(value) ? value.map(toThisRealm) : value;
}

export function callFunction(id: string, ...args: unknown[]): unknown {
  const fn = loadBundle().functions.get(id);
  if (!fn) throw new Error(`No function is associated with id ${id} in dist/functions.js`);
  return toThisRealm(fn(...args));
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
