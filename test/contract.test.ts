/**
 * The custom-functions contract, checked on the BUILT bundle (npm test builds first):
 * dist/functions.js loaded in a vm whose only global is a CustomFunctions stub associates every
 * id of dist/functions.json exactly once and nothing else; each function declares as many
 * parameters as its metadata lists; it reads no global but CustomFunctions and the JavaScript
 * built-ins, even while running; every function and parameter is documented with a help URL
 * that resolves into the generated reference.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST_DIR, ensureBuilt, isExcelError, loadFreshBundle, type LoadedBundle } from "./helpers/bundle";

ensureBuilt();
const bundle: LoadedBundle = loadFreshBundle({ recordGlobals: true });
const ids = bundle.metadata.functions.map((f) => f.id);

describe("dist/functions.json", () => {
  test("lists at least one function, each id once", () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(ids)(
    "%s has a description, a help URL into the reference, and a described, uniquely named parameter list",
    (id) => {
      const fn = bundle.metadata.functions.find((f) => f.id === id)!;
      expect(fn.name).toBe(id);
      expect(fn.description?.trim().length ?? 0).toBeGreaterThan(10);
      expect(fn.helpUrl).toMatch(new RegExp(`^https://[^\\s#]+/help/functions\\.html#${id.toLowerCase()}$`));
      const names = fn.parameters.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
      for (const p of fn.parameters) {
        expect({ parameter: p.name, description: (p.description ?? "").trim().length > 5 }).toEqual({
          parameter: p.name,
          description: true,
        });
      }
      // Once one parameter is optional, every later one must be too (Excel's rule).
      const firstOptional = fn.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    },
  );

  test("every help URL anchor exists in dist/help/functions.html", () => {
    const help = fs.readFileSync(path.join(DIST_DIR, "help", "functions.html"), "utf8");
    // The build may minify the page, dropping attribute quotes.
    for (const id of ids) expect(help).toMatch(new RegExp(`\\sid=["']?${id.toLowerCase()}["'\\s>]`));
  });
});

describe("dist/functions.js in a vm with only CustomFunctions", () => {
  test("associates every id in functions.json exactly once, and nothing else", () => {
    expect([...bundle.associations].sort()).toEqual([...ids].sort());
  });

  test.each(ids)("%s declares as many parameters as its metadata", (id) => {
    const fn = bundle.functions.get(id)!;
    const declared = bundle.metadata.functions.find((f) => f.id === id)!.parameters.length;
    expect({ id, parameters: fn.length }).toEqual({ id, parameters: declared });
  });

  test("does not contain office.js", () => {
    expect(bundle.source).not.toMatch(/Office\.onReady|Microsoft\.Office\.WebExtension|\bOSF\./);
  });

  test("reads no global but CustomFunctions and JavaScript built-ins, at load and while running", () => {
    // Run every function once with all arguments omitted (Excel passes null) and once with
    // zeros, so the code paths that build errors and results run inside the recording scope.
    for (const [id, fn] of bundle.functions) {
      const count = bundle.metadata.functions.find((f) => f.id === id)!.parameters.length;
      for (const value of [null, 0]) {
        try {
          fn(...Array.from({ length: count }, () => value));
        } catch (error) {
          if (!isExcelError(error))
            throw new Error(`${id} threw a non-Excel error: ${String((error as Error).message)}`);
        }
      }
    }
    const foreign = [...bundle.globalsRead].filter((name) => name !== "CustomFunctions" && !bundle.builtins.has(name));
    expect(foreign).toEqual([]);
    expect(bundle.globalsRead.has("CustomFunctions")).toBe(true);
  });
});
