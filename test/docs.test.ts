/**
 * docs/functions.md is generated from dist/functions.json (npm run docs); this fails when it is
 * stale, so the committed reference always matches the functions Excel sees.
 */
import * as fs from "fs";
import * as path from "path";
import { ensureBuilt, FUNCTIONS_JSON, REPO_ROOT, type FunctionsMetadata } from "./helpers/bundle";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderMarkdown, renderHtml } = require("../scripts/function-docs.js") as {
  renderMarkdown: (metadata: FunctionsMetadata) => string;
  renderHtml: (metadata: FunctionsMetadata) => string;
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
