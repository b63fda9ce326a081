/**
 * What users can read in the built add-in (dist/: the functions bundle and its metadata, the task
 * pane, the help page) cites documents by title, never as "Seed: ..." or a reference number of
 * the project's tracker ("issue 4"). Run `npm run build` first.
 */
import fs from "fs";
import path from "path";

const DIST = path.resolve(__dirname, "../../dist");

function builtFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return builtFiles(full);
    return /\.(js|html|json)$/.test(entry.name) ? [full] : [];
  });
}

/** Text around each match, for the failure message. */
function hits(text: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))) {
    const at = match.index ?? 0;
    found.push(text.slice(Math.max(0, at - 40), at + match[0].length + 40).replace(/\s+/g, " "));
  }
  return found;
}

/** "seed" as a source reference; a random-number seed (near "random", "prng" or "fuzz") is not one. */
const SEED_REFERENCE = /\bseeds?\b/i;
const RANDOM_CONTEXT = /random|prng|fuzz|rng/i;
const ISSUE_NUMBER = /\bissues?\s+#?\d+/i;

describe("built files cite sources by title, not as a seed or an issue number", () => {
  const files = builtFiles(DIST);

  test("dist/ has been built (functions.js, functions.json, taskpane.html)", () => {
    const names = files.map((f) => path.relative(DIST, f));
    expect(names).toEqual(expect.arrayContaining(["functions.js", "functions.json", "taskpane.html"]));
  });

  test.each(builtFiles(DIST).map((f) => [path.relative(DIST, f), f]))("%s", (_name, file) => {
    const text = fs.readFileSync(file, "utf8");
    expect(hits(text, /Seed:/)).toEqual([]);
    expect(hits(text, SEED_REFERENCE).filter((around) => !RANDOM_CONTEXT.test(around))).toEqual([]);
    expect(hits(text, ISSUE_NUMBER)).toEqual([]);
  });

  test("the checker itself finds what it looks for", () => {
    expect(hits('rule: "Seed: Next Steps"', /Seed:/)).toHaveLength(1);
    expect(hits("as the seed says", SEED_REFERENCE).filter((a) => !RANDOM_CONTEXT.test(a))).toHaveLength(1);
    expect(hits("fuzz: random seed 20251125", SEED_REFERENCE).filter((a) => !RANDOM_CONTEXT.test(a))).toHaveLength(0);
    expect(hits("the effective dates given in issue 4", ISSUE_NUMBER)).toHaveLength(1);
  });
});
