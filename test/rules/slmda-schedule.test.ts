import fc from "fast-check";
import {
  addMonthsSerial,
  formatSerialDdMmYyyy,
  MAX_EXCEL_DATE_SERIAL,
  serialFromYmd as ymd,
  ymdFromSerial,
} from "../../src/rules/excel-dates";
import { SLMDA_ROUTES } from "../../src/rules/slmda-programme";
import { PLANNING_TERM_STARTS, slmdaSchedule, termStartsBetween } from "../../src/rules/slmda-schedule";
import { ruleErrorOf } from "../helpers/rule-error";
import { bankHolidaysKnown, isBankHoliday, isWeekend, nextWorkingDay } from "../../src/rules/working-days";

const rows = (start: number, route: "full" | "nasenco") =>
  slmdaSchedule(start, route).map((m) => [formatSerialDdMmYyyy(m.serial), m.kind, m.milestone]);

describe("the 2020/21 programme: start 01/09/2020", () => {
  test("full route", () => {
    const full = SLMDA_ROUTES.full.blocks.map((b) => `Block ${b.number} workshop: ${b.title}`);
    expect(rows(ymd(2020, 9, 1), "full")).toEqual([
      ["01/09/2020", "start", "Start: first meeting of apprentice, coach and line manager (individual learning plan)"],
      ["01/09/2020", "workshop", full[0]],
      ["01/10/2020", "coach-visit", "Coach visit (autumn term)"],
      ["04/01/2021", "workshop", full[1]],
      ["01/02/2021", "coach-visit", "Coach visit (spring term)"],
      ["15/04/2021", "workshop", full[2]],
      ["17/05/2021", "coach-visit", "Coach visit (summer term)"],
      ["01/09/2021", "annual-review", "Annual review: line manager, apprentice and coach"],
      ["01/09/2021", "workshop", full[3]],
      ["01/10/2021", "coach-visit", "Coach visit (autumn term)"],
      ["04/01/2022", "workshop", full[4]],
      ["01/02/2022", "coach-visit", "Coach visit (spring term)"],
      ["19/04/2022", "workshop", full[5]],
      ["16/05/2022", "coach-visit", "Coach visit (summer term)"],
      ["03/10/2022", "coach-visit", "Coach visit (autumn term)"],
      ["01/12/2022", "end", "Planned end and end-point assessment"],
    ]);
  });
  test("NASENCO route: five workshops, review at 12 months, end at 18 months", () => {
    const r = rows(ymd(2020, 9, 1), "nasenco");
    expect(r.filter((x) => x[1] === "workshop").map((x) => x[0])).toEqual([
      "01/09/2020",
      "04/01/2021",
      "15/04/2021",
      "01/09/2021",
      "04/01/2022",
    ]);
    expect(r.find((x) => x[1] === "annual-review")![0]).toBe("01/09/2021");
    expect(r.at(-1)).toEqual(["01/03/2022", "end", "Planned end and end-point assessment"]);
    expect(r.filter((x) => x[1] === "workshop").at(-1)![2]).toBe(
      "Block 5 workshop: Work based project and completion of Portfolio of Evidence.",
    );
  });
});

describe("planning rules", () => {
  test("a start just before a term does not squeeze block 1: 20/08/2021 -> block 2 on the first working day of 2022", () => {
    const w = rows(ymd(2021, 8, 20), "full")
      .filter((x) => x[1] === "workshop")
      .map((x) => x[0]);
    // 01/01/2022 is a Saturday and 03/01 its bank holiday; 15/04/2022 is Good Friday, 18/04 Easter Monday.
    expect(w.slice(0, 3)).toEqual(["20/08/2021", "04/01/2022", "19/04/2022"]);
  });
  test("a start a month or more before a term: 14/03/2022 -> block 2 after Easter 2022", () => {
    const w = rows(ymd(2022, 3, 14), "nasenco")
      .filter((x) => x[1] === "workshop")
      .map((x) => x[0]);
    expect(w.slice(0, 2)).toEqual(["14/03/2022", "19/04/2022"]);
  });
  test("a block lasts a month at least: a term starting a month to the day after a workshop is the next block's", () => {
    // 01/12/2026: block 2 from 01/01/2027 (a Friday and New Year's Day bank holiday), so Monday 04/01/2027.
    const w = rows(ymd(2026, 12, 1), "full")
      .filter((x) => x[1] === "workshop")
      .map((x) => x[0]);
    expect(w.slice(0, 3)).toEqual(["01/12/2026", "04/01/2027", "15/04/2027"]);
  });
  test("term starts between two dates, both included", () => {
    const between = (from: number, to: number) =>
      termStartsBetween(from, to).map((t) => [formatSerialDdMmYyyy(t.serial), t.term.name]);
    expect(between(ymd(2026, 9, 1), ymd(2027, 1, 1))).toEqual([
      ["01/09/2026", "autumn"],
      ["01/01/2027", "spring"],
    ]);
    expect(between(ymd(2026, 9, 2), ymd(2026, 12, 31))).toEqual([]);
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
      fc.property(fc.integer({ min: ymd(2017, 5, 1), max: ymd(2100, 12, 31) }), (start) => {
        const s = slmdaSchedule(start, route);
        for (let i = 1; i < s.length; i += 1) expect(s[i]!.serial).toBeGreaterThanOrEqual(s[i - 1]!.serial);
        expect(s[0]).toMatchObject({ serial: start, kind: "start" });
        const end = addMonthsSerial(start, facts.months);
        expect(s.at(-1)).toMatchObject({ serial: end, kind: "end" });
        expect(s.filter((m) => m.kind === "annual-review").map((m) => m.serial)).toEqual([
          nextWorkingDay(addMonthsSerial(start, 12)),
        ]);
        const workshops = s.filter((m) => m.kind === "workshop");
        expect(workshops).toHaveLength(facts.blocks.length);
        expect(workshops[0]!.serial).toBe(nextWorkingDay(start));
        for (const w of workshops.slice(1)) {
          // the term start, or the first working day after it (at most a long Easter weekend later)
          const termStart = PLANNING_TERM_STARTS.map((t) => ymd(ymdFromSerial(w.serial).year, t.month, t.day)).find(
            (t) => w.serial >= t && w.serial - t <= 4,
          );
          expect(termStart).toBeDefined();
          expect(w.serial).toBe(nextWorkingDay(termStart!));
        }
        for (const m of s.filter((x) => x.kind !== "start" && x.kind !== "end")) {
          expect(isWeekend(m.serial)).toBe(false);
          if (bankHolidaysKnown(m.serial)) expect(isBankHoliday(m.serial)).toBe(false);
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

describe("generated dates on working days (England and Wales)", () => {
  test("a Saturday start: block 1's workshop on the Monday, the start itself kept", () => {
    const r = rows(ymd(2026, 9, 5), "full"); // Saturday 05/09/2026
    expect(r[0]!.slice(0, 2)).toEqual(["05/09/2026", "start"]);
    expect(r.find((x) => x[1] === "workshop")![0]).toBe("07/09/2026");
    expect(r.find((x) => x[1] === "annual-review")![0]).toBe("06/09/2027"); // 05/09/2027 is a Sunday
  });
  test("bank holidays of 2026 and 2027: Easter Monday 29/03/2027, spring bank holiday 31/05/2027", () => {
    expect(nextWorkingDay(ymd(2027, 3, 26))).toBe(ymd(2027, 3, 30)); // Good Friday -> Tuesday
    expect(nextWorkingDay(ymd(2027, 5, 31))).toBe(ymd(2027, 6, 1));
    expect(nextWorkingDay(ymd(2026, 12, 25))).toBe(ymd(2026, 12, 29)); // Christmas, then Boxing Day's substitute
    expect(nextWorkingDay(ymd(2026, 12, 24))).toBe(ymd(2026, 12, 24));
  });
  test("outside the bank-holiday table's years only weekends are skipped, without an error", () => {
    expect(nextWorkingDay(ymd(2035, 12, 25))).toBe(ymd(2035, 12, 25)); // a Tuesday, Christmas not in the table
    expect(nextWorkingDay(ymd(2035, 12, 29))).toBe(ymd(2035, 12, 31)); // Saturday -> Monday
    expect(nextWorkingDay(ymd(2010, 1, 1))).toBe(ymd(2010, 1, 1));
    const r = rows(ymd(2034, 9, 1), "full");
    expect(r.find((x) => x[1] === "workshop" && String(x[0]).endsWith("2035"))?.[0]).toBe("01/01/2035"); // Monday, no table
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
