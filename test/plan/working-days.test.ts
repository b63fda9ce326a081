import {
  BANK_HOLIDAY_FIRST_YEAR,
  BANK_HOLIDAY_LAST_YEAR,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
} from "../../src/rules/bank-holidays";
import {
  addWorkingDays,
  bankHolidaysKnown,
  isBankHoliday,
  isWeekend,
  isWorkingDay,
  nextWorkingDay,
} from "../../src/rules/working-days";
import { serialFromYmd, formatSerialDdMmYyyy } from "../../src/rules/excel-dates";
import { documentDue } from "../../src/rules/slmda-line-manager";

const d = (y: number, m: number, day: number) => serialFromYmd(y, m, day);

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), as an independent check. */
function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const dd = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - dd - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

function iso(serial: number): string {
  const [dd, mm, yyyy] = formatSerialDdMmYyyy(serial).split("/");
  return `${yyyy}-${mm}-${dd}`;
}

/** The usual pattern of the Banking and Financial Dealings Act 1971, computed independently. */
function usualPattern(year: number): string[] {
  const out: number[] = [];
  const weekday = (s: number) => (((s - 1) % 7) + 7) % 7; // 0 Sunday
  const substitute = (s: number, taken: Set<number>) => {
    let x = s;
    while (weekday(x) === 0 || weekday(x) === 6 || taken.has(x)) x += 1;
    return x;
  };
  const taken = new Set<number>();
  const add = (s: number) => {
    taken.add(s);
    out.push(s);
  };
  add(substitute(d(year, 1, 1), taken));
  const [em, ed] = easterSunday(year);
  add(d(year, em, ed) - 2);
  add(d(year, em, ed) + 1);
  let firstMay = d(year, 5, 1);
  while (weekday(firstMay) !== 1) firstMay += 1;
  add(firstMay);
  let lastMay = d(year, 5, 31);
  while (weekday(lastMay) !== 1) lastMay -= 1;
  add(lastMay);
  let lastAug = d(year, 8, 31);
  while (weekday(lastAug) !== 1) lastAug -= 1;
  add(lastAug);
  const christmas = substitute(d(year, 12, 25), taken);
  add(christmas);
  add(substitute(d(year, 12, 26), taken));
  return out.map(iso).sort();
}

describe("England and Wales bank holiday table", () => {
  const byYear = (year: number) => ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((x) => x.startsWith(`${year}-`)).sort();

  test("covers 2018 to 2030, in order, no duplicates", () => {
    expect(BANK_HOLIDAY_FIRST_YEAR).toBeLessThanOrEqual(2018);
    expect(BANK_HOLIDAY_LAST_YEAR).toBeGreaterThanOrEqual(2030);
    expect([...ENGLAND_AND_WALES_BANK_HOLIDAYS].sort()).toEqual(ENGLAND_AND_WALES_BANK_HOLIDAYS);
    expect(new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS).size).toBe(ENGLAND_AND_WALES_BANK_HOLIDAYS.length);
  });

  test.each([2018, 2019, 2021, 2024, 2025, 2026, 2027, 2028, 2029, 2030])("%i follows the usual pattern", (year) => {
    expect(byYear(year)).toEqual(usualPattern(year));
  });

  test("the one-off changes of 2020, 2022 and 2023 are in the table", () => {
    // 2020: early May moved from Monday 4 May to Friday 8 May (VE Day 75).
    expect(byYear(2020)).toContain("2020-05-08");
    expect(byYear(2020)).not.toContain("2020-05-04");
    // 2022: spring bank holiday moved to 2 June, Platinum Jubilee 3 June, State Funeral 19 September.
    expect(byYear(2022)).toEqual(expect.arrayContaining(["2022-06-02", "2022-06-03", "2022-09-19"]));
    expect(byYear(2022)).not.toContain("2022-05-30");
    // 2023: Coronation 8 May.
    expect(byYear(2023)).toContain("2023-05-08");
    expect(byYear(2023).length).toBe(9);
  });

  test("every holiday is a weekday", () => {
    for (const x of ENGLAND_AND_WALES_BANK_HOLIDAYS) {
      const [y, m, day] = x.split("-").map(Number) as [number, number, number];
      expect(isWeekend(d(y, m, day))).toBe(false);
    }
  });
});

describe("working days", () => {
  test("weekends and bank holidays are not working days", () => {
    expect(isWeekend(d(2020, 5, 23))).toBe(true); // Saturday
    expect(isWeekend(d(2020, 5, 24))).toBe(true); // Sunday
    expect(isBankHoliday(d(2020, 5, 25))).toBe(true); // spring bank holiday
    expect(isWorkingDay(d(2020, 5, 25))).toBe(false);
    expect(isWorkingDay(d(2020, 5, 26))).toBe(true);
  });

  test("5 working days from a Friday across the spring bank holiday", () => {
    // Fri 22/05/2020 → Tue 26, Wed 27, Thu 28, Fri 29, Mon 01/06 (Mon 25/05 is a bank holiday).
    expect(formatSerialDdMmYyyy(addWorkingDays(d(2020, 5, 22), 5))).toBe("01/06/2020");
    // The week before has no holiday: Fri 15/05/2020 → Fri 22/05/2020.
    expect(formatSerialDdMmYyyy(addWorkingDays(d(2020, 5, 15), 5))).toBe("22/05/2020");
  });

  test("across Christmas with substitute days", () => {
    // Wed 23/12/2020: Thu 24, (Fri 25, Mon 28 holidays) Tue 29, Wed 30, Thu 31, (Fri 01/01 holiday) Mon 04/01/2021.
    expect(formatSerialDdMmYyyy(addWorkingDays(d(2020, 12, 23), 5))).toBe("04/01/2021");
  });

  test("0 days is the day itself; bad counts and years outside the table are refused", () => {
    expect(addWorkingDays(d(2024, 3, 1), 0)).toBe(d(2024, 3, 1));
    expect(() => addWorkingDays(d(2024, 3, 1), -1)).toThrow(/days must be a whole number/);
    expect(() => addWorkingDays(d(2024, 3, 1), 1.5)).toThrow(/days must be a whole number/);
    // outside the table's years only weekends are skipped: Monday 29/05/2017 (a bank holiday) counts
    expect(formatSerialDdMmYyyy(addWorkingDays(d(2017, 5, 26), 1))).toBe("29/05/2017");
    expect(formatSerialDdMmYyyy(addWorkingDays(d(2031, 12, 24), 1))).toBe("25/12/2031");
    expect(formatSerialDdMmYyyy(addWorkingDays(d(2031, 6, 6), 1))).toBe("09/06/2031");
  });

  test("the table's first and last years are known; the years either side are not", () => {
    expect(bankHolidaysKnown(d(2017, 12, 31))).toBe(false);
    expect(bankHolidaysKnown(d(2018, 1, 1))).toBe(true);
    expect(bankHolidaysKnown(d(2030, 12, 31) + 0.5)).toBe(true);
    expect(bankHolidaysKnown(d(2031, 1, 1))).toBe(false);
    // Monday 01/01/2018 and Wednesday 25/12/2030 (Christmas; Thursday 26th Boxing Day) are skipped.
    expect(formatSerialDdMmYyyy(addWorkingDays(d(2017, 12, 29), 1))).toBe("02/01/2018");
    expect(formatSerialDdMmYyyy(addWorkingDays(d(2030, 12, 24), 1))).toBe("27/12/2030");
    expect(formatSerialDdMmYyyy(nextWorkingDay(d(2018, 1, 1)))).toBe("02/01/2018");
    expect(formatSerialDdMmYyyy(nextWorkingDay(d(2030, 12, 25)))).toBe("27/12/2030");
  });

  test("document due dates", () => {
    const start = d(2020, 9, 1);
    const ps = documentDue("personal-statement", start, d(2020, 5, 22), formatSerialDdMmYyyy);
    expect(formatSerialDdMmYyyy(ps.dueSerial!)).toBe("01/06/2020");
    expect(documentDue("personal-statement", start, undefined, formatSerialDdMmYyyy).dueSerial).toBeUndefined();
    const place = documentDue("place-confirmation", start, undefined, formatSerialDdMmYyyy);
    expect(formatSerialDdMmYyyy(place.dueSerial!)).toBe("28/07/2020");
    expect(place.when).toContain("21/07/2020 to 28/07/2020");
    expect(documentDue("before-start", start, undefined, formatSerialDdMmYyyy).dueSerial).toBe(start);
    // generated due dates move off weekends and bank holidays: a Monday 31/08/2026 start (summer bank holiday)
    const holidayStart = d(2026, 8, 31);
    expect(
      formatSerialDdMmYyyy(documentDue("before-start", holidayStart, undefined, formatSerialDdMmYyyy).dueSerial!),
    ).toBe("01/09/2026");
    expect(
      formatSerialDdMmYyyy(
        documentDue("place-confirmation", d(2026, 9, 5), undefined, formatSerialDdMmYyyy).dueSerial!,
      ),
    ).toBe("03/08/2026");
    const late = documentDue("personal-statement", start, d(2031, 5, 23), formatSerialDdMmYyyy);
    expect(formatSerialDdMmYyyy(late.dueSerial!)).toBe("30/05/2031");
    expect(late.when).toContain("weekends excluded; bank holidays are known only from 2018 to 2030");
  });
});
