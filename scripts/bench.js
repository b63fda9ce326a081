#!/usr/bin/env node
/**
 * npm run bench: time each hot path and compare it, in the same run, with a plain loop doing the
 * same counting or arithmetic on the same data. One line a path; the figures go in
 * docs/performance.md. Not part of npm test: speed is checked by these ratios, never by timed
 * assertions. Exits non-zero only when it cannot run (no dist/functions.js, a module fails to
 * load, a path throws).
 *
 * - The custom functions are timed through the BUILT bundle (dist/functions.js) in a Node vm
 *   whose only global is a CustomFunctions stub, as the contract tests load it (run
 *   `npm run build` first). Their baselines run in the same vm, so both pay the same realm costs.
 * - The pure models (district summary, plan) and the sheet writer are TypeScript: this script
 *   compiles them on require with TypeScript's transpileModule (no ts-node, no extra build).
 * - The district uses the real DfE school-level SEN file (sen-school-level-england-2023.csv,
 *   24,442 schools) when present, with made-up budgets, mobility and allocated hours added by a
 *   fixed pseudo-random sequence (the file has none); otherwise a synthetic district.
 *
 * - The DfE long-format file (about 760,000 rows) is generated here with the real header (and
 *   the real school names when the DfE file is present), then decoded, parsed and pivoted.
 * - All of England in three tables (the long file pivoted, a budget table keyed "201/3614", a
 *   SENCO survey keyed by URN, both made up from the real file) joined, looked up and summarised,
 *   against a plain Map join; skipped with a message when the real DfE file is absent.
 * - All of England matched by the schools' names (the real DfE file against a 24,000-row budget
 *   table naming the schools as LA tables do), against a plain Map join on LA and name as written.
 *
 * - SEND.LEVYFORECAST runs over 60 months and 200 apprenticeships through the bundle, against a
 *   plain loop over the same payments in the same vm.
 *
 * - The task pane is loaded in headless chromium (playwright-core, /usr/bin/chromium) from dist/
 *   served on 127.0.0.1: the time until it is ready, median of several loads.
 *
 * Options: --quick (fewer repetitions, for a smoke run); --only=register,long,... (some paths).
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const vm = require("vm");
const Module = require("module");

const ROOT = path.resolve(__dirname, "..");
const QUICK = process.argv.includes("--quick");
/** --only=register,long: run only these paths (register, hours, census, district, long, join, names, csv, plan, levy, pane). */
const ONLY = (process.argv.find((a) => a.startsWith("--only=")) || "").slice(7).split(",").filter(Boolean);
const runs = (name) => ONLY.length === 0 || ONLY.includes(name);
const REAL_DATA = path.resolve(ROOT, "..", "shared", "data", "sen-school-level-england-2023.csv");

function fail(message) {
  process.stderr.write(`bench: cannot run: ${message}\n`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// TypeScript on require (transpile only, CommonJS), for src/ and test/ helpers.
// ---------------------------------------------------------------------------------------------
let ts;
try {
  ts = require("typescript");
} catch {
  fail("the typescript package is missing: run npm install");
}
Module._extensions[".ts"] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      isolatedModules: true,
    },
  });
  module._compile(outputText, filename);
};

// ---------------------------------------------------------------------------------------------
// Timing: warm-up runs, then the median of several timed runs.
// ---------------------------------------------------------------------------------------------
function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median milliseconds of `runs` timed runs of `fn` (after one warm-up run when runs > 1). */
function medianMs(fn, runs) {
  if (runs > 1) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = nowMs();
    if (fn() === undefined) throw new Error("a timed path returned nothing (the work may have been optimised away)");
    times.push(nowMs() - start);
  }
  return median(times);
}

/**
 * Median milliseconds of `path` and of its `baseline`, timed alternately (path, baseline, path,
 * ...) so that both see the same machine load: on a shared machine the ratio stays meaningful
 * even when the absolute times drift.
 */
function timePair(path, baseline, { warm = QUICK ? 1 : 3, runs = QUICK ? 3 : 9 } = {}) {
  for (let i = 0; i < warm; i++) {
    path();
    baseline();
  }
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    for (const [fn, times] of [
      [path, a],
      [baseline, b],
    ]) {
      const start = nowMs();
      const out = fn();
      times.push(nowMs() - start);
      if (out === undefined) throw new Error("a timed path returned nothing (the work may have been optimised away)");
    }
  }
  return { pathMs: median(a), baseMs: median(b) };
}

function fmtMs(ms) {
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  if (ms >= 0.001) return `${(ms * 1000).toFixed(2)} µs`;
  return `${(ms * 1e6).toFixed(1)} ns`;
}

function fmtInt(n) {
  return n.toLocaleString("en-GB");
}

function line(name, parts) {
  process.stdout.write(`${name.padEnd(34)} ${parts.join(" | ")}\n`);
}

/** Deterministic pseudo-random numbers in [0, 1): the same generator the fuzz suite uses. */
const { mulberry32: random } = require(path.join(ROOT, "test/helpers/prng.ts"));

// ---------------------------------------------------------------------------------------------
// The built functions bundle in a vm with a CustomFunctions stub.
// ---------------------------------------------------------------------------------------------
function loadFunctionsBundle() {
  // The same loader the bundle-level tests use: a vm whose only global is a CustomFunctions stub.
  const { ensureBuilt, loadFreshBundle } = require(path.join(ROOT, "test/helpers/bundle.ts"));
  try {
    ensureBuilt();
  } catch (error) {
    fail(error.message);
  }
  // A plain vm (runtime "node"), not the tests' ES2016 one: that one deletes newer built-ins from
  // the prototypes, which leaves them in V8's slow dictionary mode and would time the test harness,
  // not the bundle. Excel's runtime simply lacks those built-ins.
  const { functions, context } = loadFreshBundle({ runtime: "node" });
  for (const id of ["SENCOHOURSFROMREGISTER", "SENCOHOURS"]) {
    if (!functions.has(id)) fail(`dist/functions.js does not associate ${id}`);
  }
  return { functions, context };
}

// ---------------------------------------------------------------------------------------------
// Path 1: SENCOHOURSFROMREGISTER over 1,000,000 register cells.
// ---------------------------------------------------------------------------------------------
function benchRegister({ functions, context }) {
  const CELLS = 1_000_000;
  const next = random(7);
  // A whole-column reference: one code a pupil (mostly N or blank), as a census export writes them.
  const register = new Array(CELLS);
  for (let i = 0; i < CELLS; i++) {
    const r = next();
    register[i] = [
      r < 0.13 ? "K" : r < 0.16 ? "E" : r < 0.17 ? "sen support" : r < 0.7 ? "N" : r < 0.72 ? " k " : null,
    ];
  }
  // Move the array into the vm realm's hands unchanged (Excel hands the function a plain array).
  context.__register = register;
  // Baseline: the bare counting loop over the same array, in the same vm (same realm costs).
  const baseline = vm.runInContext(
    `(function (cells) {
       let k = 0, e = 0, n = 0, other = 0;
       for (let r = 0; r < cells.length; r++) {
         const row = cells[r];
         for (let c = 0; c < row.length; c++) {
           const v = row[c];
           if (v === "K") k++; else if (v === "E") e++; else if (v === "N") n++; else if (v !== null) other++;
         }
       }
       return k + 5 * e + n + other;
     })`,
    context,
  );
  const fn = functions.get("SENCOHOURSFROMREGISTER");
  const hours = fn(67755, register, 0.34, null);
  if (typeof hours !== "number") throw new Error(`SENCOHOURSFROMREGISTER returned ${String(hours)}`);
  const { pathMs: fnMs, baseMs } = timePair(
    () => fn(67755, register, 0.34, null),
    () => baseline(register),
  );
  delete context.__register;
  line("SENCOHOURSFROMREGISTER 1M cells", [
    `${fmtMs(fnMs)}/call (${fmtMs(fnMs / CELLS)}/cell)`,
    `baseline counting loop ${fmtMs(baseMs)}`,
    `ratio ${(fnMs / baseMs).toFixed(1)}x`,
    `result ${hours} h`,
  ]);
  return { fnMs, baseMs };
}

// ---------------------------------------------------------------------------------------------
// Path 2: 100,000 SENCOHOURS calls through the Excel adapter.
// ---------------------------------------------------------------------------------------------
function benchSencoHours({ functions, context }) {
  const CALLS = 100_000;
  const next = random(11);
  const args = new Array(CALLS);
  for (let i = 0; i < CALLS; i++) {
    args[i] = [
      Math.round(5000 + next() * 200000),
      Math.floor(next() * 80),
      Math.floor(next() * 20),
      Math.floor(next() * 15),
      Math.round(next() * 60) / 100,
    ];
  }
  const fn = functions.get("SENCOHOURS");
  const through = vm.runInContext(
    `(function (fn, args) { let sum = 0; for (let i = 0; i < args.length; i++) { const a = args[i]; sum += fn(a[0], a[1], a[2], a[3], a[4]); } return sum; })`,
    context,
  );
  // Baseline: the same arithmetic inline (budget points, register points, complete 40s, mobility steps).
  const inline = vm.runInContext(
    `(function (args) {
       let sum = 0;
       for (let i = 0; i < args.length; i++) {
         const a = args[i];
         const points = Math.floor(a[0] / 1000 + 0.5) + a[1] + 5 * a[2] + 5 * a[3];
         const m = a[4];
         sum += Math.floor(points / 40) + (m > 0.4 ? 3 : m > 0.3 ? 2 : m > 0.2 ? 1 : 0);
       }
       return sum;
     })`,
    context,
  );
  const a = through(fn, args);
  const b = inline(args);
  if (a !== b) throw new Error(`SENCOHOURS and the inline arithmetic disagree: ${a} vs ${b} hours in total`);
  const { pathMs: fnMs, baseMs } = timePair(
    () => through(fn, args),
    () => inline(args),
  );
  line("SENCOHOURS x100,000 (adapter)", [
    `${fmtMs(fnMs / CALLS)}/call (${fmtMs(fnMs)} in all)`,
    `baseline inline arithmetic ${fmtMs(baseMs / CALLS)}/call`,
    `ratio ${(fnMs / baseMs).toFixed(1)}x`,
    `checksum ${fmtInt(a)} h (same)`,
  ]);
  return { fnMs, baseMs };
}

// ---------------------------------------------------------------------------------------------
// Path 2b: SENNEEDCOUNTS and SENCENSUSCHECK over a 1,000,000-row register (provision, primary and
// secondary need), through the adapter.
// ---------------------------------------------------------------------------------------------
function censusRegister(rows) {
  const next = random(2027);
  const needs = [
    "SEMH",
    "SLCN",
    "ASD - Autistic Spectrum Disorder",
    "SpLD",
    "MLD",
    "Social, emotional and mental health",
    "NSA",
  ];
  const provision = new Array(rows);
  const primary = new Array(rows);
  const secondary = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const r = next();
    // Mostly no SEN (N or blank); SEN support and EHC plans in code and SIMS forms, with a need.
    const p = r < 0.11 ? "K" : r < 0.13 ? "K - SEN Support" : r < 0.16 ? "E" : r < 0.7 ? "N" : null;
    const onRegister = p !== null && p !== "N";
    const need = onRegister ? needs[Math.floor(next() * (p === "E" ? 6 : 7))] : null;
    provision[i] = [p];
    primary[i] = [need];
    secondary[i] = [onRegister && next() < 0.2 ? "HI" : null];
  }
  return { provision, primary, secondary };
}

function benchCensus({ functions, context }) {
  const ROWS = 1_000_000;
  const { provision, primary, secondary } = censusRegister(ROWS);
  // Baseline: one plain loop over the same three columns, counting provision codes and needs by
  // comparing each cell with a few strings, in the same vm.
  const baseline = vm.runInContext(
    `(function (p, n, s) {
       let k = 0, e = 0, needs = 0, second = 0;
       for (let r = 0; r < p.length; r++) {
         const code = p[r][0];
         if (code === "K") k++; else if (code === "E") e++;
         const need = n[r][0];
         if (need !== null && need !== "") needs++;
         if (s[r][0] !== null) second++;
       }
       return k + 5 * e + 7 * needs + second;
     })`,
    context,
  );
  const counts = functions.get("SENNEEDCOUNTS");
  const check = functions.get("SENCENSUSCHECK");
  const total = counts(provision, primary);
  const problems = check(provision, primary, secondary);
  if (!Array.isArray(total) || total.length !== 17) throw new Error("SENNEEDCOUNTS did not spill 17 rows");
  if (!Array.isArray(problems) || problems.length !== 2)
    throw new Error("SENCENSUSCHECK found problems in a clean register");
  const results = [];
  for (const [name, run] of [
    ["SENNEEDCOUNTS 1M rows", () => counts(provision, primary)],
    ["SENCENSUSCHECK 1M rows", () => check(provision, primary, secondary)],
  ]) {
    const { pathMs: fnMs, baseMs } = timePair(run, () => baseline(provision, primary, secondary));
    line(name, [
      `${fmtMs(fnMs)}/call (${fmtMs(fnMs / ROWS)}/row)`,
      `baseline counting loop ${fmtMs(baseMs)}`,
      `ratio ${(fnMs / baseMs).toFixed(1)}x`,
      name.startsWith("SENNEED") ? `on the register ${fmtInt(total[16][3])} pupils` : `${problems[1][1]}`,
    ]);
    results.push({ fnMs, baseMs });
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Path 3: the district summary model (and the writer's syncs and chunks) for 500 and 24,000 schools.
// ---------------------------------------------------------------------------------------------
const DISTRICT_HEADERS = [
  "School name",
  "Local authority",
  "Notional SEN budget",
  "SEN support (K)",
  "EHC plans (E)",
  "Pupil mobility",
  "Allocated SENCO hours",
];

/** Rows from the real DfE file, with made-up budget, mobility and allocated hours (the file has none). */
function realDistrictRows(parseCsv) {
  if (!fs.existsSync(REAL_DATA)) return undefined;
  const rows = parseCsv(fs.readFileSync(REAL_DATA, "utf8"));
  const header = rows[0].map((h) => h.trim());
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) fail(`${REAL_DATA} has no column ${name}`);
    return i;
  };
  const [la, name, pupils, support, ehc] = ["la_name", "school_name", "Total pupils", "SEN support", "EHC plan"].map(
    col,
  );
  const next = random(2023);
  return rows.slice(1).map((r) => {
    const k = Number(r[support]);
    const e = Number(r[ehc]);
    // Made up: budget ~ £1,400 a SEN support pupil + £6,000 an EHC plan, +/-30%; mobility 0-45%; allocated hours.
    const budget = Math.round((k * 1400 + e * 6000) * (0.7 + next() * 0.6));
    return [
      r[name],
      r[la],
      budget,
      k,
      e,
      Math.round(next() * 45) / 100,
      next() < 0.1 ? null : Math.round(next() * 16 * 2) / 2,
      Number(r[pupils]),
    ];
  });
}

function syntheticDistrictRows(count) {
  const next = random(24000);
  const rows = [];
  for (let i = 0; i < count; i++) {
    const pupils = 50 + Math.floor(next() * 1500);
    const k = Math.floor(pupils * next() * 0.2);
    const e = Math.floor(pupils * next() * 0.05);
    rows.push([
      `Made-up School ${i + 1}`,
      `Made-up LA ${i % 150}`,
      Math.round(k * 1400 + e * 6000),
      k,
      e,
      Math.round(next() * 45) / 100,
      next() < 0.1 ? null : Math.round(next() * 32) / 2,
      pupils,
    ]);
  }
  return rows;
}

async function benchDistrict() {
  const { buildDistrictSummary } = require(path.join(ROOT, "src/sheets/district/summary/summary-model.ts"));
  const { detectColumns } = require(path.join(ROOT, "src/sheets/district/read/header-detection.ts"));
  const { parseCsv } = require(path.join(ROOT, "src/sheets/district/read/csv.ts"));
  const { writeNewSheet } = require(path.join(ROOT, "src/workbook/write-sheet.ts"));
  const { FakeExcel } = require(path.join(ROOT, "test/workbook/fake-excel.ts"));

  const real = realDistrictRows(parseCsv);
  const allRows = (real ?? syntheticDistrictRows(24442)).map((r) => r.slice(0, 7));
  const dataLabel = real
    ? `real DfE 2023 school list (${fmtInt(real.length)} schools) + made-up budgets`
    : "synthetic (the DfE school-level SEN file is not present)";
  const detection = detectColumns(DISTRICT_HEADERS);
  const mapping = detection.mapping;
  for (const field of ["name", "budget", "schoolAction", "statements", "mobility", "allocated"]) {
    if (mapping[field] === undefined) fail(`header detection did not map ${field} from ${DISTRICT_HEADERS.join(", ")}`);
  }
  const sizes = [500, 24000];
  if (allRows.length > 24000) sizes.push(allRows.length);
  process.stdout.write(`district data: ${dataLabel}\n`);
  for (const count of sizes) {
    const rows = allRows.slice(0, count);
    const source = { sheetName: "Schools", headerRow: 0, firstCol: 0, headers: DISTRICT_HEADERS, rows };
    const reps = count > 1000 ? { warm: 2, runs: QUICK ? 2 : 7 } : {};
    let summary;
    // Baseline: one plain loop over the same rows doing the same arithmetic (points, complete 40s,
    // mobility steps, totals, below-guide count).
    const { pathMs: modelMs, baseMs } = timePair(
      () => (summary = buildDistrictSummary(source, mapping, { sourceLabel: `Schools!A1:G${count + 1}` })),
      () => {
        let total = 0;
        let below = 0;
        for (let i = 0; i < rows.length; i++) {
          const r = rows[i];
          const m = r[5];
          const h =
            Math.floor((Math.floor(r[2] / 1000 + 0.5) + r[3] + 5 * r[4]) / 40) +
            (m > 0.4 ? 3 : m > 0.3 ? 2 : m > 0.2 ? 1 : 0);
          total += h;
          if (r[6] !== null && r[6] < h) below++;
        }
        return total + below;
      },
      reps,
    );
    const fake = new FakeExcel({ sheets: ["Schools"] });
    const writeStart = nowMs();
    const result = await writeNewSheet(fake.context, summary.model);
    const writeMs = nowMs() - writeStart;
    const maxPayload = Math.max(...result.payloadBytes);
    line(`district summary ${fmtInt(count)} schools`, [
      `model ${fmtMs(modelMs)} (${fmtMs(modelMs / count)}/school)`,
      `baseline loop ${fmtMs(baseMs)}`,
      `ratio ${(modelMs / baseMs).toFixed(0)}x`,
      `writer: ${result.syncs} syncs, ${result.chunks} chunk${result.chunks === 1 ? "" : "s"}, largest request ${(maxPayload / 1e6).toFixed(2)} MB (fake Excel, ${fmtMs(writeMs)})`,
      `${fmtInt(summary.schools.length)} ok, ${fmtInt(summary.badRows.length)} bad rows`,
    ]);
  }
}

// ---------------------------------------------------------------------------------------------
// Path 5: the DfE long-format school-level file (about 760,000 rows for England) decoded, parsed
// and pivoted to one row per school by the pane's code (CsvReader + DfeLongPivot), against a
// plain loop that only touches every character of the same text once.
// ---------------------------------------------------------------------------------------------
const LONG_HEADER =
  "time_period,time_identifier,geographic_level,country_code,country_name,region_name,region_code,old_la_code,new_la_code,la_name,school_urn,estab,school_name,school_laestab,open_date,sex_of_school_description,phase_type_grouping,establishment_type,middle_school,all_through,hospital_school,religious_denomination,admissions_policy,district_administrative_code,district_administrative_name,pcon_code,pcon_name,ward_code,ward_name,urban_rural,school_postcode,lsoa11,provision_for_spld,provision_for_mld,provision_for_sld,provision_for_pmld,provision_for_semh,provision_for_slcn,provision_for_hi,provision_for_vi,provision_for_msi,provision_for_pd,provision_for_asd,provision_for_oth,specialist_provision_unit_type,sen_provision,sen_primary_need,pupil_count";
const NEEDS = [
  "Autistic spectrum disorder",
  "Hearing impairment",
  "Moderate learning difficulty",
  "Multi-sensory impairment",
  "Other difficulty or disability",
  "Physical disability",
  "Profound and multiple learning difficulty",
  "Social, emotional and mental health",
  "Severe learning difficulty",
  "Specific learning difficulty",
  "Speech, language and communication needs",
  "Visual impairment",
  "No specialist assessment of type of need",
  "Missing",
];

/** A long-format file: per school the total, then SEN support and EHC plan, each as a total and per need (31 rows a school). */
function longFormatText(schools) {
  const names = [];
  if (fs.existsSync(REAL_DATA)) {
    const { parseCsv } = require(path.join(ROOT, "src/sheets/district/read/csv.ts"));
    for (const r of parseCsv(fs.readFileSync(REAL_DATA, "utf8")).slice(1))
      names.push([r[0], r[1], +r[2], +r[3], +r[4]]);
  }
  const q = (f) => (/[",]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  const next = random(758849);
  const lines = [LONG_HEADER];
  // Made-up LA codes (201 up, one an LA in the order they appear) and establishment numbers (2000 up within an LA).
  const codes = new Map();
  const estabs = new Map();
  const made = [];
  for (let i = 0; i < schools; i++) {
    const real = names[i % Math.max(1, names.length)];
    const la = real ? real[0] : `Made-up LA ${i % 150}`;
    const name = real ? real[1] : `Made-up School ${i}`;
    const total = real ? real[2] : 50 + Math.floor(next() * 1500);
    const k = real ? real[3] : Math.floor(total * 0.13);
    const e = real ? real[4] : Math.floor(total * 0.04);
    const urn = String(100000 + i);
    if (!codes.has(la)) codes.set(la, String(201 + codes.size));
    const code = codes.get(la);
    const estab = 2000 + (estabs.get(la) || 0);
    estabs.set(la, estab - 1999);
    made.push({ urn, code, estab, la, name, total, k, e });
    const head = `202425,Academic year,School,E92000001,England,London,E12000007,${code},E09000001,${q(la)},${urn},${estab},${q(name)},${code}${estab},z,Mixed,State-funded primary,Voluntary aided school,No,No,No,Church of England,Not applicable,E09000001,${q(la)},E14001172,Cities of London and Westminster,E05009308,Portsoken,(England/Wales) Urban major conurbation,EC3A 5DE,E01032739,No,No,No,No,No,No,No,No,No,No,No,No,All pupils`;
    lines.push(`${head},All pupils,All pupils,${total}`);
    for (const [provision, count] of [
      ["SEN support", k],
      ['"Education, health and care plan"', e],
    ]) {
      lines.push(`${head},${provision},All pupils,${count}`);
      let left = count;
      for (let n = 0; n < NEEDS.length; n++) {
        const c = n === NEEDS.length - 1 ? left : Math.floor(left * next() * 0.3);
        left -= c;
        lines.push(`${head},${provision},${q(NEEDS[n])},${c}`);
      }
    }
  }
  return { text: lines.join("\n") + "\n", rows: lines.length - 1, realNames: names.length > 0, schools: made };
}

/** The pane's parse + pivot of a decoded long-format file (CsvReader + DfeLongPivot). */
function pivotLongText(decoded) {
  const { CsvReader } = require(path.join(ROOT, "src/sheets/district/read/csv.ts"));
  const { DfeLongPivot, dfeLongColumns } = require(path.join(ROOT, "src/sheets/district/read/dfe-long.ts"));
  const reader = new CsvReader(decoded.text, decoded.delimiter, decoded.start);
  reader.scan();
  const header = [];
  for (let i = 0; i < reader.fieldCount; i++) header.push(reader.field(i));
  const pivot = new DfeLongPivot(dfeLongColumns(header));
  let line = 1;
  while (reader.scan() >= 0) pivot.addScanned(reader, ++line);
  return pivot.finish();
}

function benchLongFormat() {
  const { decodeCsv } = require(path.join(ROOT, "src/sheets/district/read/csv.ts"));
  const schools = 24480; // 31 rows a school: 758,880 rows, as many as the DfE's 2024/25 file (758,849)
  const { text, rows, realNames } = longFormatText(schools);
  const bytes = new TextEncoder().encode(text);
  let pivoted;
  let decoded;
  // Decoding the file's bytes is the browser's native TextDecoder (File.text() does the same);
  // timed on its own, then the pane's parse + pivot against one plain pass over the decoded text.
  const { pathMs: decodeMs, baseMs: nativeMs } = timePair(
    () => (decoded = decodeCsv(bytes)),
    () => new TextDecoder("utf-8").decode(bytes),
    { warm: 0, runs: 1 },
  );
  const { pathMs, baseMs } = timePair(
    () => (pivoted = pivotLongText(decoded)),
    () => {
      const t = decoded.text;
      let lines = 0;
      let commas = 0;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10) lines++;
        else if (c === 44) commas++;
      }
      return lines + commas;
    },
    { warm: 1, runs: QUICK ? 1 : 3 },
  );
  if (pivoted.rows.length !== schools) throw new Error(`the pivot gave ${pivoted.rows.length} schools, not ${schools}`);
  line(`DfE long format ${fmtInt(rows)} rows`, [
    `parse + pivot ${fmtMs(pathMs)} (${fmtInt(Math.round(rows / (pathMs / 1000)))} rows/s, ${(bytes.length / 1e6).toFixed(0)} MB)`,
    `baseline one pass over the text ${fmtMs(baseMs)}`,
    `ratio ${(pathMs / baseMs).toFixed(1)}x`,
    `decoding the bytes first ${fmtMs(decodeMs)} (plain TextDecoder ${fmtMs(nativeMs)})`,
    `${fmtInt(pivoted.rows.length)} schools${realNames ? " (real DfE school names)" : " (synthetic)"}`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Path 5b: all of England in three tables, as an LA officer joins them: the DfE long file pivoted
// (real school names and counts), a budget table keyed "201/3614" (made-up budgets, 1 school in
// 100 missing, 20 new schools the DfE file lacks) and a SENCO survey keyed by URN (made-up hours,
// 1 school in 20 missing), read from CSV, joined (keys, LAs, lists), and summarised as the District
// tab builds it (buildJoinedSummary: the INDEX/MATCH lookups, the summary sheet with its MATCH
// columns and the lists of unmatched schools); against a plain Map join of the same rows. Needs the
// real DfE file.
// ---------------------------------------------------------------------------------------------
function joinCsvTables(schools) {
  const next = random(1914);
  const q = (f) => (/[",]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  const budget = ["LAESTAB,School Name,Notional SEN Budget"];
  const survey = ["URN,School,SENCO hours allocated"];
  schools.forEach((s, i) => {
    // Made up: about £1,400 a SEN support pupil and £6,000 an EHC plan, +/-30%, and £5,000 a school.
    const amount = 5000 + Math.round((s.k * 1400 + s.e * 6000) * (0.7 + next() * 0.6));
    if (i % 100 !== 99) budget.push(`${s.code}/${s.estab},${q(s.name)},${amount}`);
    if (i % 20 !== 19) survey.push(`${s.urn},${q(s.name)},${Math.round(next() * 32) / 2}`);
  });
  for (let n = 0; n < 20; n++) budget.push(`999/${6900 + n},New free school ${n + 1} (made up),15000`);
  return { budget: budget.join("\r\n") + "\r\n", survey: survey.join("\r\n") + "\r\n" };
}

function csvTable(text, label, tableName) {
  const { decodeCsv, parseCsvValues } = require(path.join(ROOT, "src/sheets/district/read/csv.ts"));
  const csv = decodeCsv(new TextEncoder().encode(text));
  const rows = parseCsvValues(csv.text, csv.delimiter, csv.start);
  return { label, sheetName: label, tableName, headerRow: 0, firstCol: 0, headers: rows[0], rows: rows.slice(1) };
}

function benchJoin() {
  if (!fs.existsSync(REAL_DATA)) {
    process.stdout.write(`join: skipped: the DfE school-level SEN file is not present (${path.basename(REAL_DATA)})\n`);
    return;
  }
  const { decodeCsv } = require(path.join(ROOT, "src/sheets/district/read/csv.ts"));
  const { joinDistrict } = require(path.join(ROOT, "src/sheets/district/join/join.ts"));
  const { buildJoinedSummary } = require(path.join(ROOT, "src/sheets/district/summary/joined-summary.ts"));
  const { text, schools } = longFormatText(24480);
  const csv = joinCsvTables(schools);
  const bytes = new TextEncoder().encode(text);
  const decodeStart = nowMs();
  const decoded = decodeCsv(bytes);
  const decodeMs = nowMs() - decodeStart;
  let pivot;
  const pivotMs = medianMs(() => (pivot = pivotLongText(decoded)), QUICK ? 1 : 3);
  let tables;
  const dfe = {
    label: "DfE SEN by school",
    sheetName: "DfE SEN by school",
    tableName: "DfESenBySchool",
    headerRow: 3,
    firstCol: 0,
    headers: pivot.headers,
    rows: pivot.rows,
  };
  const readMs = medianMs(
    () => (tables = [dfe, csvTable(csv.budget, "Budget 2025-26"), csvTable(csv.survey, "SENCO survey", "Survey")]),
    QUICK ? 1 : 5,
  );
  let join;
  // Baseline: a plain Map join of the same rows (budget by LAESTAB without its "/", survey by URN).
  const { pathMs: joinMs, baseMs } = timePair(
    () => (join = joinDistrict(tables, { la: null })),
    () => {
      const budgetByKey = new Map();
      for (const r of tables[1].rows) budgetByKey.set(String(r[0]).replace("/", ""), r);
      const surveyByUrn = new Map();
      for (const r of tables[2].rows) surveyByUrn.set(r[0], r);
      let sum = 0;
      for (const r of dfe.rows) {
        const b = budgetByKey.get(r[2]);
        if (!b) continue;
        const s = surveyByUrn.get(Number(r[0]));
        sum += b[2] + r[5] + r[6] + (s ? s[2] : 0);
      }
      return sum;
    },
    { warm: 1, runs: QUICK ? 2 : 7 },
  );
  if (join.problems.length > 0) throw new Error(`the join has problems: ${join.problems.join(" ")}`);
  let summary;
  const restMs = medianMs(() => (summary = buildJoinedSummary(tables, join)), QUICK ? 2 : 7);
  const listed = join.unmatched.reduce((n, u) => n + u.schools.length, 0);
  const inPane = pivotMs + readMs + joinMs + restMs;
  // One pass of all of it, warm, in wall time and in this process's CPU time (what the wall time
  // would be on an idle machine, give or take the garbage collector's own threads).
  const cpuStart = process.cpuUsage();
  const wallStart = nowMs();
  const again = [dfe, csvTable(csv.budget, "Budget 2025-26"), csvTable(csv.survey, "SENCO survey", "Survey")];
  again[0] = { ...dfe, ...pivotLongText(decoded) };
  buildJoinedSummary(again, joinDistrict(again, { la: null }));
  const passWall = nowMs() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  const passCpu = (cpu.user + cpu.system) / 1000;
  line(`join 3 tables x ${fmtInt(pivot.rows.length)} schools`, [
    `join ${fmtMs(joinMs)}`,
    `baseline plain Map join ${fmtMs(baseMs)}`,
    `ratio ${(joinMs / baseMs).toFixed(1)}x`,
    `+ lookups + summary ${fmtMs(restMs)} (ratio ${((joinMs + restMs) / baseMs).toFixed(0)}x)`,
    `with the pivot (${fmtMs(pivotMs)}) and reading the two CSVs (${fmtMs(readMs)}): ${fmtMs(inPane)}; one pass ${fmtMs(passWall)}, CPU ${fmtMs(passCpu)} (budget 2,000 ms; decoding the DfE file's bytes first ${fmtMs(decodeMs)})`,
    `${fmtInt(summary.schools.length)} schools summarised, ${fmtInt(listed)} unmatched listed`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Path 5c: all of England matched by the schools' names, as the District tab matches tables that
// share no URN or LAESTAB: the real DfE school-level file (24,442 schools, no URN in it) against a
// 24,000-row budget table of the same schools in another order, named as LA tables write them
// ("C of E", "St.", "&", "School" left off, capitals: test/district/la-spellings.ts), with an LA
// name column and made-up budgets; every LA at once (each school compared within its own LA). The
// join by name (proposals, the unmatched with why) and the join again with every proposal
// accepted, against a plain Map join on the LA and the name as written. Needs the real DfE file.
// ---------------------------------------------------------------------------------------------
function namesBudgetTable(dfe) {
  const { laSpelling } = require(path.join(ROOT, "test/district/la-spellings.ts"));
  const next = random(2023);
  const name = dfe.headers.indexOf("school_name");
  const la = dfe.headers.indexOf("la_name");
  // 24,000 rows: the DfE file's schools but an evenly spread few (442 of 24,442), last row first.
  const keep = 24000;
  const n = dfe.rows.length;
  const rows = dfe.rows
    .filter((_r, i) => Math.floor(((i + 1) * keep) / n) !== Math.floor((i * keep) / n))
    .map((r, i) => [r[la], laSpelling(String(r[name]), i), 5000 + Math.round(next() * 150000)])
    .reverse();
  const headers = ["Local authority", "School name", "Notional SEN budget"];
  return { label: "Budget 2025-26", sheetName: "Budget 2025-26", headerRow: 0, firstCol: 0, headers, rows };
}

function benchNames() {
  if (!fs.existsSync(REAL_DATA)) {
    process.stdout.write(
      `names: skipped: the DfE school-level SEN file is not present (${path.basename(REAL_DATA)})\n`,
    );
    return;
  }
  const { parseCsvValues } = require(path.join(ROOT, "src/sheets/district/read/csv.ts"));
  const { joinDistrict } = require(path.join(ROOT, "src/sheets/district/join/join.ts"));
  const { buildJoinedSummary } = require(path.join(ROOT, "src/sheets/district/summary/joined-summary.ts"));
  const all = parseCsvValues(fs.readFileSync(REAL_DATA, "utf8"));
  const dfe = {
    label: "DfE SEN by school",
    sheetName: "DfE",
    headerRow: 0,
    firstCol: 0,
    headers: all[0],
    rows: all.slice(1),
  };
  const budget = namesBudgetTable(dfe);
  const tables = [dfe, budget];
  const choices = { matchBy: [undefined, "name"], la: null };
  let proposed;
  // Baseline: a plain Map join of the same rows on the LA and the name as written (lower case).
  let found = 0;
  const { pathMs, baseMs } = timePair(
    () => (proposed = joinDistrict(tables, choices)),
    () => {
      const byName = new Map();
      for (const r of dfe.rows) byName.set(`${r[0]}\u0000${String(r[1]).toLowerCase()}`, r);
      let sum = 0;
      found = 0;
      for (const r of budget.rows) {
        const d = byName.get(`${r[0]}\u0000${String(r[1]).toLowerCase()}`);
        if (d) ((found += 1), (sum += r[2] + d[3] + d[4]));
      }
      return sum;
    },
    { warm: 1, runs: QUICK ? 2 : 7 },
  );
  const m = proposed.names[0];
  const accept = [undefined, new Map(m.proposals.map((p) => [p.id, true]))];
  let joined;
  const acceptedMs = medianMs(
    () => (joined = joinDistrict(tables, { ...choices, nameDecisions: accept })),
    QUICK ? 1 : 5,
  );
  if (joined.problems.length > 0) throw new Error(`the join by name has problems: ${joined.problems.join(" ")}`);
  let summary;
  const summaryMs = medianMs(() => (summary = buildJoinedSummary(tables, joined)), QUICK ? 1 : 3);
  const short = m.proposals.filter((p) => p.tier === "short").length;
  line(`names ${fmtInt(dfe.rows.length)} x ${fmtInt(budget.rows.length)} schools`, [
    `match by name ${fmtMs(pathMs)} (${fmtInt(m.proposals.length)} proposed, ${fmtInt(short)} alike only without School, Primary...; ${fmtInt(m.misses.length)} + ${fmtInt(m.spineMisses.length)} unmatched listed with why)`,
    `baseline plain Map join on LA and name as written ${fmtMs(baseMs)} (finds ${fmtInt(found)})`,
    `ratio ${(pathMs / baseMs).toFixed(1)}x`,
    `every proposal accepted, joined again ${fmtMs(acceptedMs)} (${fmtInt(joined.schools.length)} schools), + lookups by name + summary ${fmtMs(summaryMs)} (${fmtInt(summary.schools.length)} schools summarised)`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Path 6: a 24,000-row district table as Windows Excel saves it in a semicolon locale
// (Windows-1252, ";"), decoded, parsed, its header row found and its columns mapped, against the
// same table as plain UTF-8 with commas through the same code.
// ---------------------------------------------------------------------------------------------
function benchCsvEncodings() {
  const { decodeCsv, parseCsv, csvCellValue } = require(path.join(ROOT, "src/sheets/district/read/csv.ts"));
  const { detectColumns, findHeaderRow } = require(path.join(ROOT, "src/sheets/district/read/header-detection.ts"));
  const rows = (realDistrictRows(parseCsv) ?? syntheticDistrictRows(24442)).slice(0, 24000);
  const headers = [
    ...DISTRICT_HEADERS.slice(0, 2),
    "Notional SEN budget (£)",
    ...DISTRICT_HEADERS.slice(3),
    "Total pupils",
  ];
  const asText = (sep, money) =>
    [headers, ...rows]
      .map((r) =>
        r
          .map((v, i) => {
            const f = v === null ? "" : i === 2 && money && typeof v === "number" ? `£${v}` : String(v);
            return f.includes(sep) || f.includes('"') ? `"${f.replace(/"/g, '""')}"` : f;
          })
          .join(sep),
      )
      .join("\r\n");
  const utf8 = new TextEncoder().encode(asText(",", false));
  const t1252 = asText(";", true).replace(/'/g, "\u2019");
  const cp1252 = new Uint8Array(t1252.length);
  for (let i = 0; i < t1252.length; i++) {
    const c = t1252.charCodeAt(i);
    cp1252[i] = c === 0x2019 ? 0x92 : c === 0xa3 ? 0xa3 : c < 256 ? c : 63;
  }
  const read = (bytes) => {
    const csv = decodeCsv(bytes);
    const cells = parseCsv(csv.text, csv.delimiter, csv.start).map((r) => r.map(csvCellValue));
    const h = findHeaderRow(cells);
    const detection = detectColumns(cells[h]);
    if (detection.mapping.budget === undefined) throw new Error(`no budget column found (${csv.detected})`);
    return { csv, cells, detection };
  };
  let detected;
  const { pathMs, baseMs } = timePair(
    () => {
      const r = read(cp1252);
      detected = r.csv.detected;
      return r;
    },
    () => read(utf8),
    { warm: 2, runs: QUICK ? 3 : 9 },
  );
  line(`CSV ${fmtInt(rows.length)} rows, Windows-1252 ;`, [
    `decode + parse + map ${fmtMs(pathMs)} (${detected})`,
    `same table UTF-8 , ${fmtMs(baseMs)}`,
    `ratio ${(pathMs / baseMs).toFixed(2)}x`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Path 4: the plan model (and the plan writer's syncs).
// ---------------------------------------------------------------------------------------------
async function benchPlan() {
  const { buildPlanModel } = require(path.join(ROOT, "src/sheets/plan/plan-model.ts"));
  const { writeNewSheet } = require(path.join(ROOT, "src/workbook/write-sheet.ts"));
  const { FakeExcel } = require(path.join(ROOT, "test/workbook/fake-excel.ts"));
  const { SAMPLE_PLAN_INPUTS: inputs } = require(path.join(ROOT, "test/plan/sample-plan-inputs.ts"));
  const PLANS = QUICK ? 200 : 1000;
  const variants = [];
  for (let i = 0; i < PLANS; i++) {
    variants.push({
      ...inputs,
      ageAtStart: 20 + (i % 40),
      nasencoCompleted: i % 2 === 1,
      price: 14000 + (i % 5) * 1000,
      startSerial: inputs.startSerial + (i % 400),
    });
  }
  let model;
  // Baseline: the plan's own arithmetic inline over the same inputs: the dated monthly instalments
  // (80% over the route's months) and the completion payment, 5% co-investment up to the band,
  // termly milestones, and off-the-job 20% of hours over the weeks a year for 2 years.
  const { pathMs: modelMs, baseMs } = timePair(
    () => {
      for (let i = 0; i < PLANS; i++) model = buildPlanModel(variants[i]);
      return model;
    },
    () => {
      let sink = 0;
      for (let i = 0; i < PLANS; i++) {
        const v = variants[i];
        const months = v.nasencoCompleted ? 18 : 27;
        const start = new Date(Date.UTC(1899, 11, 30) + v.startSerial * 86400000);
        const instalment = Math.round((v.price * 0.8 * 100) / months) / 100;
        for (let m = 0; m <= months; m++) {
          const due = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, start.getUTCDate());
          sink += (due - Date.UTC(1899, 11, 30)) / 86400000 + (m < months ? instalment : v.price * 0.2);
        }
        for (let t = 0; t < months; t += 4) sink += Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + t, 1);
        sink += Math.min(v.price, 18000) * 0.05 + v.weeklyHours * 0.2 * v.weeksPerYear * 2;
      }
      return sink;
    },
  );
  const cells = model.blocks.reduce((n, b) => n + b.cells.length * (b.cells[0] ? b.cells[0].length : 0), 0);
  const fake = new FakeExcel({ sheets: ["Budget"] });
  const result = await writeNewSheet(fake.context, model);
  line("plan model", [
    `${fmtMs(modelMs / PLANS)}/plan (${fmtInt(cells)} cells)`,
    `baseline inline arithmetic ${fmtMs(baseMs / PLANS)}/plan`,
    `ratio ${(modelMs / baseMs).toFixed(0)}x`,
    `writer: ${result.syncs} syncs, ${result.chunks} chunk${result.chunks === 1 ? "" : "s"} (fake Excel)`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Path 7: SEND.LEVYFORECAST over 60 months and 200 apprenticeships, through the adapter, against a
// plain loop over the same payments (one pot, no expiry, no dates: the bare arithmetic).
// ---------------------------------------------------------------------------------------------
function benchLevyForecast({ functions, context }) {
  const APPRENTICES = 200;
  const MONTHS = 60;
  const next = random(2026);
  const serial = (y, m, d) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
  const table = [["Start date", "Price the levy pays", "Planned months", "Age at start", "Care leaver or EHC plan"]];
  // A local authority's account: starts from 2024 to 2030, prices £3,000 to £27,000, 12 to 48 months.
  const plain = [];
  for (let i = 0; i < APPRENTICES; i++) {
    const start = serial(2024 + Math.floor(next() * 7), 1 + Math.floor(next() * 12), 1 + Math.floor(next() * 28));
    const price = Math.round(3000 + next() * 24000);
    const months = 12 + Math.floor(next() * 37);
    table.push([start, price, months, next() < 0.5 ? null : 18 + Math.floor(next() * 40), next() < 0.1]);
    plain.push([start, price, months]);
  }
  const first = serial(2026, 9, 1);
  const funds = [
    ["Month entered", "Amount unspent"],
    [serial(2025, 10, 1), 25000],
    [serial(2026, 7, 1), 25000],
  ];
  const fn = functions.get("LEVYFORECAST");
  context.__levy = { table, plain, first, funds };
  const through = vm.runInContext(
    `(function (fn, d) { return fn(60000000, d.table, d.first, ${MONTHS}, null, d.funds); })`,
    context,
  );
  // Baseline: the same payments (80% in equal instalments from the month after the start, 20% the
  // month after the planned end), month by month, from one balance with a fixed share of any shortfall.
  const baseline = vm.runInContext(
    `(function (d) {
       const firstMonth = 2026 * 12 + 8;
       const startMonth = (s) => { const t = new Date(Date.UTC(1899, 11, 30) + s * 86400000); return t.getUTCFullYear() * 12 + t.getUTCMonth(); };
       const rows = d.plain.map((a) => [startMonth(a[0]), Math.round(a[1] * 80), Math.round(a[1] * 100), a[2]]);
       let balance = 5000000, paidTotal = 0, employer = 0;
       for (let m = firstMonth; m < firstMonth + ${MONTHS}; m++) {
         for (let i = 0; i < rows.length; i++) {
           const r = rows[i], k = m - r[0];
           let due = 0;
           if (k >= 1 && k <= r[3]) { const each = Math.floor(r[1] / r[3]); due = k < r[3] ? each : r[1] - each * (r[3] - 1); }
           else if (k === r[3] + 1) due = r[2] - r[1];
           paidTotal += due;
           const take = Math.min(due, balance); balance -= take; employer += Math.round((due - take) * 0.25);
         }
         balance += 2375000;
       }
       return [paidTotal, employer];
     })`,
    context,
  );
  const rows = through(fn, context.__levy);
  if (!Array.isArray(rows) || rows.length !== MONTHS + 1) throw new Error(`LEVYFORECAST returned ${String(rows)}`);
  let paid = 0;
  let employer = 0;
  let expired = 0;
  for (const r of rows.slice(1)) {
    paid += Math.round((r[2] + r[3]) * 100);
    employer += r[5];
    expired += r[7];
  }
  const plainPaid = baseline(context.__levy)[0];
  if (paid !== plainPaid)
    throw new Error(`LEVYFORECAST and the plain loop disagree on the payments: ${paid} and ${plainPaid} pence`);
  const { pathMs, baseMs } = timePair(
    () => through(fn, context.__levy),
    () => baseline(context.__levy),
  );
  delete context.__levy;
  line(`LEVYFORECAST ${MONTHS} months x ${APPRENTICES}`, [
    `${fmtMs(pathMs)}/call (adapter: coercion, dates, oldest-first funds, expiry)`,
    `baseline plain loop over the same payments ${fmtMs(baseMs)}`,
    `ratio ${(pathMs / baseMs).toFixed(0)}x`,
    `payments £${fmtInt(Math.round(paid / 100))} (same), employer co-investment £${fmtInt(Math.round(employer))}, expired £${fmtInt(Math.round(expired))}`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Path 8: the task pane ready, in headless chromium.
// ---------------------------------------------------------------------------------------------
/**
 * One load of dist/taskpane.html in a plain tab: ms from navigation to a ready pane
 * (body[data-ready]: the tabs drawn and the first tab's form in place) and the ms of script
 * Chromium ran (CDP's ScriptDuration).
 */
async function paneLoad(context, origin) {
  const page = await context.newPage();
  // Runs in the page: note the time since navigation when the shell marks the body ready.
  /* global document, window, MutationObserver */
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.body && document.body.dataset.ready === "true") {
        window.__ready = performance.now();
        observer.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForSelector("body[data-ready='true']", { timeout: 15000 });
  const ready = await page.evaluate(() => window.__ready);
  const { metrics } = await cdp.send("Performance.getMetrics");
  const script = metrics.find((m) => m.name === "ScriptDuration").value * 1000;
  await page.close();
  return { ready, script };
}

/** A browser context for the pane: its own origin served, office.js routed to node_modules or refused, nothing else. */
async function paneContext(browser, origin, withOfficeJs) {
  const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
  const OFFICE_JS_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 420, height: 900 } });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    const file = path.join(OFFICE_JS_DIST, url.slice(OFFICE_CDN.length).split(/[?#]/)[0]);
    if (withOfficeJs && url.startsWith(OFFICE_CDN) && file.startsWith(OFFICE_JS_DIST + path.sep) && fs.existsSync(file))
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fs.readFileSync(file) });
    return route.abort("blockedbyclient");
  });
  return context;
}

/**
 * The pane ready, as a user opening it waits for it: dist/ served on 127.0.0.1 (scripts/serve.js,
 * no caching) to headless chromium with the browser tests' flags, office.js routed to the copy in
 * node_modules; and the pane alone, office.js refused (the pane then previews without it). The
 * two loaded alternately, one warm-up load each, then the median of several. No baseline: the
 * goal is the pane ready within 300 ms.
 */
async function benchPaneReady() {
  const { chromium } = require("playwright-core");
  const { CHROMIUM, CHROMIUM_FLAGS } = require(path.join(ROOT, "test/browser/harness.ts"));
  const { startServer } = require(path.join(ROOT, "scripts/serve.js"));
  const DIST = path.join(ROOT, "dist");
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) fail("dist/taskpane.html is missing: run npm run build");
  if (!fs.existsSync(CHROMIUM)) {
    process.stdout.write(`pane ready: skipped (${CHROMIUM} is missing: apt-get install -y chromium)\n`);
    return;
  }
  const server = await startServer({ root: DIST, port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  try {
    const kinds = [
      { label: "pane ready (plain tab)", note: "office.js routed locally", withOfficeJs: true },
      { label: "pane ready, office.js not loaded", note: "the pane alone", withOfficeJs: false },
    ];
    for (const kind of kinds) {
      kind.context = await paneContext(browser, origin, kind.withOfficeJs);
      kind.loads = [];
      await paneLoad(kind.context, origin);
    }
    const LOADS = QUICK ? 3 : 11;
    for (let i = 0; i < LOADS; i++) for (const kind of kinds) kind.loads.push(await paneLoad(kind.context, origin));
    for (const { label, note, loads } of kinds) {
      const ready = loads.map((l) => l.ready);
      line(label, [
        `${fmtMs(median(ready))} after navigation (median of ${LOADS} loads, ${fmtMs(Math.min(...ready))} to ${fmtMs(Math.max(...ready))}; goal 300 ms)`,
        `script ${fmtMs(median(loads.map((l) => l.script)))}`,
        note,
      ]);
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}

async function main() {
  const cpu = (os.cpus()[0] && os.cpus()[0].model) || "unknown CPU";
  process.stdout.write(
    `machine: ${os.cpus().length} CPUs (nproc ${os.availableParallelism ? os.availableParallelism() : os.cpus().length}), ${cpu.trim()}, Node ${process.version}, ${os.platform()} ${os.release()}${QUICK ? " (quick run)" : ""}\n`,
  );
  const bundle = loadFunctionsBundle();
  if (runs("register")) benchRegister(bundle);
  if (runs("hours")) benchSencoHours(bundle);
  if (runs("census")) benchCensus(bundle);
  if (runs("district")) await benchDistrict();
  if (runs("long")) benchLongFormat();
  if (runs("join")) benchJoin();
  if (runs("names")) benchNames();
  if (runs("csv")) benchCsvEncodings();
  if (runs("plan")) await benchPlan();
  if (runs("levy")) benchLevyForecast(bundle);
  if (runs("pane")) await benchPaneReady();
}

main().catch((error) => fail(error && error.stack ? error.stack : String(error)));
