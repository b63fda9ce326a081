/**
 * Renders the function reference from dist/functions.json (the metadata the build generates
 * from the functions' JSDoc): docs/functions.md for the repository, help/functions.html for the
 * add-in's help URLs (https://<base>/help/functions.html#<lowercase id>). One source, two forms.
 * The output depends only on the metadata (help URLs are left out), so a production build with
 * another base URL produces the same docs/functions.md.
 */
"use strict";

const NAMESPACE = "SEND";

/** The anchor each function's @helpurl points at. */
function anchorFor(id) {
  return id.toLowerCase();
}

function signature(fn) {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${NAMESPACE}.${fn.name}(${params.join(", ")})`;
}

function parameterKind(p) {
  const type = p.type && p.type !== "any" ? p.type : "value";
  return p.dimensionality === "matrix" ? `range (${type}s)` : `single ${type}`;
}

function resultKind(fn) {
  const result = fn.result || {};
  if (result.dimensionality === "matrix") return "a spill: a 2-D range that fills the cells below and to the right";
  const type = result.type && result.type !== "any" ? result.type : "value";
  return `a single ${type}`;
}

function sortedFunctions(metadata) {
  if (!metadata || !Array.isArray(metadata.functions)) {
    throw new Error("functions.json has no functions array: is it the file the build writes?");
  }
  return metadata.functions;
}

/** Escape text for a Markdown table cell. */
function mdCell(text) {
  return String(text ?? "")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, " ");
}

function renderMarkdown(metadata) {
  const functions = sortedFunctions(metadata);
  const lines = [
    "# Function reference",
    "",
    "<!-- Generated from dist/functions.json by `npm run docs` (scripts/generate-docs.js). Do not edit by hand: a test fails when this file is stale. -->",
    "",
    `Every function lives in the \`${NAMESPACE}\` namespace: type \`=${NAMESPACE}.NAME(...)\` in a cell. ` +
      "Arguments in square brackets are optional; leave them out or leave the cell blank. " +
      "Bad input gives `#VALUE!`, `#NUM!` or `#N/A` with a message that names the argument; hover over the cell's error to read it.",
    "",
    `${functions.length} functions:`,
    "",
  ];
  for (const fn of functions) lines.push(`- [${NAMESPACE}.${fn.name}](#${anchorFor(fn.id)})`);
  for (const fn of functions) {
    lines.push("", `## ${NAMESPACE}.${fn.name}`, "", `<a id="${anchorFor(fn.id)}"></a>`, "");
    lines.push(fn.description || "(no description)", "", "```", signature(fn), "```", "");
    if (fn.parameters.length > 0) {
      lines.push("| Argument | Required | Kind | Description |", "| --- | --- | --- | --- |");
      for (const p of fn.parameters) {
        lines.push(
          `| \`${mdCell(p.name)}\` | ${p.optional ? "optional" : "required"} | ${parameterKind(p)} | ${mdCell(p.description)} |`,
        );
      }
      lines.push("");
    } else {
      lines.push("Takes no arguments.", "");
    }
    lines.push(`Returns ${resultKind(fn)}.`);
  }
  return lines.join("\n") + "\n";
}

function escapeHtml(text) {
  return String(text ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function renderHtml(metadata) {
  const functions = sortedFunctions(metadata);
  const toc = functions
    .map((fn) => `      <li><a href="#${anchorFor(fn.id)}">${NAMESPACE}.${escapeHtml(fn.name)}</a></li>`)
    .join("\n");
  const sections = functions
    .map((fn) => {
      const rows = fn.parameters
        .map(
          (p) =>
            `          <tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.optional ? "optional" : "required"}</td><td>${escapeHtml(parameterKind(p))}</td><td>${escapeHtml(p.description)}</td></tr>`,
        )
        .join("\n");
      const table = fn.parameters.length
        ? `      <table>\n        <thead><tr><th scope="col">Argument</th><th scope="col">Required</th><th scope="col">Kind</th><th scope="col">Description</th></tr></thead>\n        <tbody>\n${rows}\n        </tbody>\n      </table>`
        : "      <p>Takes no arguments.</p>";
      return [
        `    <section id="${anchorFor(fn.id)}" aria-labelledby="${anchorFor(fn.id)}-title">`,
        `      <h2 id="${anchorFor(fn.id)}-title">${NAMESPACE}.${escapeHtml(fn.name)}</h2>`,
        `      <p>${escapeHtml(fn.description || "(no description)")}</p>`,
        `      <pre><code>${escapeHtml(signature(fn))}</code></pre>`,
        table,
        `      <p>Returns ${escapeHtml(resultKind(fn))}.</p>`,
        "    </section>",
      ].join("\n");
    })
    .join("\n");
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>SEND leadership: function reference</title>
    <style>
      body { font-family: "Segoe UI", Arial, sans-serif; margin: 1rem auto; max-width: 56rem; padding: 0 1rem; line-height: 1.5; color: #1b1b1b; }
      table { border-collapse: collapse; width: 100%; }
      th, td { border: 1px solid #8a8a8a; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
      pre { background: #f3f3f3; padding: 0.5rem; overflow-x: auto; }
      section { border-top: 1px solid #c8c8c8; margin-top: 1.5rem; }
    </style>
  </head>
  <body>
    <main>
    <h1>SEND leadership: function reference</h1>
    <p>Every function lives in the <code>${NAMESPACE}</code> namespace: type <code>=${NAMESPACE}.NAME(...)</code> in a cell. Arguments in square brackets are optional. Bad input gives <code>#VALUE!</code>, <code>#NUM!</code> or <code>#N/A</code> with a message that names the argument.</p>
    <nav aria-label="Functions">
    <ul>
${toc}
    </ul>
    </nav>
${sections}
    </main>
  </body>
</html>
`;
}

module.exports = { NAMESPACE, anchorFor, signature, renderMarkdown, renderHtml };
