/**
 * Renders the function reference from dist/functions.json (the metadata the build generates
 * from the functions' JSDoc): docs/functions.md for the repository, help/functions.html for the
 * add-in's help URLs (https://<base>/help/functions.html#<lowercase id>). One source, two forms.
 * The output depends only on the metadata (help URLs are left out), so a production build with
 * another base URL produces the same docs/functions.md.
 */
"use strict";

const { BLANK_AND_ZERO, blankAndZeroRow } = require("./blank-and-zero");

const NAMESPACE = "SEND";

/** Excel serial of a date (days since 30/12/1899). */
function serial(y, m, d) {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

function ddmmyyyy(value) {
  const date = new Date(Date.UTC(1899, 11, 30) + value * 86400000);
  const two = (n) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

const REGISTER_EXAMPLE = [["K"], ["K"], ["E"], ["N"], [""], ["E"]];
/** Primary needs beside REGISTER_EXAMPLE, as the census records them. */
const NEEDS_EXAMPLE = [["SEMH"], ["SLCN"], ["ASD"], [""], [""], ["ASD"]];
/** Primary needs beside REGISTER_EXAMPLE with three census problems in them. */
const NEEDS_TO_CHECK = [["SEMH"], [""], ["NSA"], ["SEMH"], [""], ["ASD"]];

/**
 * A worked example per function: the formula as typed, the raw arguments Excel passes for it
 * (test/docs.test.ts runs them through the built bundle and checks `expected`), what it shows,
 * and a note. `dates` marks a spill's first column as dates (`dateColumn` another column); `rows` limits the rows shown.
 */
const EXAMPLES = {
  SENCOPOINTS: {
    formula: "=SEND.SENCOPOINTS(67755, 10, 5, 6)",
    args: [67755, 10, 5, 6],
    expected: 133,
    note: "School X: 68 budget points (£67,755 in thousands, halves up) + 10 + 25 + 30.",
  },
  SENCOMOBILITYHOURS: {
    formula: "=SEND.SENCOMOBILITYHOURS(34%)",
    args: [0.34],
    expected: 2,
    note: "34% is over 30% but not over 40%.",
  },
  SENCOHOURS: {
    formula: "=SEND.SENCOHOURS(67755, 10, 5, 6, 34%)",
    args: [67755, 10, 5, 6, 0.34],
    expected: 5,
    note: "133 points give 3 hours (1 per complete 40), plus 2 mobility hours. Today's SEN support pupils go in school_action, EHC plans in statements.",
  },
  SENCOBREAKDOWN: {
    formula: "=SEND.SENCOBREAKDOWN(67755, 10, 5, 6, 34%)",
    args: [67755, 10, 5, 6, 0.34],
    expected: [
      ["Budget points (A): notional SEN budget in £1,000s", 68],
      ["School Action points (x 1)", 10],
      ["School Action Plus points (x 5)", 25],
      ["Statement/EHC plan points (x 5)", 30],
      ["Total points (A + B)", 133],
      ["Hours from points (1 per complete 40)", 3],
      ["Mobility hours (C)", 2],
      ["Recommended hours per week", 5],
    ],
    note: "The working behind SENCOHOURS for School X.",
  },
  SENCOHOURSFROMREGISTER: {
    formula: "=SEND.SENCOHOURSFROMREGISTER(67755, Register[SEN status], 34%, 5)",
    args: [67755, REGISTER_EXAMPLE, 0.34, 5],
    expected: 4,
    note: "A register column holding K, K, E, N, (blank), E: 68 budget points + 2 × 5 + 2 × 5 = 88 points, 2 hours, plus 2 for mobility. Use a table column or a bounded range such as C2:C400, not C:C.",
  },
  SENREGISTERCOUNTS: {
    formula: "=SEND.SENREGISTERCOUNTS(Register[SEN status])",
    args: [REGISTER_EXAMPLE],
    expected: [
      ["SEN support (K)", 2],
      ["EHC plan (E)", 2],
      ["School Action (A)", 0],
      ["School Action Plus (P)", 0],
      ["Statement (S)", 0],
      ["No SEN (N)", 1],
      ["On the SEN register (K+E+A+P+S)", 4],
    ],
    note: "The same register column; the blank cell is not a pupil.",
  },
  SLMDAFEE: { formula: "=SEND.SLMDAFEE()", args: [], expected: 18000, note: "The full programme's fee." },
  SLMDAMONTHS: {
    formula: "=SEND.SLMDAMONTHS(TRUE)",
    args: [true],
    expected: 18,
    note: "The NASENCO route (27 months for the full programme).",
  },
  SLMDAWORKSHOPS: {
    formula: "=SEND.SLMDAWORKSHOPS()",
    args: [],
    expected: 9,
    note: "The full programme; SLMDASCHEDULE dates one workshop per block, and the provider sets the rest.",
  },
  SLMDABLOCKS: {
    formula: "=SEND.SLMDABLOCKS(TRUE)",
    args: [true],
    expected: [
      [1, "Operations Management", "Work based project (Masters Learning)"],
      [2, "Finance Management", "Work based project (Research Methods)"],
      [3, "Strategic Management", "Work based project (Research Proposal)"],
      [4, "Leading and Change", "Work based project"],
      [5, "", "Work based project and completion of Portfolio of Evidence."],
    ],
    note: "The NASENCO route's five blocks.",
  },
  SLMDAEMPLOYERCOST: {
    formula: "=SEND.SLMDAEMPLOYERCOST(18000, FALSE, , DATE(2026,9,1), 30)",
    args: [18000, false, null, serial(2026, 9, 1), 30],
    expected: 18000,
    note: "A non-levy school, start 01/09/2026, apprentice aged 30: Level 7 starts from 01/01/2026 are funded only to age 21, so the school pays the whole price.",
  },
  SLMDAFUNDING: {
    formula: "=SEND.SLMDAFUNDING(18000, TRUE, 18000, DATE(2025,9,1), 30)",
    args: [18000, true, 18000, serial(2025, 9, 1), 30],
    expected: [
      ["Price", 18000],
      ["Funding band maximum", 14000],
      ["Paid from levy funds", 14000],
      ["Government co-investment", 0],
      ["Employer co-investment", 0],
      ["Employer pays outside funding (above the band, or not fundable)", 4000],
      ["Employer cash cost", 4000],
    ],
    note: "A levy payer whose account holds at least the price (levy_funds 18000: enough), start 01/09/2025. Left out, blank or 0, levy_funds is none left.",
  },
  SLMDAPAYMENTS: {
    formula: "=SEND.SLMDAPAYMENTS(18000, FALSE, DATE(2026,9,1))",
    args: [18000, false, serial(2026, 9, 1)],
    dates: true,
    rows: 3,
    expected: [
      [serial(2026, 9, 1), 533.33],
      [serial(2026, 10, 1), 533.33],
      [serial(2026, 11, 1), 533.33],
    ],
    note: "27 monthly instalments of £533.33 (the last £533.42), then £3,600 on completion: 28 rows, the first three shown. They are the provider's income, paid from levy funds, the government and the employer's co-investment.",
  },
  SLMDAOFFTHEJOBHOURS: {
    formula: "=SEND.SLMDAOFFTHEJOBHOURS(37, 24, 39, DATE(2024,9,1))",
    args: [37, 24, 39, serial(2024, 9, 1)],
    expected: 468,
    note: "Term-time staff on 37 hours a week, 39 weeks a year, start 01/09/2024: the 20% is of at most 30 hours for starts from 01/08/2022, so 6 hours a week × 39 weeks × 2 years. A start from 01/08/2025 gives #N/A.",
  },
  SLMDASCHEDULE: {
    formula: "=SEND.SLMDASCHEDULE(DATE(2026,9,1), TRUE)",
    args: [serial(2026, 9, 1), true],
    dates: true,
    rows: 4,
    expected: [
      [serial(2026, 9, 1), "Start: first meeting of apprentice, coach and line manager (individual learning plan)"],
      [serial(2026, 9, 1), "Block 1 workshop: Operations Management & Work based project (Masters Learning)"],
      [serial(2026, 10, 1), "Coach visit (autumn term)"],
      [serial(2027, 1, 4), "Block 2 workshop: Finance Management & Work based project (Research Methods)"],
    ],
    note: "The first four of 13 rows. Block 2's workshop moves from Friday 01/01/2027 (New Year's Day) to Monday 04/01/2027.",
  },
  SENCOTIMEFTE: {
    formula: "=SEND.SENCOTIMEFTE(5)",
    args: [5],
    expected: (5 * 39) / 1265,
    note: "5 hours a week over 39 weeks is 195 of a full-time teacher's 1,265 directed hours: 0.154 FTE.",
  },
  SENCOTIMECOST: {
    formula: "=SEND.SENCOTIMECOST(5, 50000, 30%)",
    args: [5, 50000, 0.3],
    expected: 10019.76,
    note: "0.154 FTE of a £50,000 salary with 30% on-costs: £10,019.76 a year.",
  },
  SENCOQUALIFICATIONDUE: {
    formula: "=SEND.SENCOQUALIFICATIONDUE(DATE(2024,1,15))",
    args: [serial(2024, 1, 15)],
    expected: serial(2027, 1, 15),
    note: "A SENCO appointed on 15/01/2024 must hold the qualification by 15/01/2027 (format the cell as a date).",
  },
  SENCOQUALIFICATIONNEEDED: {
    formula: "=SEND.SENCOQUALIFICATIONNEEDED(DATE(2023,1,9), FALSE, DATE(2024,3,1))",
    args: [serial(2023, 1, 9), false, serial(2024, 3, 1)],
    expected: "NASENCO",
    note: 'A NASENCO course begun on 01/03/2024, before 01/09/2024, still counts if completed before 01/09/2027; without a course start the answer is "NPQ for SENCOs".',
  },
  APPRENTICESHIPLEVYFUNDS: {
    formula: "=SEND.APPRENTICESHIPLEVYFUNDS(4000000, , DATE(2026,4,6))",
    args: [4000000, null, serial(2026, 4, 6)],
    expected: 5500,
    note: "A £4,000,000 pay bill pays £5,000 levy; funds entering before 01/08/2026 get the 10% top-up (£5,500), from then £5,000.",
  },
  APPRENTICESHIPLEVY: {
    formula: "=SEND.APPRENTICESHIPLEVY(4000000)",
    args: [4000000],
    expected: 5000,
    note: "0.5% of £4,000,000 is £20,000, less the £15,000 allowance.",
  },
  LEVYFORECAST: {
    formula: "=SEND.LEVYFORECAST(4000000, A2:C2, DATE(2026,8,1), 3, , 4000)",
    args: [4000000, [[serial(2026, 9, 1), 14000, 27]], serial(2026, 8, 1), 3, null, 4000],
    dates: true,
    expected: [
      [
        "Month",
        "Levy funds in",
        "Instalments",
        "Completion payments",
        "Paid from levy funds",
        "Employer co-investment",
        "Government co-investment",
        "Funds expired",
        "Balance at month end",
        "Paid outside the levy",
        "Transfers out",
        "Transfers not covered (receiver pays)",
      ],
      [serial(2026, 8, 1), 416.67, 0, 0, 0, 0, 0, 0, 4416.67, 0, 0, 0],
      [serial(2026, 9, 1), 416.67, 0, 0, 0, 0, 0, 0, 4833.34, 0, 0, 0],
      [serial(2026, 10, 1), 416.67, 414.81, 0, 414.81, 0, 0, 0, 4835.2, 0, 0, 0],
    ],
    note: "A £4,000,000 pay bill's £5,000 levy enters at £416.67 a month, into an account holding £4,000. A2:C2 holds a SENCO's apprenticeship (01/09/2026, £14,000, 27 months): its first instalment, £414.81 (80% of the price over 27 months), is paid in October, a month after it is earned, from September's balance.",
  },
  LEVYTRANSFERALLOWANCE: {
    formula: "=SEND.LEVYTRANSFERALLOWANCE(6200000, DATE(2026,12,1))",
    args: [6200000, serial(2026, 12, 1)],
    expected: 8800.02,
    note: "In the tax year 2026-27 a levy payer may transfer 50% of the 2025-26 levy funds: a £6,200,000 pay bill's £16,000 levy with the 10% top-up entered as 12 monthly £1,466.67, £17,600.04, so £8,800.02.",
  },
  SENNEEDCOUNTS: {
    formula: "=SEND.SENNEEDCOUNTS(Register[SEN status], Register[Primary need])",
    args: [REGISTER_EXAMPLE, NEEDS_EXAMPLE],
    expected: [
      ["Primary need", "SEN support (K)", "EHC plan (E)", "Total"],
      ["SPLD: Specific learning difficulty", 0, 0, 0],
      ["MLD: Moderate learning difficulty", 0, 0, 0],
      ["SLD: Severe learning difficulty", 0, 0, 0],
      ["PMLD: Profound and multiple learning difficulty", 0, 0, 0],
      ["SEMH: Social, emotional and mental health", 1, 0, 1],
      ["SLCN: Speech, language and communication needs", 1, 0, 1],
      ["HI: Hearing impairment", 0, 0, 0],
      ["VI: Vision impairment", 0, 0, 0],
      ["MSI: Multi-sensory impairment", 0, 0, 0],
      ["PD: Physical disability", 0, 0, 0],
      ["ASD: Autistic spectrum disorder", 0, 2, 2],
      ["DS: Down syndrome", 0, 0, 0],
      ["OTH: Other difficulty or disability", 0, 0, 0],
      ["NSA: SEN support but no specialist assessment of type of need", 0, 0, 0],
      ["Not recorded", 0, 0, 0],
      ["Total", 2, 2, 4],
    ],
    note: "The register column of SENREGISTERCOUNTS beside its primary needs (SEMH, SLCN, ASD, blank, blank, ASD): the two K pupils by their needs, the two E pupils both ASD; the N pupil and the blank row are not counted.",
  },
  SENCENSUSCHECK: {
    formula: "=SEND.SENCENSUSCHECK(Register[SEN status], Register[Primary need], , ROW(INDEX(Register[SEN status],1)))",
    args: [REGISTER_EXAMPLE, NEEDS_TO_CHECK, null, 2],
    expected: [
      ["Row", "Problem"],
      [3, "SEN support (K) needs a primary need (census rule 2170)"],
      [
        4,
        "NSA is only for SEN support (K): a pupil with an EHC plan has been assessed, so record the type of need the plan names (SEMH, ASD, ...) (census rule 2175)",
      ],
      [5, "N (no SEN) with a need: remove the need, or record K or E (census rule 2125)"],
    ],
    note: "The same register, its first pupil on sheet row 2, with primary needs SEMH, blank, NSA, SEMH, blank, ASD. Row is the sheet's row; without first_row the column is Position in range, the pupil's place in the ranges (the first cell is 1).",
  },
  EHCPREVIEWDUE: {
    formula: "=SEND.EHCPREVIEWDUE(DATE(2020,2,29))",
    args: [serial(2020, 2, 29)],
    expected: serial(2021, 2, 28),
    note: "A plan made (or last reviewed) on 29/02/2020 must be reviewed by 28/02/2021, the last day of the 12 months; one made on 01/01/2019 by 31/12/2019 (format the cell as a date).",
  },
  PHASETRANSFERREVIEWDUE: {
    formula: "=SEND.PHASETRANSFERREVIEWDUE(DATE(2027,9,1), TRUE)",
    args: [serial(2027, 9, 1), true],
    expected: serial(2027, 3, 31),
    note: "A move from secondary school to a post-16 institution in September 2027: review and amend the plan before 31/03/2027. Without TRUE (a Year 6 pupil moving to secondary school, say) the date is 15/02/2027.",
  },
  REVIEWTIMETABLE: {
    formula: "=SEND.REVIEWTIMETABLE(DATE(2027,1,20))",
    args: [serial(2027, 1, 20)],
    dateColumn: 1,
    expected: [
      ["Step", "Date"],
      ["Notice of the meeting given by", serial(2027, 1, 6)],
      ["Advice and information circulated by", serial(2027, 1, 6)],
      ["Report of the meeting sent by", serial(2027, 2, 3)],
      ["Local authority's decision notified by", serial(2027, 2, 17)],
    ],
    note: "A review meeting on Wednesday 20/01/2027: notice and the advice two weeks before, the report within two weeks of it, the local authority's decision within four weeks.",
  },
};

function exampleValue(value, isDate) {
  if (typeof value === "number") return isDate ? ddmmyyyy(value) : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** The example's result as lines of Markdown (a value, or the spill's rows as a table). */
function exampleMarkdown(example) {
  const formula = `**Example:** \`${example.formula}\``;
  const lines = [];
  if (Array.isArray(example.expected)) {
    const rows = example.expected.slice(0, example.rows ?? example.expected.length);
    const width = rows[0].length;
    lines.push(`${formula} spills:`, "");
    lines.push(`| ${Array.from({ length: width }, (_, i) => `Column ${i + 1}`).join(" | ")} |`);
    lines.push(`| ${Array.from({ length: width }, () => "---").join(" | ")} |`);
    for (const row of rows) {
      const dateColumn = example.dates ? 0 : example.dateColumn;
      lines.push(`| ${row.map((v, i) => mdCell(exampleValue(v, i === dateColumn))).join(" | ")} |`);
    }
    lines.push("");
  } else {
    lines.push(`${formula} gives \`${exampleValue(example.expected, false)}\`.`, "");
  }
  lines.push(example.note);
  return lines;
}

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
      "Arguments in square brackets are optional: leave them out. A blank cell and 0 give the same answer for every argument (Excel passes a blank cell as 0 on Windows and as nothing on the web): see [A blank cell and 0](#a-blank-cell-and-0). " +
      "Bad input gives `#VALUE!` or `#N/A` (the two errors whose message Excel shows) with a message that names the argument; hover over the cell's error to read it.",
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
    const example = EXAMPLES[fn.id];
    if (example) lines.push("", ...exampleMarkdown(example));
  }
  lines.push(...blankAndZeroTable(functions));
  return lines.join("\n") + "\n";
}

/** An argument scripts/blank-and-zero.js does not list (blank-and-zero.bundle.test.ts fails for one of the real functions). */
const UNLISTED = { blank: "not listed", zero: "not listed", why: "not listed in scripts/blank-and-zero.js" };

/**
 * The table of what each argument does with a blank cell and with 0 (scripts/blank-and-zero.js),
 * one row per row of that file, naming the functions it applies to.
 */
function blankAndZeroTable(functions) {
  const usedBy = new Map();
  for (const fn of functions) {
    for (const p of fn.parameters) {
      const row = blankAndZeroRow(fn.id, p.name) || UNLISTED;
      const key = BLANK_AND_ZERO[`${fn.id}.${p.name}`] ? `${fn.id}.${p.name}` : p.name;
      if (!usedBy.has(key)) usedBy.set(key, { name: p.name, row, functions: [] });
      usedBy.get(key).functions.push(fn.name);
    }
  }
  const lines = [
    "",
    "## A blank cell and 0",
    "",
    "Excel on Windows passes an empty cell to a function as 0, Excel on the web as nothing, and an argument left out arrives as nothing everywhere: each argument gives one answer for both. Where 0 is a value of its own, a blank is 0; where a blank means a default, so does 0; where neither can be an answer, both are refused in words.",
    "",
    "| Argument | Functions | Blank | 0 | Why |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const { name, row, functions: names } of usedBy.values()) {
    lines.push(
      `| \`${mdCell(name)}\` | ${mdCell(names.join(", "))} | ${mdCell(row.blank)} | ${mdCell(row.zero)} | ${mdCell(row.why)} |`,
    );
  }
  return lines;
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
      const example = EXAMPLES[fn.id];
      const exampleHtml = example
        ? `      <p><strong>Example:</strong> <code>${escapeHtml(example.formula)}</code>${
            Array.isArray(example.expected)
              ? ""
              : ` gives <code>${escapeHtml(exampleValue(example.expected, false))}</code>`
          }. ${escapeHtml(example.note)}</p>`
        : "";
      return [
        `    <section id="${anchorFor(fn.id)}" aria-labelledby="${anchorFor(fn.id)}-title">`,
        `      <h2 id="${anchorFor(fn.id)}-title">${NAMESPACE}.${escapeHtml(fn.name)}</h2>`,
        `      <p>${escapeHtml(fn.description || "(no description)")}</p>`,
        `      <pre><code>${escapeHtml(signature(fn))}</code></pre>`,
        table,
        `      <p>Returns ${escapeHtml(resultKind(fn))}.</p>`,
        exampleHtml,
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
    <p>Every function lives in the <code>${NAMESPACE}</code> namespace: type <code>=${NAMESPACE}.NAME(...)</code> in a cell. Arguments in square brackets are optional. Bad input gives <code>#VALUE!</code> or <code>#N/A</code> (the two errors whose message Excel shows) with a message that names the argument.</p>
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

module.exports = { NAMESPACE, EXAMPLES, anchorFor, signature, renderMarkdown, renderHtml };
