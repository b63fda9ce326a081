/**
 * The house's import lines, checked by dependency-cruiser (`npm run depcruise`, part of `npm test`):
 * data flows one way through the folders of src/ (the layer table below, docs/CONVENTIONS.md), the
 * district's rooms open one way (read <- join <- summary), no import cycle anywhere in src/ (type-only
 * imports count: tsPreCompilationDeps), no module nothing imports and that imports nothing, and
 * Office.js packages only in src/workbook. Office's globals (`Excel.run`, `context.sync()`) are not
 * imports: test/architecture.test.ts checks those.
 */

/** What each folder of src/ may import besides itself. */
const MAY_IMPORT = {
  rules: [],
  values: ["rules"],
  sheets: ["rules", "values"],
  functions: ["rules", "values"],
  workbook: ["rules", "values", "sheets"],
  taskpane: ["rules", "values", "sheets", "workbook"],
};

/** The district's rooms, in the order data passes through them: each may import only the rooms before it. */
const DISTRICT = "^src/sheets/district/";
const DISTRICT_ROOMS = ["read", "join", "summary"];

const layerRules = Object.entries(MAY_IMPORT).map(([folder, allowed]) => ({
  name: `layer-${folder}`,
  comment: `src/${folder} may import ${allowed.length > 0 ? allowed.map((f) => `src/${f}`).join(", ") : "nothing outside itself"} (docs/CONVENTIONS.md).`,
  severity: "error",
  from: { path: `^src/${folder}/` },
  to: { path: "^src/", pathNot: `^src/(${[folder, ...allowed].join("|")})/` },
}));

const roomRules = DISTRICT_ROOMS.slice(0, -1).map((room, i) => ({
  name: `district-room-${room}`,
  comment: `src/sheets/district/${room} may not import the rooms after it (${DISTRICT_ROOMS.slice(i + 1).join(", ")}): read <- join <- summary.`,
  severity: "error",
  from: { path: `${DISTRICT}${room}/` },
  to: { path: `${DISTRICT}(${DISTRICT_ROOMS.slice(i + 1).join("|")})/` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: "layer-unknown-folder",
      comment: "Every folder of src/ has its line in the layer table (MAY_IMPORT above) and a README.",
      severity: "error",
      from: { path: "^src/", pathNot: `^src/(${Object.keys(MAY_IMPORT).join("|")})/` },
      to: {},
    },
    ...roomRules,
    {
      name: "district-in-rooms",
      comment: "Every district module lives in a room (read, join or summary), never loose in src/sheets/district.",
      severity: "error",
      from: { path: `${DISTRICT}[^/]+$` },
      to: {},
    },
    {
      name: "district-in-rooms-imported",
      comment: "Every district module lives in a room (read, join or summary), never loose in src/sheets/district.",
      severity: "error",
      from: {},
      to: { path: `${DISTRICT}[^/]+$` },
    },
    {
      name: "office-js-in-workbook",
      comment: "Office.js and the Office add-in packages are src/workbook's alone.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/workbook/" },
      to: { path: "(^|/)(@microsoft/office-js|@types/office-js|office-addin-[a-z-]+)(/|$)" },
    },
    {
      name: "no-circular",
      comment: "An import cycle, type-only imports included: move the shared part down to the module both import.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-orphans",
      comment: "A module that imports nothing and that nothing imports: use it or remove it.",
      severity: "error",
      // old-webview.js is a page script of its own (taskpane.html loads it before taskpane.js).
      from: { orphan: true, pathNot: ["\\.d\\.ts$", "^src/taskpane/old-webview\\.js$"] },
      to: {},
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    reporterOptions: {
      mermaid: { minify: false },
    },
  },
};
