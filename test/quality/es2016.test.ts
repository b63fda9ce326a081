/**
 * dist/functions.js loads in Excel's JavaScript-only custom-functions runtime, which on Windows
 * before build 2403 and in perpetual Office through 2021 supports only ECMAScript 2016 (Microsoft,
 * "Runtimes in Office Add-ins"): a bundle it cannot parse, or one that calls a newer built-in,
 * fails there without a word to the user. Checked two ways: the bundle parses as ES2016 script
 * syntax (acorn, the parser webpack uses), and the bundle-level suites (contract, fuzz, the
 * function families) load it in a vm whose ES2017+ built-ins have been removed (test/helpers/bundle.ts,
 * the default runtime "es2016"). Run `npm run build` first (`npm test` does).
 */
import * as fs from "fs";
import * as vm from "vm";
import { parse } from "acorn";
import {
  ES2016_REMOVED_BUILTINS,
  FUNCTIONS_JS,
  callFunction,
  ensureBuilt,
  loadBundle,
  loadFreshBundle,
} from "../helpers/bundle";

ensureBuilt();
const source = fs.readFileSync(FUNCTIONS_JS, "utf8");

/** The first ES2016 syntax error in `code`, with a little context, or undefined. */
function es2016SyntaxError(code: string): string | undefined {
  try {
    parse(code, { ecmaVersion: 2016, sourceType: "script" });
    return undefined;
  } catch (error) {
    const pos = (error as { pos?: number }).pos ?? 0;
    return `${(error as Error).message} near ${JSON.stringify(code.slice(Math.max(0, pos - 60), pos + 40))}`;
  }
}

describe("dist/functions.js is ECMAScript 2016", () => {
  test("parses as an ES2016 script (acorn, ecmaVersion 2016)", () => {
    expect(es2016SyntaxError(source)).toBeUndefined();
  });

  test.each([
    ["optional chaining", "a?.b"],
    ["nullish coalescing", "a ?? b"],
    ["object spread", "({ ...a })"],
    ["async functions", "async function f() { await g(); }"],
    ["named capture groups", "/(?<year>\\d{4})/"],
    ["the dotAll flag", "/a.b/s"],
  ])("the syntax check rejects %s", (_label, code) => {
    expect(es2016SyntaxError(code)).toMatch(/./);
  });

  test("the syntax check accepts ES2016's own additions (** and Array.prototype.includes)", () => {
    expect(es2016SyntaxError("var x = 2 ** 3; [1].includes(1);")).toBeUndefined();
  });

  test("names no global object newer than ES2016 (globalThis) in the bundle", () => {
    expect(source).not.toMatch(/\bglobalThis\b/);
  });
});

describe("the bundle-level suites run without ES2017+ built-ins", () => {
  test("the default bundle vm is the ES2016 one, and lacks every removed built-in", () => {
    const bundle = loadBundle();
    expect(bundle.runtime).toBe("es2016");
    const present = ES2016_REMOVED_BUILTINS.filter((name) => {
      const parts = name.split(".");
      const key = parts.pop()!;
      return vm.runInContext(
        `(function (g) { var o = g; ${JSON.stringify(parts)}.forEach(function (p) { o = o && o[p]; }); return !!o && Object.prototype.hasOwnProperty.call(o, ${JSON.stringify(key)}); })(this)`,
        bundle.context,
      );
    });
    expect(present).toEqual([]);
    // ES2016 itself stays.
    expect(vm.runInContext("[1, 2].includes(2) && 2 ** 3 === 8 && typeof Object.assign", bundle.context)).toBe(
      "function",
    );
  });

  test("a bundle calling a removed built-in fails there (so the suites would catch it)", () => {
    const { context } = loadBundle();
    expect(() => vm.runInContext(`Object.entries({ a: 1 })`, context)).toThrow(/not a function/);
    expect(() => vm.runInContext(`"7".padStart(2, "0")`, context)).toThrow(/not a function/);
    expect(() => vm.runInContext(`globalThis.x`, context)).toThrow(/globalThis is not defined/);
    expect(() => vm.runInContext(`new Intl.NumberFormat("en-GB")`, context)).toThrow(/Intl is not defined/);
  });

  test("functions that format dates and money still work there", () => {
    const schedule = callFunction("SLMDASCHEDULE", 44075, null) as unknown[][];
    expect(Array.isArray(schedule)).toBe(true);
    expect(schedule.length).toBeGreaterThan(1);
    expect(callFunction("SENCOHOURS", 67755, 10, 5, 6, 0.34)).toBe(5);
  });

  test("the node runtime is still there for comparison, with its modern built-ins", () => {
    const modern = loadFreshBundle({ runtime: "node" });
    expect(modern.runtime).toBe("node");
    expect(vm.runInContext("typeof Object.entries", modern.context)).toBe("function");
    expect(modern.functions.get("SENCOHOURS")!(67755, 10, 5, 6, 0.34)).toBe(5);
  });
});
