/**
 * The functions build shortens a listed set of the bundle's own property names
 * (MANGLED_PROPERTIES in webpack.config.js), `from` among them, which is also the name of
 * Array.from and the typed arrays' `from`. A JavaScript built-in read under a shortened name
 * would be undefined at run time, so every property the bundle reads from a JavaScript global
 * (`Array.isArray`, `Math.round`, `Number.MAX_SAFE_INTEGER`...) must still be one of that global's
 * own. Read from the parsed bundle (acorn), so code the tests never run is checked too.
 * Run `npm run build` first (`npm test` does).
 */
import * as fs from "fs";
import { parse } from "acorn";
import { FUNCTIONS_JS, ensureBuilt } from "../helpers/bundle";

/** JavaScript's global objects whose own properties the bundle may read (the ones it uses, and their kin). */
const GLOBALS: Record<string, unknown> = {
  Object,
  Function,
  Array,
  Number,
  String,
  Boolean,
  Symbol,
  Math,
  Date,
  RegExp,
  JSON,
  Error,
  RangeError,
  TypeError,
  Map,
  Set,
  WeakMap,
  WeakSet,
  Promise,
  Reflect,
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
};

interface Node {
  type: string;
  [key: string]: unknown;
}

/** Each `Global.name` the code reads (not computed) where `name` is not one of Global's own properties. */
export function unknownGlobalProperties(code: string): string[] {
  const unknown: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object" || typeof (value as Node).type !== "string") return;
    const node = value as Node;
    if (node.type === "MemberExpression" && !node.computed) {
      const object = node.object as Node;
      const property = node.property as Node;
      if (object.type === "Identifier" && Object.prototype.hasOwnProperty.call(GLOBALS, object.name as string)) {
        const holder = GLOBALS[object.name as string] as object;
        if (!((property.name as string) in holder)) unknown.push(`${object.name as string}.${property.name as string}`);
      }
    }
    for (const key of Object.keys(node)) visit(node[key]);
  };
  visit(parse(code, { ecmaVersion: 2016, sourceType: "script" }));
  return unknown;
}

describe("the shortened property names leave JavaScript's own alone", () => {
  test("the check finds a built-in read under a shortened name, and passes the real ones", () => {
    expect(
      unknownGlobalProperties("var a = Array.Xe([1]), b = Array.isArray(a), c = Math.round(1), d = x.Xe;"),
    ).toEqual(["Array.Xe"]);
  });

  test("every property dist/functions.js reads from a JavaScript global is that global's own", () => {
    ensureBuilt();
    const source = fs.readFileSync(FUNCTIONS_JS, "utf8");
    expect(source).toMatch(/\bArray\.isArray\b/); // the bundle does read globals' properties
    expect(unknownGlobalProperties(source)).toEqual([]);
  });
});
