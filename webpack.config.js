/**
 * Build: dist/functions.js (+ functions.json generated from JSDoc, functions.html), the task pane
 * (taskpane.html + taskpane.js), manifest.xml, assets/ and help/functions.html (the function
 * reference the functions' @helpurl points at).
 *
 * ADDIN_BASE_URL=https://host/path npm run build rewrites every https://localhost:3000 URL in
 * dist/manifest.xml, dist/functions.json and the help page, for hosting on a school's server.
 * Two builds: the functions bundle as ES2016 (Excel's JavaScript-only runtime), the task pane as
 * ES2020. Plain JavaScript on purpose (webpack-cli and a TypeScript config do not mix here).
 */
"use strict";

const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { minify } = require("terser");
const { renderHtml } = require("./scripts/function-docs");
const { normaliseBaseUrl, rewriteBaseUrl } = require("./scripts/base-url");
const { LetDeclarationsPlugin } = require("./scripts/let-declarations");
const { PANE_PROPERTIES } = require("./scripts/pane-properties");

const FUNCTION_FAMILIES = ["./src/functions/senco.ts", "./src/functions/slmda.ts", "./src/functions/register.ts"];
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

/**
 * Property names the functions bundle may shorten: names of its own objects (rule rows, results,
 * inputs, coercers, errors, the function tables), always read as `object.name`, never through a
 * string (`object["name"]`, or `object[key]` with a key written in the code), and never seen by
 * Excel (which gets only scalars and arrays). Not listed, so never shortened: CustomFunctions' API,
 * JavaScript's built-ins (RESERVED_PROPERTIES) and the keys looked up by a string (the routes
 * "full" and "nasenco" and the schedule's kinds "start", "workshop", "end": so no `start` here; the
 * SEN codes; `value`, which Object.defineProperty reads). The function tables' keys are the
 * function ids: associateFunctions reads them only through Object.keys. A name added here that is
 * read through a string breaks its function: the bundle tests call every function through the
 * built bundle.
 */
const MANGLED_PROPERTIES = new RegExp(
  `^(${[
    // rule rows and their values
    "nonLevyExemptToAgeCareLeaverOrEhc|nonLevyExemptToAge|nonLevyRate|levyShortfallRate|maxFundedAgeCareLeaverOrEhc",
    "maxFundedAge|notRequiredFromAge|countedWeeklyHoursAtMost|withinMonths|dueBy|completeBefore|qualification|topUp",
    "from|over|hours|why|share|months|fee|route|title|module|number|term|year|month|day|serial",
    // inputs and results
    "schoolActionPlusPoints|schoolActionPoints|schoolActionPlus|schoolAction|statementPoints|statements|senSupportPoints",
    "senSupport|notionalSenBudget|pupilMobility|recommendedHours|totalPoints|hoursFromPoints|mobilityHours|budgetPoints",
    "weeksPerYear|directedHoursPerYear|weeklyHours|startSerial|ageAtStart|careLeaverOrEhcPlan|levyPayer|levyFunds",
    "bandMaximum|fromLevy|governmentCoInvestment|employerCoInvestment|employerOutsideFunding|employerCashCost",
    "coInvestmentRate|fundable|onRegister|milestone|workshops|blocks|project|amount|price|total|payments|kind",
    "annualPayBill|apprenticeships|firstMonthSerial|englishShare|fundsInAccount|monthSerial|expires|left|funds",
    "pence|rate|completion|counts|header|code|form|rule|text",
    // coercers, limits, errors and the function tables
    "optional|allowed|zeroIsBlank|blankIsZero|blank|percentText|percent|money|integer|overMax|belowMax|coerce|render",
    "implausible|plausible|ifRight|parts|field|key|cell|row|col|words|because",
    "id|args|run|(?:SEN|SLMDA|APPRENTICESHIP|LEVY)[A-Z]{3,}",
  ].join("|")})$`,
);

/**
 * JavaScript's built-in property names (ECMAScript's global objects and their prototypes, and a
 * RegExp match's own), never shortened. DOM property names need no such care: the functions run
 * with no DOM (the contract test checks every global they read), so `serial` or `kind` are free.
 */
const ECMASCRIPT_GLOBALS = (
  "Object Function Array Number String Boolean Symbol Math Date RegExp JSON Error EvalError RangeError ReferenceError SyntaxError TypeError URIError " +
  "Map Set WeakMap WeakSet Promise Proxy Reflect ArrayBuffer DataView Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array Float32Array Float64Array Intl"
).split(" ");
function javascriptPropertyNames() {
  const names = new Set(["index", "input", "groups", "indices", "lastIndex"]);
  for (const globalName of ECMASCRIPT_GLOBALS) {
    const value = globalThis[globalName];
    for (const holder of [value, value.prototype]) {
      if (holder) for (const name of Object.getOwnPropertyNames(holder)) names.add(name);
    }
  }
  return [...names];
}
/**
 * `from` (the day a rule row, or a date input's limits, take effect: 32 uses) is Array.from and
 * the typed arrays' `from` too, which the functions never call: shortened all the same, and
 * test/quality/mangled-properties.test.ts checks that every property the bundle reads from a
 * JavaScript global (Array.from among them) is still one of that global's own.
 */
const RESERVED_PROPERTIES = javascriptPropertyNames().filter((name) => name !== "from");

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
    optimization: {
      // Terser, as webpack runs it, with what this bundle allows: four passes (the fourth still
      // finds something, more do not); property reads without side effects (no getters here);
      // function declarations hoisted to the top of their scope; built-ins taken as the standard
      // ones (`unsafe`: String(x) as x + "", a template as a concatenation, Number.NaN as NaN; the
      // values this bundle shows are numbers and strings, never a symbol or an object with its own
      // valueOf); serialFromYmd's result unused means the call can go; Object.freeze as the
      // identity (the rule tables are frozen for the task pane's sake; nothing in this bundle
      // writes to them, a write would be a bug); ES2016 output (arrows for functions that use
      // neither `this` nor `arguments`).
      minimizeOptions: {
        javascript: {
          ecma: 2016,
          compress: {
            passes: 4,
            pure_getters: true,
            hoist_funs: true,
            unsafe: true,
            pure_funcs: ["serialFromYmd"],
            global_defs: { "@Object.freeze": "(frozen) => frozen" },
            unsafe_arrows: true,
          },
          mangle: {
            properties: { regex: MANGLED_PROPERTIES, keep_quoted: true, builtins: true, reserved: RESERVED_PROPERTIES },
          },
        },
      },
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
      // Once minified, const declarations written as let and joined (scripts/let-declarations.js).
      ...(mode === "production" ? [new LetDeclarationsPlugin()] : []),
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
      publicPath: "",
      clean: false,
    },
    optimization: {
      // Terser with what the pane's code allows: three passes; property reads without side effects
      // (the pane reads no getter for its effect: no forced layout, no throwing read); function
      // declarations hoisted; built-ins taken as the standard ones (`unsafe`: String(x) as x + "",
      // a template as a concatenation; the pane shows numbers, strings and cell values, never a
      // symbol or an object with its own valueOf); function expressions that use neither `this`
      // nor `arguments` as arrows (none is called with `new`: the pane's classes are classes).
      // Property names stay as written, since the DOM and Office.js read them by name, except the
      // pane's own listed in scripts/pane-properties.js (each checked by a test: see there).
      minimizeOptions: {
        javascript: {
          ecma: 2020,
          compress: { passes: 3, pure_getters: true, hoist_funs: true, unsafe: true, unsafe_arrows: true },
          mangle: {
            properties: { regex: new RegExp(`^(?:${PANE_PROPERTIES.join("|")})$`), keep_quoted: true },
          },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
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
