/**
 * The old-webview notice (src/taskpane/old-webview.js, minified to dist/ as ES5) is ECMAScript 5,
 * so Internet Explorer 11 and Edge Legacy can run it, and dist/taskpane.html runs it before the
 * ES2020 taskpane.js (a plain script at the end of <body>; taskpane.js is deferred). The browser
 * side (an IE11 user agent shows the message) is in test/browser/startup.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";

const ROOT = join(__dirname, "..", "..");
const SOURCE = join(ROOT, "src", "taskpane", "old-webview.js");
const BUILT = join(ROOT, "dist", "old-webview.js");

function es5SyntaxError(code: string): string | undefined {
  try {
    parse(code, { ecmaVersion: 5, sourceType: "script" });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

test("the source and the built copy parse as ECMAScript 5", () => {
  expect(es5SyntaxError(readFileSync(SOURCE, "utf8"))).toBeUndefined();
  if (!existsSync(BUILT)) throw new Error("dist/old-webview.js is missing: run npm run build first (npm test does).");
  expect(es5SyntaxError(readFileSync(BUILT, "utf8"))).toBeUndefined();
});

test("the ES5 check rejects newer syntax", () => {
  expect(es5SyntaxError("const a = () => 1;")).toMatch(/./);
  expect(es5SyntaxError("var s = `x`;")).toMatch(/./);
});

test("it detects Trident/ and Edge/ the way Microsoft recommends, and not Chromium Edge (Edg/)", () => {
  const source = readFileSync(SOURCE, "utf8");
  expect(source).toContain('"Trident/"');
  expect(source).toContain('"Edge/"');
  expect(source).not.toContain('"Edg/"');
});

test("dist/taskpane.html runs it, from its own origin, before the deferred taskpane.js", () => {
  const html = readFileSync(join(ROOT, "dist", "taskpane.html"), "utf8");
  const oldWebview = /<script\b[^>]*\bsrc="?old-webview\.js"?[^>]*>/.exec(html);
  const taskpane = /<script\b[^>]*\bsrc="?taskpane\.js"?[^>]*>/.exec(html);
  expect(oldWebview).not.toBeNull();
  expect(taskpane).not.toBeNull();
  expect(oldWebview![0]).not.toMatch(/\b(defer|async|type=)/);
  expect(taskpane![0]).toMatch(/\bdefer\b/);
  // Before any script runs, the page already says something.
  expect(html).toMatch(/<p id="?startup"?[^>]*>Starting…/);
});
