#!/usr/bin/env node
/**
 * Writes the function reference from the build's dist/functions.json:
 *   docs/functions.md        (committed; a test fails when it is stale)
 *   dist/help/functions.html (the build writes it too; the functions' help URLs point here)
 * Run with `npm run docs` (builds first).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { renderMarkdown, renderHtml } = require("./function-docs");

const ROOT = path.resolve(__dirname, "..");
const SOURCE = path.join(ROOT, "dist", "functions.json");

function main() {
  if (!fs.existsSync(SOURCE)) {
    console.error("generate-docs: dist/functions.json is missing: run npm run build first.");
    return 1;
  }
  const metadata = JSON.parse(fs.readFileSync(SOURCE, "utf8"));
  const markdownFile = path.join(ROOT, "docs", "functions.md");
  const htmlFile = path.join(ROOT, "dist", "help", "functions.html");
  fs.mkdirSync(path.dirname(markdownFile), { recursive: true });
  fs.mkdirSync(path.dirname(htmlFile), { recursive: true });
  fs.writeFileSync(markdownFile, renderMarkdown(metadata));
  fs.writeFileSync(htmlFile, renderHtml(metadata));
  console.log(
    `generate-docs: wrote docs/functions.md and dist/help/functions.html (${metadata.functions.length} functions).`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main();
