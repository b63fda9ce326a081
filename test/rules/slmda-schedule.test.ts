import fc from "fast-check";
import {
  addMonthsSerial,
  formatSerialDdMmYyyy,
  MAX_EXCEL_DATE_SERIAL,
  serialFromYmd as ymd,
  ymdFromSerial,
} from "../../src/rules/excel-dates";
import { SLMDA_ROUTES } from "../../src/rules/slmda-programme";
import { PLANNING_TERM_STARTS, slmdaSchedule } from "../../src/rules/slmda-schedule";
import { ruleErrorOf } from "../helpers/rule-error";

const rows = (start: number, route: "full" | "nasenco") =>
  slmdaSchedule(start, route).map((m) => [formatSerialDdMmYyyy(m.serial), m.kind, m.milestone]);

describe("the 2020/21 programme: start 01/09/2020", () => {
  test("full route", () => {
    const full = SLMDA_ROUTES.full.blocks.map((b) => `Block ${b.number} workshop: ${b.title}`);
    expect(rows(ymd(2020, 9, 1), "full")).toEqual([
      ["01/09/2020", "start", "Start: first meeting of apprentice, coach and line manager (individual learning plan)"],
      ["01/09/2020", "workshop", full[0]],
      ["01/10/2020", "coach-visit", "Coach visit (autumn term)"],
      ["01/01/2021", "workshop", full[1]],
      ["01/02/2021", "coach-visit", "Coach visit (spring term)"],
      ["15/04/2021", "workshop", full[2]],
      ["15/05/2021", "coach-visit", "Coach visit (summer term)"],
      ["01/09/2021", "annual-review", "Annual review: line manager, apprentice and coach"],
      ["01/09/2021", "workshop", full[3]],
      ["01/10/2021", "coach-visit", "Coach visit (autumn term)"],
      ["01/01/2022", "workshop", full[4]],
      ["01/02/2022", "coach-visit", "Coach visit (spring term)"],
      ["15/04/2022", "workshop", full[5]],
      ["15/05/2022", "coach-visit", "Coach visit (summer term)"],
      ["01/10/2022", "coach-visit", "Coach visit (autumn term)"],
      ["01/12/2022", "end", "Planned end and end-point assessment"],
    ]);
  });
  test("NASENCO route: five workshops, review at 12 months, end at 18 months", () => {
    const r = rows(ymd(2020, 9, 1), "nasenco");
    expect(r.filter((x) => x[1] === "workshop").map((x) => x[0])).toEqual([
      "01/09/2020",
      "01/01/2021",
      "15/04/2021",
      "01/09/2021",
      "01/01/2022",
    ]);
    expect(r.find((x) => x[1] === "annual-review")![0]).toBe("01/09/2021");
    expect(r.at(-1)).toEqual(["01/03/2022", "end", "Planned end and end-point assessment"]);
    expect(r.filter((x) => x[1] === "workshop").at(-1)![2]).toBe(
      "Block 5 workshop: Work based project and completion of Portfolio of Evidence.",
    );
  });
});

describe("planning rules", () => {
  test("a start just before a term does not squeeze block 1: 20/08/2021 -> block 2 on 01/01/2022", () => {
    const w = rows(ymd(2021, 8, 20), "full")
      .filter((x) => x[1] === "workshop")
      .map((x) => x[0]);
    expect(w.slice(0, 3)).toEqual(["20/08/2021", "01/01/2022", "15/04/2022"]);
  });
  test("a start a month or more before a term: 14/03/2022 -> block 2 on 15/04/2022", () => {
    const w = rows(ymd(2022, 3, 14), "nasenco")
      .filter((x) => x[1] === "workshop")
      .map((x) => x[0]);
    expect(w.slice(0, 2)).toEqual(["14/03/2022", "15/04/2022"]);
  });
  test("term dates used: spring 1 January, summer 15 April, autumn 1 September", () => {
    expect(PLANNING_TERM_STARTS.map((t) => [t.name, t.day, t.month])).toEqual([
      ["spring", 1, 1],
      ["summer", 15, 4],
      ["autumn", 1, 9],
    ]);
  });
});

describe("invariants for any start (property)", () => {
  test.each(["full", "nasenco"] as const)("%s route", (route) => {
    const facts = SLMDA_ROUTES[route];
    fc.assert(
      fc.property(fc.integer({ min: ymd(1990, 1, 1), max: ymd(2100, 12, 31) }), (start) => {
        const s = slmdaSchedule(start, route);
        for (let i = 1; i < s.length; i += 1) expect(s[i]!.serial).toBeGreaterThanOrEqual(s[i - 1]!.serial);
        expect(s[0]).toMatchObject({ serial: start, kind: "start" });
        const end = addMonthsSerial(start, facts.months);
        expect(s.at(-1)).toMatchObject({ serial: end, kind: "end" });
        expect(s.filter((m) => m.kind === "annual-review").map((m) => m.serial)).toEqual([addMonthsSerial(start, 12)]);
        const workshops = s.filter((m) => m.kind === "workshop");
        expect(workshops).toHaveLength(facts.blocks.length);
        expect(workshops[0]!.serial).toBe(start);
        for (const w of workshops.slice(1)) {
          const { month, day } = ymdFromSerial(w.serial);
          expect(PLANNING_TERM_STARTS.some((t) => t.month === month && t.day === day)).toBe(true);
        }
        expect(workshops.every((w) => w.serial < end)).toBe(true);
        const visits = s.filter((m) => m.kind === "coach-visit");
        expect(visits.every((v) => v.serial > start && v.serial < end)).toBe(true);
        // one a term: visits are at least ~3 months apart, and there is one in every 5 months
        for (let i = 1; i < visits.length; i += 1)
          expect(visits[i]!.serial - visits[i - 1]!.serial).toBeGreaterThanOrEqual(100);
        expect(visits.length).toBeGreaterThanOrEqual(Math.floor(facts.months / 5));
      }),
      { seed: 3, numRuns: 400 },
    );
  });
});

describe("bad start", () => {
  test("an end after 31/12/9999 names start_date; the last start that fits is fine", () => {
    expect(slmdaSchedule(ymd(9997, 9, 30), "full").at(-1)!.serial).toBe(ymd(9999, 12, 30));
    expect(slmdaSchedule(ymd(9998, 6, 30), "nasenco").at(-1)!.serial).toBe(ymd(9999, 12, 30));
    const error = ruleErrorOf(() => slmdaSchedule(ymd(9997, 10, 1), "full"));
    expect([error.kind, error.field]).toEqual(["value", "start_date"]);
    expect(ymd(9999, 12, 31)).toBe(MAX_EXCEL_DATE_SERIAL);
    expect(ruleErrorOf(() => slmdaSchedule(0, "full")).field).toBe("start_date");
  });
});
