/**
 * Every document the rules cite has an entry in docs/sources.md: the ids of src/rules/sources.ts,
 * every `[id]` in a comment of src/rules, and every rule row's `ref`.
 */
import fs from "fs";
import path from "path";
import { SOURCE_TITLES, sourceText, type SourceId } from "../src/rules/sources";
import * as funding from "../src/rules/apprenticeship-funding-sources";
import { formatSerialDdMmYyyy } from "../src/rules/excel-dates";
import { OFF_THE_JOB_CITED as OFF_THE_JOB } from "../src/rules/off-the-job-sources";
import { PHASE_TRANSFER_CITED as PHASE_TRANSFER } from "../src/rules/ehc-plan-review-sources";
import {
  SENCO_APPOINTMENT_CITED as SENCO_APPOINTMENT,
  SENCO_COURSE_CITED as SENCO_COURSE,
} from "../src/rules/senco-qualification-sources";
import { SLMDA_DOCUMENTS, TRAINING_PLAN_NAME } from "../src/rules/slmda-line-manager";
import { SEND_CODE_OF_PRACTICE } from "../src/rules/need-suggestions";
import { OFSTED_PUPIL_MOBILITY } from "../src/rules/senco-time";

const ROOT = path.resolve(__dirname, "..");
const SOURCES_MD = fs.readFileSync(path.join(ROOT, "docs/sources.md"), "utf8");
/** The ids docs/sources.md defines: its "### `id`" headings. */
const DOCUMENTED = new Set([...SOURCES_MD.matchAll(/^### `([a-z0-9-]+)`$/gm)].map((m) => m[1]!));

const TABLES = {
  FUNDING_BAND_ST0480: funding.FUNDING_BAND_ST0480_CITED,
  CO_INVESTMENT: funding.CO_INVESTMENT_CITED,
  LEVEL7_FUNDING: funding.LEVEL7_FUNDING_CITED,
  ENGLISH_MATHS: funding.ENGLISH_MATHS_CITED,
  LEVY_TOP_UP: funding.LEVY_TOP_UP_CITED,
  LEVY_EXPIRY: funding.LEVY_EXPIRY_CITED,
  TRANSFER_ALLOWANCE: funding.TRANSFER_ALLOWANCE_CITED,
  OFF_THE_JOB,
  SENCO_APPOINTMENT,
  SENCO_COURSE,
  TRAINING_PLAN_NAME,
  PHASE_TRANSFER,
};

describe("documents the functions name in messages, written there without sources.ts", () => {
  test("each is its short title: the Ofsted mobility report, the SEND Code of Practice", () => {
    expect(OFSTED_PUPIL_MOBILITY).toBe(SOURCE_TITLES["ofsted-pupil-mobility-2002"]);
    expect(SEND_CODE_OF_PRACTICE).toBe(SOURCE_TITLES["send-cop-2015"]);
  });
});

describe("docs/sources.md lists every document the rules cite", () => {
  test("every id of src/rules/sources.ts has an entry, and every entry an id", () => {
    expect([...DOCUMENTED].sort()).toEqual(Object.keys(SOURCE_TITLES).sort());
  });

  test("every [id] in a comment of src/rules is a documented id", () => {
    const dir = path.join(ROOT, "src/rules");
    const cited = new Set<string>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      for (const m of text.matchAll(/\[([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\]/g)) cited.add(m[1]!);
    }
    expect([...cited].filter((id) => !DOCUMENTED.has(id))).toEqual([]);
    expect(cited.size).toBeGreaterThan(15);
  });

  test.each(Object.entries(TABLES))("%s: every row cites a documented id and section", (_name, table) => {
    for (const row of table) {
      expect(DOCUMENTED.has(row.ref.id)).toBe(true);
      expect(row.ref.section.length).toBeGreaterThan(3);
      expect(row.source).not.toMatch(/seed|issue \d/i);
    }
  });

  test.each(Object.entries(TABLES))(
    "%s: each citation names its own row's date (first row: the date the next row takes over)",
    (_name, table) => {
      table.forEach((row, i) => {
        const next = table[i + 1];
        if (i > 0) expect(row.source).toContain(formatSerialDdMmYyyy(row.from));
        else if (next !== undefined) expect(row.source).toContain(`before ${formatSerialDdMmYyyy(next.from)}`);
      });
    },
  );

  test("dated rows name the body that made the rule at its date (ESFA until 31/03/2025, then DfE or DWP)", () => {
    const closed = 45747; // 31/03/2025
    for (const table of [
      funding.CO_INVESTMENT_CITED,
      funding.LEVEL7_FUNDING_CITED,
      OFF_THE_JOB,
      funding.ENGLISH_MATHS_CITED,
      funding.TRANSFER_ALLOWANCE_CITED,
    ]) {
      for (const row of table.slice(1)) {
        if (row.from > closed) expect(row.source).toMatch(/^(DfE|DWP)\b/);
        else expect(row.source).toMatch(/^(ESFA|DfE)\b/);
      }
    }
    for (const row of funding.FUNDING_BAND_ST0480_CITED) expect(row.source).toContain("IfATE");
  });

  test("the documents checklist cites the guidance by its short title", () => {
    for (const doc of SLMDA_DOCUMENTS) {
      expect(doc.source).toBe(sourceText(doc.ref));
      expect(doc.source.startsWith("Serco line-manager guidance, ")).toBe(true);
    }
    const id: SourceId = "serco-slmda-lm";
    expect(SOURCE_TITLES[id]).toBe("Serco line-manager guidance");
  });
});
