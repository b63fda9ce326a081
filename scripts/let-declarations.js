/**
 * A webpack plugin for the functions bundle (webpack.config.js, production builds): once the
 * minifier is done, it writes each `const` declaration as `let` and joins declarations that
 * follow one another in a block into one (`let a=1;let b=2` as `let a=1,b=2`): about 150
 * declarations, 2 bytes each, and a few joins, 4 bytes each (the minifier has no such option).
 *
 * The same bindings either way in code that never assigns to a constant, which TypeScript already
 * guarantees for the source (an assignment to a const does not compile); `let` is ES2015, so the
 * bundle stays ES2016 (test/quality/es2016.test.ts). The declarations are found by parsing
 * (acorn, the parser webpack uses), never by searching the text, so no "const" inside a string, a
 * template or a property name is touched; the source map follows the edits (ReplaceSource).
 */
"use strict";

const acorn = require("acorn");
const webpack = require("webpack");

/**
 * The edits, as [start, end (exclusive), new text], that write a script's `const` declarations as
 * `let` and join a `let` or `const` declaration to the one just before it in the same block. A
 * `var` is never joined (its scope is the function's, not the block's). Pure (exported for its test).
 */
function letEdits(code) {
  const edits = [];
  const lexical = (node) => node && node.type === "VariableDeclaration" && node.kind !== "var";
  const visit = (node, before) => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, node[i - 1]));
    if (!node || typeof node.type !== "string") return;
    if (lexical(node)) {
      const keywordEnd = node.start + node.kind.length;
      if (lexical(before) && code[before.end - 1] === ";") {
        // ";let b" (or ";const b") becomes ",b".
        edits.push([before.end - 1, code[keywordEnd] === " " ? keywordEnd + 1 : keywordEnd, ","]);
      } else if (node.kind === "const") edits.push([node.start, keywordEnd, "let"]);
    }
    for (const key of Object.keys(node)) if (typeof node[key] === "object") visit(node[key]);
  };
  visit(acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" }));
  return edits;
}

/** `code` with letEdits applied (for the test; the plugin edits a webpack source). */
function withLetDeclarations(code) {
  let result = code;
  for (const [start, end, text] of letEdits(code).reverse()) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

class LetDeclarationsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LetDeclarationsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // Right after the minifier (PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE), before a source map is written.
        { name: "LetDeclarationsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        () => {
          for (const asset of compilation.getAssets()) {
            if (!asset.name.endsWith(".js")) continue;
            const replaced = new webpack.sources.ReplaceSource(asset.source);
            for (const [start, end, text] of letEdits(asset.source.source().toString())) {
              replaced.replace(start, end - 1, text); // ReplaceSource's end is inclusive
            }
            compilation.updateAsset(asset.name, replaced);
          }
        },
      );
    });
  }
}

module.exports = { LetDeclarationsPlugin, letEdits, withLetDeclarations };
