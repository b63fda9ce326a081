#!/usr/bin/env node
/**
 * npm run audit:prod: audit the production dependencies (what could end up in the bundles Excel
 * loads) with `npm audit --omit=dev`, and list them with their installed versions and whether
 * src/ imports them at all (only imported packages are bundled into dist/).
 *
 * Exit codes: 0 no high or critical advisory; 1 a high or critical advisory; 2 the registry
 * could not answer the audit (some registries and mirrors answer "405 Method Not Allowed" to the
 * advisories endpoint): the dependency list is still printed so it can be checked by hand.
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Bare module specifiers imported anywhere under src/ (relative imports excluded). */
function importedPackages() {
  const found = new Set();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|js)$/.test(entry.name)) {
        const text = fs.readFileSync(full, "utf8");
        for (const m of text.matchAll(
          /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"'.][^"']*)["']/gm,
        )) {
          const spec = m[1];
          found.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]);
        }
      }
    }
  };
  walk(path.join(ROOT, "src"));
  return found;
}

function productionDependencies() {
  const ls = spawnSync(npm, ["ls", "--omit=dev", "--all", "--json"], { cwd: ROOT, encoding: "utf8" });
  const tree = JSON.parse(ls.stdout || "{}");
  const out = [];
  const visit = (deps, depth) => {
    for (const [name, info] of Object.entries(deps || {})) {
      out.push({ name, version: info.version || "(missing)", depth });
      visit(info.dependencies, depth + 1);
    }
  };
  visit(tree.dependencies, 0);
  return out;
}

const imported = importedPackages();
const deps = productionDependencies();
process.stdout.write("Production dependencies (npm ls --omit=dev --all):\n");
if (deps.length === 0) process.stdout.write("  (none)\n");
for (const d of deps) {
  const bundled =
    d.depth === 0
      ? imported.has(d.name)
        ? "imported by src/, bundled"
        : "not imported by src/, so not bundled"
      : "dependency of the above";
  process.stdout.write(`  ${"  ".repeat(d.depth)}${d.name}@${d.version}: ${bundled}\n`);
}
const undeclared = [...imported].filter((name) => !deps.some((d) => d.name === name));
if (undeclared.length > 0)
  process.stdout.write(
    `Packages src/ imports that are not production dependencies (types or dev only?): ${undeclared.join(", ")}\n`,
  );

const audit = spawnSync(npm, ["audit", "--omit=dev", "--json"], { cwd: ROOT, encoding: "utf8" });
let report;
try {
  report = JSON.parse(audit.stdout || "");
} catch {
  report = undefined;
}
const counts = report && report.metadata && report.metadata.vulnerabilities;
if (!counts) {
  const why =
    (report && report.message) || (audit.stderr || "").trim().split("\n")[0] || `npm audit exited ${audit.status}`;
  process.stdout.write(`npm audit --omit=dev could not run here: ${why}\n`);
  process.stdout.write(
    "The registry did not answer the advisories request; check the list above by hand, or run this where registry.npmjs.org answers.\n",
  );
  process.exit(2);
}
process.stdout.write(`npm audit --omit=dev: ${JSON.stringify(counts)}\n`);
process.exit((counts.high || 0) + (counts.critical || 0) > 0 ? 1 : 0);
