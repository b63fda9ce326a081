/**
 * Redraws the pictures of the house and of the district's rooms in docs/CONVENTIONS.md from
 * dependency-cruiser's own output (mermaid), each between its markers:
 * <!-- depcruise:house --> ... <!-- /depcruise:house --> and the same for "district".
 * Usage: npm run docs:rooms
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DOC = path.join(ROOT, "docs", "CONVENTIONS.md");
const DEPCRUISE = path.join(ROOT, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");

/** Each picture: what dependency-cruiser is asked to draw. */
const PICTURES = {
  // Every folder of src/ one box, the district's rooms too.
  house: ["--collapse", "^src/(sheets/district/[^/]+|[^/]+)/", "--exclude", "^src/taskpane/old-webview"],
  // Every module of the district, in its room.
  district: ["--include-only", "^src/sheets/district/"],
};

function mermaid(args) {
  const command = [DEPCRUISE, "src", "--config", ".dependency-cruiser.js", "--output-type", "mermaid", ...args];
  return execFileSync(process.execPath, command, { cwd: ROOT, encoding: "utf8" }).trim();
}

let text = fs.readFileSync(DOC, "utf8");
for (const [name, args] of Object.entries(PICTURES)) {
  const open = `<!-- depcruise:${name} -->`;
  const close = `<!-- /depcruise:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`docs/CONVENTIONS.md has no ${open} ... ${close}`);
  text = `${text.slice(0, start + open.length)}\n\n\`\`\`mermaid\n${mermaid(args)}\n\`\`\`\n\n${text.slice(end)}`;
}
fs.writeFileSync(DOC, text);
console.log(`Redrew ${Object.keys(PICTURES).join(" and ")} in ${path.relative(ROOT, DOC)}.`);
