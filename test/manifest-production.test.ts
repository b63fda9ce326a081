/**
 * A production build for a school's own host: ADDIN_BASE_URL rewrites every development URL in
 * the built manifest, the functions' help URLs and the help page, and the result passes the
 * offline check in production mode (no localhost). Builds into a temporary folder (a few seconds).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/* eslint-disable @typescript-eslint/no-require-imports */
const { checkManifest } = require("../scripts/check-manifest.js") as {
  checkManifest: (xml: string, options?: { production?: boolean; assetsDir?: string }) => string[];
};
const { normaliseBaseUrl } = require("../scripts/base-url.js") as {
  normaliseBaseUrl: (raw: string | undefined) => string | undefined;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "..");
const BASE = "https://addin.example.org/send";
const out = fs.mkdtempSync(path.join(os.tmpdir(), "send-prod-build-"));

beforeAll(() => {
  const result = spawnSync(
    process.execPath,
    // The build's own cache (node_modules/.cache/webpack, which npm run build fills): modules and
    // minified chunks unchanged since are reused; what the base URL changes is built anew.
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--cache-type",
      "filesystem",
      "--output-path",
      out,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ADDIN_BASE_URL: `${BASE}/` },
      encoding: "utf8",
    },
  );
  if (result.status !== 0) throw new Error(`production build failed:\n${result.stdout}\n${result.stderr}`);
}, 120000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");

test("the built manifest uses the base URL everywhere and passes the production check", () => {
  const manifest = read("manifest.xml");
  expect(manifest).not.toMatch(/localhost/);
  expect(manifest).toContain(`<bt:Url id="Functions.Metadata.Url" DefaultValue="${BASE}/functions.json" />`);
  expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE}/taskpane.html" />`);
  expect(checkManifest(manifest, { production: true })).toEqual([]);
});

test("functions.json help URLs and the help page point at the base URL", () => {
  const metadata = JSON.parse(read("functions.json")) as { functions: { id: string; helpUrl?: string }[] };
  expect(metadata.functions.length).toBeGreaterThan(0);
  for (const fn of metadata.functions) expect(fn.helpUrl).toBe(`${BASE}/help/functions.html#${fn.id.toLowerCase()}`);
  expect(read("functions.json")).not.toMatch(/localhost/);
  expect(read("help/functions.html")).not.toMatch(/localhost/);
});

test("the build writes every file the add-in needs", () => {
  for (const file of [
    "functions.js",
    "functions.json",
    "functions.html",
    "taskpane.html",
    "taskpane.js",
    "manifest.xml",
    "help/functions.html",
    "assets/icon-16.png",
    "assets/icon-32.png",
    "assets/icon-64.png",
    "assets/icon-80.png",
  ]) {
    expect({ file, exists: fs.existsSync(path.join(out, file)) }).toEqual({ file, exists: true });
  }
  // Pages load Microsoft's scripts from Microsoft's CDN; nothing of office.js is copied or bundled.
  expect(read("functions.html")).toMatch(
    /src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/custom-functions-runtime\.js/,
  );
  expect(read("functions.html")).toMatch(/src="?functions\.js/);
  expect(read("functions.js")).not.toMatch(/Office\.onReady|Microsoft\.Office\.WebExtension/);
  expect(fs.readdirSync(out).filter((f) => /^office/i.test(f))).toEqual([]);
});

test("a base URL that is not https, or carries a query, is refused", () => {
  expect(() => normaliseBaseUrl("http://addin.example.org")).toThrow(/ADDIN_BASE_URL must use https/);
  expect(() => normaliseBaseUrl("https://addin.example.org/?x=1")).toThrow(/must not contain a query/);
  expect(() => normaliseBaseUrl("addin.example.org")).toThrow(/must be an absolute https URL/);
  expect(normaliseBaseUrl(" https://addin.example.org/send// ")).toBe("https://addin.example.org/send");
  expect(normaliseBaseUrl("")).toBeUndefined();
});
