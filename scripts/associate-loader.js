/**
 * A webpack loader for the functions bundle, run on each function family module right after the
 * custom-functions metadata plugin's own loader (webpack.config.js).
 *
 * The plugin appends one `CustomFunctions.associate("ID", ID);` per JSDoc'd declaration, and
 * every declaration is the same wrapper (docs/CONVENTIONS.md, "adding a custom function"):
 *
 *   export function SENCOHOURS(...): number {
 *     return invoke(SENCO_FUNCTIONS.SENCOHOURS, arguments) as number;
 *   }
 *
 * so the bundle carried 24 copies of it, each naming its id twice (about 2.4 KB). When every
 * declaration of a module is that wrapper of its own table's entry, and the table declares
 * exactly those ids, this loader replaces the appended lines with one
 * `associateFunctions(TABLE)` (src/functions/define.ts), which associates the same function
 * under each id; the wrappers are then unused and leave the bundle. The JSDoc, the metadata and
 * the source stay as they are. A module in any other shape is left as the plugin made it, with a
 * build warning saying why. The contract test checks the result: every id of functions.json
 * associated exactly once, each with as many parameters as its metadata lists.
 */
"use strict";

const ASSOCIATE_LINE = /\nCustomFunctions\.associate\("([^"]+)", ([A-Za-z_$][\w$]*)\);/g;

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The source with the plugin's associate lines replaced by one call, or `{ reason }` saying why
 * it is left alone. Pure (exported for its test).
 */
function compactAssociations(source) {
  const lines = [...source.matchAll(ASSOCIATE_LINE)];
  if (lines.length === 0) return { reason: "no CustomFunctions.associate lines to compact" };
  const tables = new Set();
  for (const [, id, name] of lines) {
    const wrapper = new RegExp(
      `export function ${escapeRegExp(name)}\\([^)]*\\)[^{]*\\{\\s*return invoke\\(([A-Za-z_$][\\w$]*)\\.${escapeRegExp(id)}, arguments\\)(?: as [^;]+)?;\\s*\\}`,
    );
    const match = wrapper.exec(source);
    if (!match) return { reason: `${name} is not the wrapper \`return invoke(TABLE.${id}, arguments)\`` };
    tables.add(match[1]);
    const entry = new RegExp(`\\b${escapeRegExp(id)}: defineFunction\\(\\s*"${escapeRegExp(id)}"`);
    if (!entry.test(source)) return { reason: `the table declares no ${id}: defineFunction("${id}", ...)` };
  }
  if (tables.size !== 1) return { reason: `the wrappers invoke more than one table (${[...tables].join(", ")})` };
  const entries = source.match(/\b[A-Za-z_$][\w$]*: defineFunction\(/g) || [];
  if (entries.length !== lines.length)
    return { reason: `the table declares ${entries.length} functions but ${lines.length} are associated` };
  if (/\bassociateFunctions\b/.test(source.replace(ASSOCIATE_LINE, "")))
    return { reason: "the module already names associateFunctions" };
  const [table] = tables;
  return {
    source:
      source.replace(ASSOCIATE_LINE, "") +
      `\nimport { associateFunctions } from "./define";\nassociateFunctions(${table});\n`,
  };
}

module.exports = function associateLoader(source) {
  const result = compactAssociations(source);
  if (result.source !== undefined) return result.source;
  this.emitWarning(new Error(`associate-loader: left as the metadata plugin wrote it: ${result.reason}.`));
  return source;
};
module.exports.compactAssociations = compactAssociations;
