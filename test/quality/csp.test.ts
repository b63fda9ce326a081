/**
 * Every page in dist/ (taskpane.html, functions.html, help/functions.html, any other) carries a
 * Content-Security-Policy meta tag, in <head> before any script, that lets the page load code
 * and connect only to its own origin and Microsoft's office.js host: no inline or eval'd script,
 * no wildcard, no other host. Run `npm run build` first (`npm test` does).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const DIST = join(__dirname, "..", "..", "dist");
/** The only outside origin any page may name: Microsoft's office.js CDN. */
const OFFICE_HOST = "https://appsforoffice.microsoft.com";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

/** Attributes of a start tag, quoted or not (the help page is minified: http-equiv=Content-Security-Policy). */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([a-zA-Z-:]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? "");
  }
  return out;
}

export interface PageCsp {
  policy: string | undefined;
  /** Index of the CSP meta tag and of the first script, to check the policy comes first. */
  metaAt: number;
  firstScriptAt: number;
}

export function findCsp(html: string): PageCsp {
  let policy: string | undefined;
  let metaAt = -1;
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = attributes(m[0].slice(5));
    if ((attrs.get("http-equiv") ?? "").toLowerCase() === "content-security-policy") {
      policy = attrs.get("content");
      metaAt = m.index ?? -1;
      break;
    }
  }
  const script = /<script\b/i.exec(html);
  return { policy, metaAt, firstScriptAt: script ? script.index : Number.POSITIVE_INFINITY };
}

export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Problems with a policy, in words (empty when it is as strict as the add-in's policy). */
export function policyProblems(policy: string | undefined): string[] {
  if (policy === undefined || policy.trim() === "") return ["no Content-Security-Policy meta tag"];
  const d = parsePolicy(policy);
  const problems: string[] = [];
  const fallback = d.get("default-src");
  if (!fallback) problems.push("no default-src");
  else if (!fallback.every((s) => s === "'self'" || s === "'none'"))
    problems.push(`default-src allows ${fallback.join(" ")}`);
  const scripts = d.get("script-src") ?? fallback ?? [];
  for (const source of scripts) {
    if (source !== "'self'" && source !== "'none'" && source !== OFFICE_HOST && !source.startsWith(`${OFFICE_HOST}/`)) {
      problems.push(`script-src allows ${source}`);
    }
  }
  const connect = d.get("connect-src") ?? fallback ?? [];
  for (const source of connect) {
    if (source !== "'self'" && source !== "'none'") problems.push(`connect-src allows ${source}`);
  }
  for (const [name, sources] of d) {
    for (const source of sources) {
      if (source === "*" || source === "http:" || source === "https:" || source === "'unsafe-eval'")
        problems.push(`${name} allows ${source}`);
      if (source.includes("*.")) problems.push(`${name} allows the wildcard ${source}`);
    }
  }
  if (!d.has("object-src") && !(fallback ?? []).includes("'none'")) problems.push("object-src is not 'none'");
  return problems;
}

describe("the CSP checker", () => {
  test("finds a minified, unquoted meta tag and reads its directives", () => {
    const page = `<!doctype html><html><head><meta charset=UTF-8><meta http-equiv=Content-Security-Policy content="default-src 'none'; style-src 'unsafe-inline'"><script src=a.js></script>`;
    const found = findCsp(page);
    expect(found.policy).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(found.metaAt).toBeLessThan(found.firstScriptAt);
    expect(policyProblems(found.policy)).toEqual([]);
  });

  test.each([
    ["no policy", undefined, "no Content-Security-Policy meta tag"],
    [
      "inline scripts",
      "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'",
      "script-src allows 'unsafe-inline'",
    ],
    [
      "another script host",
      "default-src 'self'; script-src 'self' https://cdn.example.com; object-src 'none'",
      "script-src allows https://cdn.example.com",
    ],
    [
      "a connection elsewhere",
      "default-src 'self'; connect-src 'self' https://telemetry.example.com; object-src 'none'",
      "connect-src allows https://telemetry.example.com",
    ],
    ["a wildcard", "default-src 'self'; img-src *; object-src 'none'", "img-src allows *"],
    [
      "eval",
      "default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'",
      "script-src allows 'unsafe-eval'",
    ],
    ["no default-src", "script-src 'self'", "no default-src"],
  ])("rejects %s", (_label, policy, problem) => {
    expect(policyProblems(policy)).toContain(problem);
  });
});

describe("every page in dist/ has a strict Content-Security-Policy", () => {
  const pages = existsSync(DIST) ? htmlFiles(DIST) : [];

  test("dist/ holds the task pane, the functions page and the help page", () => {
    if (pages.length === 0) throw new Error("dist/ has no HTML pages: run npm run build first (npm test does).");
    const names = pages.map((p) => relative(DIST, p).split("\\").join("/"));
    expect(names).toEqual(expect.arrayContaining(["taskpane.html", "functions.html", "help/functions.html"]));
  });

  test.each(pages.map((p) => [relative(DIST, p), p]))("%s", (_name, file) => {
    const html = readFileSync(file, "utf8");
    const found = findCsp(html);
    expect(policyProblems(found.policy)).toEqual([]);
    expect(found.metaAt).toBeGreaterThanOrEqual(0);
    expect(found.metaAt).toBeLessThan(found.firstScriptAt);
    // A policy in a meta tag only applies inside <head>.
    expect(found.metaAt).toBeLessThan(
      html.search(/<\/head>|<body\b/i) === -1 ? Number.POSITIVE_INFINITY : html.search(/<\/head>|<body\b/i),
    );
  });
});

describe("only style-src is loosened, for Microsoft's own scripts", () => {
  // office.js sets inline style attributes (o15apptofilemappingtable.js), and Excel on the web's
  // excel-web-16.00.js needs inline styles too (OfficeDev/office-js issue 1687).
  test.each(["taskpane.html", "functions.html"])("%s allows inline styles but no inline script", (name) => {
    const file = join(DIST, name);
    if (!existsSync(file)) throw new Error(`dist/${name} is missing: run npm run build first (npm test does).`);
    const d = parsePolicy(findCsp(readFileSync(file, "utf8")).policy ?? "");
    expect(d.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get("script-src")).toEqual(["'self'", OFFICE_HOST]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
  });
});
