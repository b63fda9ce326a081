/**
 * docs/functions.md is generated from dist/functions.json (npm run docs); this fails when it is
 * stale, so the committed reference always matches the functions Excel sees.
 */
import * as fs from "fs";
import * as path from "path";
import { callFunction, ensureBuilt, FUNCTIONS_JSON, REPO_ROOT, type FunctionsMetadata } from "./helpers/bundle";

interface Example {
  formula: string;
  args: unknown[];
  expected: unknown;
  rows?: number;
  note: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderMarkdown, renderHtml, EXAMPLES } = require("../scripts/function-docs.js") as {
  renderMarkdown: (metadata: FunctionsMetadata) => string;
  renderHtml: (metadata: FunctionsMetadata) => string;
  EXAMPLES: Record<string, Example>;
};

ensureBuilt();
const metadata = JSON.parse(fs.readFileSync(FUNCTIONS_JSON, "utf8")) as FunctionsMetadata;
const DOCS = path.join(REPO_ROOT, "docs", "functions.md");

test("docs/functions.md matches dist/functions.json (run npm run docs when this fails)", () => {
  expect(fs.existsSync(DOCS)).toBe(true);
  expect(fs.readFileSync(DOCS, "utf8")).toBe(renderMarkdown(metadata));
});

test("the reference gives every function its anchor, signature and every parameter's description", () => {
  const markdown = renderMarkdown(metadata);
  for (const fn of metadata.functions) {
    expect(markdown).toContain(`<a id="${fn.id.toLowerCase()}"></a>`);
    const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    expect(markdown).toContain(`=SEND.${fn.name}(${params})`);
    for (const p of fn.parameters)
      expect(markdown).toContain(`| \`${p.name}\` | ${p.optional ? "optional" : "required"} |`);
  }
});

test("the help page escapes text and shows the same functions", () => {
  const sample: FunctionsMetadata = {
    functions: [
      {
        id: "X",
        name: "X",
        description: "a <b> & c",
        parameters: [{ name: "p", description: '"q" <r>', optional: true }],
      },
    ],
  };
  const html = renderHtml(sample);
  expect(html).toContain("a &lt;b&gt; &amp; c");
  expect(html).toContain("&quot;q&quot; &lt;r&gt;");
  expect(html).toContain('<section id="x"');
  expect(renderMarkdown(sample)).toContain("=SEND.X([p])");
});

describe("worked examples in the reference", () => {
  test("every function in dist/functions.json has an example, rendered under its heading, and no other has one", () => {
    const ids = metadata.functions.map((fn) => fn.id);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...ids].sort());
    const markdown = renderMarkdown(metadata);
    for (const id of ids) {
      const section = markdown.split(`## SEND.${id}\n`)[1]!.split("\n## ")[0]!;
      expect(section).toContain(`**Example:** \`${EXAMPLES[id]!.formula}\``);
      expect(section).toContain(EXAMPLES[id]!.note);
    }
  });
  test.each(Object.keys(EXAMPLES))("%s: the example's result is what the built function gives", (id) => {
    const example = EXAMPLES[id]!;
    expect(example.formula.startsWith(`=SEND.${id}(`)).toBe(true);
    const result = callFunction(id, ...example.args);
    if (Array.isArray(example.expected) && example.rows !== undefined) {
      expect((result as unknown[]).slice(0, example.rows)).toEqual(example.expected);
    } else {
      expect(result).toEqual(example.expected);
    }
  });
});
