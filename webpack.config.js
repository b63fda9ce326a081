/**
 * Build: dist/functions.js (+ functions.json generated from JSDoc, functions.html), the task pane
 * (taskpane.html + taskpane.js, one script a tab, tab-<id>.js, and the code tabs share,
 * shared-<tabs>.js), manifest.xml, assets/, help/functions.html (the function reference the
 * functions' @helpurl points at) and the help pages each tab links to (help/*.html).
 *
 * ADDIN_BASE_URL=https://host/path npm run build rewrites every https://localhost:3000 URL in
 * dist/manifest.xml, dist/functions.json and the help page, for hosting on a school's server.
 * Two builds: the functions bundle as ES2016 (Excel's JavaScript-only runtime), the task pane as
 * ES2020. Both are minified as webpack does by default (terser, with the ECMAScript version taken
 * from each build's target). Plain JavaScript on purpose (webpack-cli and a TypeScript config do
 * not mix here).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { minify } = require("terser");
const { renderHtml } = require("./scripts/function-docs");
const { normaliseBaseUrl, rewriteBaseUrl } = require("./scripts/base-url");

const FUNCTION_FAMILIES = [
  "./src/functions/senco.ts",
  "./src/functions/slmda.ts",
  "./src/functions/levy.ts",
  "./src/functions/register.ts",
  "./src/functions/reviews.ts",
];
const FUNCTION_FAMILY_FILES = FUNCTION_FAMILIES.map((file) => path.resolve(__dirname, file));

/**
 * functions.json with `allowErrorForDataTypeAny` set: a register range holding an error (a #N/A
 * from a lookup) then reaches the function, which names the cell, instead of the whole formula
 * showing the error with no word. Microsoft's metadata reference: a top-level property that the
 * JSDoc metadata plugin does not write ("can only be used with manually created JSON metadata").
 * Every `any` parameter takes errors then: src/functions/define.ts passes a scalar's error on as
 * Excel would, with the argument's name.
 */
function withErrorsAllowed(json) {
  const metadata = JSON.parse(json);
  return JSON.stringify({ allowErrorForDataTypeAny: true, ...metadata }, null, 2);
}

/** Rewrites the base URL in functions.json, lets errors in, and writes help/functions.html from it. */
class FunctionReferencePlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionReferencePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionReferencePlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin reported errors; webpack shows them
          let json = withErrorsAllowed(asset.source.source().toString());
          if (this.baseUrl) json = rewriteBaseUrl(json, this.baseUrl);
          compilation.updateAsset("functions.json", new webpack.sources.RawSource(json));
          compilation.emitAsset("help/functions.html", new webpack.sources.RawSource(renderHtml(JSON.parse(json))));
        },
      );
    });
  }
}

/**
 * The help each tab links to (help/README.md): every help/<id>.html but the layout holds a page's
 * body, which help/layout.html, the head every page shares, wraps; the title is the page's h1.
 */
function helpPages() {
  const folder = path.resolve(__dirname, "help");
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".html") && name !== "layout.html")
    .map((name) => {
      const page = fs.readFileSync(path.join(folder, name), "utf8");
      const heading = /<h1>([^<]*)<\/h1>/.exec(page);
      return new HtmlWebpackPlugin({
        filename: `help/${name}`,
        template: "./help/layout.html",
        inject: false,
        chunks: [],
        title: `Help: ${heading ? heading[1] : name} (SEND leadership)`,
        page,
      });
    });
}

/** Options both builds share: output folder, TypeScript through ts-loader at `tsTarget`. */
function common(mode, tsTarget) {
  return {
    mode,
    devtool: mode === "development" ? "source-map" : false,
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Types are checked by `npm run typecheck`; the build only transpiles (fast).
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { target: tsTarget } } },
        },
      ],
    },
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

/** The ECMAScript features webpack may use in its own runtime code of an ES2016 bundle. */
const ES2016_ENVIRONMENT = {
  arrowFunction: true,
  const: true,
  destructuring: true,
  forOf: true,
  templateLiteral: true,
  module: false,
  dynamicImport: false,
  dynamicImportInWorker: false,
  optionalChaining: false,
  nodePrefixForCoreModules: false,
  asyncFunction: false,
  bigIntLiteral: false,
  document: false,
  globalThis: false,
  hasOwn: false,
  logicalAssignment: false,
  topLevelAwait: false,
};

module.exports = (_env, argv) => {
  const mode = argv.mode || "production";
  const baseUrl = normaliseBaseUrl(process.env.ADDIN_BASE_URL);
  // Two builds. The functions bundle is ES2016: Excel's JavaScript-only custom-functions runtime
  // (Windows before build 2403, perpetual Office through 2021) supports nothing newer, and a
  // bundle it cannot parse fails to load without a word to the user. The task pane runs in a
  // browser webview and stays ES2020. The functions build runs first and empties dist/.
  const functions = {
    ...common(mode, "ES2016"),
    name: "functions",
    target: ["web", "es2016"],
    entry: { functions: "./src/functions/index.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      environment: ES2016_ENVIRONMENT,
      // The JavaScript-only runtime has no window, self or globalThis: the script's own `this`.
      globalObject: '(typeof self !== "undefined" ? self : this)',
      // A fixed public path keeps webpack from looking up document.currentScript.
      publicPath: "",
      clean: true,
    },
    module: {
      rules: [
        ...common(mode, "ES2016").module.rules,
        // Runs right after the metadata plugin's loader: its per-function associate calls become
        // one associateFunctions(TABLE) per family (scripts/associate-loader.js).
        { test: FUNCTION_FAMILY_FILES, use: path.resolve(__dirname, "scripts/associate-loader.js") },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FAMILIES }),
      new FunctionReferencePlugin(baseUrl),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
    ],
  };
  const taskpane = {
    ...common(mode, "ES2020"),
    name: "taskpane",
    dependencies: ["functions"],
    target: ["web", "es2020"],
    entry: { taskpane: "./src/taskpane/taskpane.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].js",
      publicPath: "",
      clean: false,
    },
    optimization: {
      // Code that several tabs share is a script of its own, named after the tabs that share it
      // (shared-levy-plan.js: the Plan and Levy tabs), so every file name says what it holds.
      splitChunks: {
        name: (_module, chunks) =>
          `shared-${chunks
            .map((chunk) => chunk.name.replace(/^tab-/, ""))
            .sort()
            .join("-")}`,
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      ...helpPages(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The help pages' stylesheet (the pages themselves: helpPages()).
          { from: "help/help.css", to: "help/help.css" },
          // The task pane's stylesheet, copied as is (no inline <style> element).
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // ES5 on purpose: minified as ES5 here (comments out, names shortened), and kept from the
          // bundle's own minifier, which would turn it into newer syntax.
          {
            from: "src/taskpane/old-webview.js",
            to: "old-webview.js",
            info: { minimized: true },
            transform: async (content) => (await minify(content.toString(), { ecma: 5, compress: { passes: 2 } })).code,
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (baseUrl ? rewriteBaseUrl(content.toString(), baseUrl) : content),
          },
        ],
      }),
    ],
  };
  return [functions, taskpane];
};
