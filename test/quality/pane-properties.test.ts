/**
 * The task pane's bundle shortens the property names listed in scripts/pane-properties.js. A name
 * is safe to shorten when nothing outside the pane's own code can read it by name and the pane
 * itself never reads it through a string: these tests check each listed name against every name
 * the platform declares (TypeScript's DOM and ECMAScript libraries, Office.js's types, terser's DOM
 * list), every string written in src/ and the page's HTML, CSS and ES5 script, and every dataset
 * key; and that src/ builds no property key by concatenation, which those checks would miss.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS list
const { PANE_PROPERTIES } = require("../../scripts/pane-properties.js") as { PANE_PROPERTIES: string[] };

const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");
const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Every identifier in the platform's declarations: what the browser, JavaScript or Office.js may read by name. */
function platformNames(): Set<string> {
  const names = new Set<string>();
  const lib = join(ROOT, "node_modules", "typescript", "lib");
  const declarations = readdirSync(lib)
    .filter((name) => /^lib\..*\.d\.ts$/.test(name))
    .map((name) => join(lib, name));
  declarations.push(join(ROOT, "node_modules", "@types", "office-js", "index.d.ts"));
  declarations.push(join(ROOT, "node_modules", "terser", "tools", "domprops.js"));
  for (const file of declarations) for (const word of wordsOf(readFileSync(file, "utf8"))) names.add(word);
  return names;
}

const sourceFiles = files(SRC).filter((file) => file.endsWith(".ts"));
const parsed = sourceFiles.map((file) =>
  ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true),
);

function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  ts.forEachChild(node, (child) => visit(child, each));
}

/** Words written in strings and templates in src/*.ts, and every word of the page's other files. */
function stringWords(): Set<string> {
  const words = new Set<string>();
  for (const sf of parsed)
    visit(sf, (node) => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node))
        for (const word of wordsOf(node.text)) words.add(word);
    });
  for (const file of files(SRC).filter((f) => /\.(html|css|js)$/.test(f)))
    for (const word of wordsOf(readFileSync(file, "utf8"))) words.add(word);
  return words;
}

describe("the task pane's shortened property names", () => {
  test("the list is not empty and names each property once", () => {
    expect(PANE_PROPERTIES.length).toBeGreaterThan(50);
    expect(new Set(PANE_PROPERTIES).size).toBe(PANE_PROPERTIES.length);
    for (const name of PANE_PROPERTIES) expect(name).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
  });

  test("no listed name is declared by the DOM, JavaScript or Office.js", () => {
    const platform = platformNames();
    expect(platform.has("textContent") && platform.has("numberFormat") && platform.has("maximumFractionDigits")).toBe(
      true,
    );
    expect(PANE_PROPERTIES.filter((name) => platform.has(name))).toEqual([]);
  });

  test("no listed name is written in a string in src/ or in the page's HTML, CSS and script", () => {
    const words = stringWords();
    expect(words.has("schoolAction")).toBe(true);
    expect(PANE_PROPERTIES.filter((name) => words.has(name))).toEqual([]);
  });

  test("no listed name is a dataset key (a data-* attribute)", () => {
    const keys = new Set<string>();
    for (const file of files(SRC).filter((f) => /\.(ts|js)$/.test(f)))
      for (const match of readFileSync(file, "utf8").matchAll(/\.dataset\.([A-Za-z_$][A-Za-z0-9_$]*)/g))
        keys.add(match[1]!);
    expect(keys.has("ready")).toBe(true);
    expect(PANE_PROPERTIES.filter((name) => keys.has(name))).toEqual([]);
  });

  test("no listed name can be a property key that src/ builds by concatenation or a template", () => {
    // A key built from parts matches what its written parts allow: `row${n}` any name starting "row".
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = (key: ts.Expression): string | undefined => {
      if (ts.isTemplateExpression(key))
        return escape(key.head.text) + key.templateSpans.map((span) => `.*${escape(span.literal.text)}`).join("");
      if (!ts.isBinaryExpression(key) || key.operatorToken.kind !== ts.SyntaxKind.PlusToken) return undefined;
      // An index plus or minus a number (`row[i + 1]`) is a number, not a name.
      if (ts.isNumericLiteral(key.left) || ts.isNumericLiteral(key.right)) return undefined;
      const part = (side: ts.Expression) => (ts.isStringLiteralLike(side) ? escape(side.text) : ".*");
      return part(key.left) + part(key.right);
    };
    const built: string[] = [];
    const clashing: string[] = [];
    for (const sf of parsed)
      visit(sf, (node) => {
        const key = ts.isElementAccessExpression(node)
          ? node.argumentExpression
          : ts.isComputedPropertyName(node)
            ? node.expression
            : undefined;
        const shape = key && pattern(key);
        if (shape === undefined) return;
        built.push(node.getText(sf));
        for (const name of PANE_PROPERTIES)
          if (new RegExp(`^${shape}$`).test(name)) clashing.push(`${name} (${node.getText(sf)})`);
      });
    expect(built).toContain("letters[`row${lookup.rowLookup}`]");
    expect(clashing).toEqual([]);
  });
});
