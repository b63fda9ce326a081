/**
 * The one check of each kind of input (src/rules/inputs.ts): how a value is shown in a message,
 * what an error cell reads as, the checks of numbers against their limits and of dates, and the
 * range real values fall in. Every message is written out in full; serials are worked out from
 * the calendar here, independently of the code under test.
 */
import {
  DATE_ALLOWED,
  checkDateSerial,
  checkNumber,
  describeValue,
  digitsForDate,
  errorValueText,
  implausibility,
  notAllowed,
  required,
  type NumberLimits,
} from "../../src/rules/inputs";
import { MOBILITY_LIMITS } from "../../src/rules/senco-time";
import { ruleErrorOf } from "../helpers/rule-error";

const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

describe("errorValueText reads the error a cell holds", () => {
  test.each([
    ["Excel's error cell value", { type: "Error", basicValue: "#N/A" }, "#N/A"],
    ["an error object's code", { code: "#REF!" }, "#REF!"],
    ["an error's value", { value: "#SPILL!" }, "#SPILL!"],
    ["the first text starting with #", { basicValue: "", code: "#DIV/0!", value: "#N/A" }, "#DIV/0!"],
    ["an error without its text", { type: "Error" }, "an error"],
    ["an error whose text has no #", { type: "Error", basicValue: "N/A" }, "an error"],
  ])("%s", (_what, raw, text) => {
    expect(errorValueText(raw)).toBe(text);
  });

  test.each([
    ["text typed as #N/A", "#N/A"],
    ["a number", 5],
    ["blank (null)", null],
    ["blank (undefined)", undefined],
    ["a range", ["#N/A"]],
    ["an empty object", {}],
    ["a value of another type", { type: "Double", basicValue: 5 }],
    ["text not starting with #", { basicValue: "N/A", code: 7 }],
  ])("%s holds no error", (_what, raw) => {
    expect(errorValueText(raw)).toBeUndefined();
  });
});

describe("describeValue shows a value in a message", () => {
  test.each([null, undefined, "", "   "])("%j is blank", (raw) => {
    expect(describeValue(raw)).toBe("blank");
  });

  test("text is quoted as typed, up to 40 characters; longer text is cut to 37 and ...", () => {
    const forty = "a".repeat(40);
    expect(describeValue(" x ")).toBe('the text " x "');
    expect(describeValue(forty)).toBe(`the text "${forty}"`);
    expect(describeValue(`${forty}b`)).toBe(`the text "${"a".repeat(37)}..."`);
  });

  test("an error cell names the error and where to fix it", () => {
    expect(describeValue({ type: "Error", basicValue: "#N/A" })).toBe(
      "the error #N/A (from a formula or lookup in that cell: fix it there)",
    );
  });

  test.each([
    [true, "TRUE"],
    [false, "FALSE"],
    [12.5, "12.5"],
    [0, "0"],
    [Infinity, "a number Excel cannot hold"],
    [Number.NaN, "a number Excel cannot hold"],
    [[1, 2], "a range"],
    [{ kind: "entity" }, "a value of an unknown kind"],
  ])("%j is %j", (raw, shown) => {
    expect(describeValue(raw)).toBe(shown);
  });
});

describe("notAllowed and required", () => {
  test("notAllowed names the field, what is allowed and the value, and keeps both", () => {
    const error = notAllowed("fte", "a number from 0 to 1", "abc");
    expect([error.kind, error.field, error.message, error.value, error.allowed]).toEqual([
      "value",
      "fte",
      'fte must be a number from 0 to 1; it was the text "abc".',
      "abc",
      "a number from 0 to 1",
    ]);
  });

  test("required names the field and what to enter, and keeps what is allowed", () => {
    const error = required("start_date", DATE_ALLOWED);
    expect([error.kind, error.field, error.message, error.allowed]).toEqual([
      "value",
      "start_date",
      "start_date is required: enter a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026.",
      DATE_ALLOWED,
    ]);
  });
});

describe("checkNumber", () => {
  const hours: NumberLimits = { allowed: "a number of hours from 0 to 100", min: 0, max: 100 };

  test("a value that is not a number (from a caller without types) is refused as it is, never passed on", () => {
    const share: NumberLimits = { allowed: "a percentage from 0% to 100%", min: 0, max: 1, percent: true };
    const error = ruleErrorOf(() => checkNumber("english_share", "50" as unknown as number, share));
    expect([error.field, error.message]).toEqual([
      "english_share",
      'english_share must be a percentage from 0% to 100%; it was the text "50".',
    ]);
  });

  test("-0 comes back as 0", () => {
    expect(Object.is(checkNumber("hours", -0, hours), 0)).toBe(true);
  });

  test("a value at its min is never said to be below it", () => {
    const halves: NumberLimits = { allowed: "a whole number of 1 or more", min: 0.5, integer: true };
    expect(ruleErrorOf(() => checkNumber("n", 0.5, halves)).message).toBe(
      "n must be a whole number of 1 or more; 0.5 is not a whole number.",
    );
  });

  test("NaN parsed from text names the text typed", () => {
    const error = ruleErrorOf(() => checkNumber("hours", Number.NaN, hours, "twelve"));
    expect([error.message, error.value, error.allowed]).toEqual([
      'hours must be a number of hours from 0 to 100; it was the text "twelve".',
      "twelve",
      "a number of hours from 0 to 100",
    ]);
  });

  describe("a value that must be below its max", () => {
    const below: NumberLimits = { allowed: "a number from 0 to below 100", min: 0, max: 100, belowMax: true };
    const wholeBelow: NumberLimits = { ...below, allowed: "a whole number from 0 to 99", integer: true };

    test("the max itself is refused as not below it; just under it passes", () => {
      expect(checkNumber("n", 99.5, below)).toBe(99.5);
      expect(ruleErrorOf(() => checkNumber("n", 100, below)).message).toBe(
        "n must be a number from 0 to below 100; 100 is not below 100.",
      );
    });

    test("a fraction below the max is not a whole number (not 'not below')", () => {
      expect(ruleErrorOf(() => checkNumber("n", 50.5, wholeBelow)).message).toBe(
        "n must be a whole number from 0 to 99; 50.5 is not a whole number.",
      );
    });

    test("pupil mobility of 100% typed with its sign is not below 100%; 1 typed is asked about", () => {
      const typed = ruleErrorOf(() => checkNumber("mobility", 1, MOBILITY_LIMITS, "100%"));
      expect([typed.message, typed.value]).toEqual([
        "mobility must be a percentage from 0% to below 100% (type 34% or 0.34); 100% is not below 100%.",
        "100%",
      ]);
      const one = ruleErrorOf(() => checkNumber("mobility", 1, MOBILITY_LIMITS));
      expect([one.message, one.value, one.allowed]).toEqual([
        "mobility was 1, which is 100%, and must be below 100%: if you meant 1%, type 1% (or 0.01).",
        1,
        "a percentage from 0% to below 100% (type 34% or 0.34)",
      ]);
    });
  });

  describe("a percentage typed without its % sign", () => {
    const share: NumberLimits = { allowed: "a percentage from 0% to 100%", min: 0, max: 1, percent: true };

    test("34 typed as text (no % sign) is told to type 34% or 0.34", () => {
      const error = ruleErrorOf(() => checkNumber("english_share", 34, share, "34"));
      expect([error.message, error.value, error.allowed]).toEqual([
        "english_share must be a percentage from 0% to 100%: for 34% type 34% or 0.34, not 34.",
        "34",
        "a percentage from 0% to 100%",
      ]);
    });

    test("a share is refused over 1 by being a share, whatever its max", () => {
      const anyShare: NumberLimits = { allowed: "a percentage of 0% or more", min: 0, percent: true };
      expect(checkNumber("english_share", 1, anyShare)).toBe(1);
      expect(ruleErrorOf(() => checkNumber("english_share", 34, anyShare)).message).toBe(
        "english_share must be a percentage from 0% to 100%: for 34% type 34% or 0.34, not 34.",
      );
    });

    test("150% typed with its sign (spaces around it) is above 100%, not a missing sign", () => {
      expect(ruleErrorOf(() => checkNumber("english_share", 1.5, share, " 150% ")).message).toBe(
        "english_share must be a percentage from 0% to 100%; 150% is above 100%.",
      );
    });
  });

  describe("a limit of the arithmetic (overMax) speaks only of values above the max", () => {
    const count: NumberLimits = {
      allowed: "a whole number of 0 or more",
      min: 0,
      max: 10,
      integer: true,
      overMax: "must be at most 10",
    };

    test("a whole number above the max gets the limit's own words", () => {
      const error = ruleErrorOf(() => checkNumber("pupils", 12, count));
      expect([error.message, error.value, error.allowed]).toEqual([
        "pupils must be at most 10; it was 12.",
        12,
        "a whole number of 0 or more",
      ]);
    });

    test("a fraction above the max is told what is allowed (it is not a whole number either)", () => {
      expect(ruleErrorOf(() => checkNumber("pupils", 10.5, count)).message).toBe(
        "pupils must be a whole number of 0 or more; 10.5 is above 10.",
      );
    });

    test("a fraction above the max where fractions are allowed gets the limit's words", () => {
      expect(ruleErrorOf(() => checkNumber("amount", 10.5, { ...count, integer: false })).message).toBe(
        "amount must be at most 10; it was 10.5.",
      );
    });

    test("the max itself, refused as not below it, is not above it", () => {
      const below: NumberLimits = {
        allowed: "a number from 0 to below 10",
        min: 0,
        max: 10,
        belowMax: true,
        overMax: "must be below 10",
      };
      expect(ruleErrorOf(() => checkNumber("n", 10, below)).message).toBe(
        "n must be a number from 0 to below 10; 10 is not below 10.",
      );
    });
  });
});

describe("implausibility: within the limits but above the range real values fall in", () => {
  const weekly: NumberLimits = {
    allowed: "a number of hours from 0 to 168",
    min: 0,
    max: 168,
    plausible: {
      max: 40,
      why: "more than a full-time week",
      ifRight: "If it is right, type 40.",
    },
  };

  test("the top of the range is plausible; above it is refused, with what to do if right", () => {
    expect(implausibility("hours", 40, weekly)).toBeUndefined();
    const error = implausibility("hours", 40.5, weekly)!;
    expect([error.kind, error.field, error.message, error.value, error.allowed]).toEqual([
      "value",
      "hours",
      "hours 40.5 is above 40, more than a full-time week. If it is right, type 40.",
      40.5,
      "a number of hours from 0 to 168",
    ]);
  });

  test("the task pane asks instead: no ending; the value as typed is kept", () => {
    const error = implausibility("hours", 50, weekly, " 50 ", false)!;
    expect([error.message, error.value]).toEqual(["hours 50 is above 40, more than a full-time week.", " 50 "]);
  });

  test("a share is shown as a percentage, to at most four decimals", () => {
    expect(implausibility("mobility", 0.8, MOBILITY_LIMITS)).toBeUndefined();
    expect(implausibility("mobility", 0.80001, MOBILITY_LIMITS, 0.80001, false)!.message).toBe(
      "mobility 80.001% is above 80%, the highest annual pupil turnover in the published figures " +
        "(Ofsted, Managing pupil mobility (2002): some primary schools with a turnover of 80%).",
    );
    expect(implausibility("mobility", 0.9, MOBILITY_LIMITS)!.message).toBe(
      "mobility 90% is above 80%, the highest annual pupil turnover in the published figures " +
        "(Ofsted, Managing pupil mobility (2002): some primary schools with a turnover of 80%). " +
        "If the school's turnover really is higher, type 80%: the guide adds the same 3 hours for any turnover over 40%.",
    );
  });

  test("limits without a range give none", () => {
    expect(
      implausibility("hours", 160, { allowed: "a number of hours from 0 to 168", min: 0, max: 168 }),
    ).toBeUndefined();
  });
});

describe("checkDateSerial and digitsForDate", () => {
  const limits = { from: serial(2017, 5, 1), why: "when the funding rules that came with the levy began" };

  test("Excel's first date, before the range, is a date (na), not a bad value", () => {
    const error = ruleErrorOf(() => checkDateSerial("start_date", 1, limits));
    expect([error.kind, error.message, error.value, error.allowed]).toEqual([
      "na",
      "start_date is 01/01/1900: these rules run from 01/05/2017, when the funding rules that came with the levy began.",
      1,
      DATE_ALLOWED,
    ]);
  });

  test("just before Excel's first date or after its last is no date: value, keeping what was typed", () => {
    for (const bad of [0.99, serial(9999, 12, 31) + 1, Infinity, -Infinity]) {
      const error = ruleErrorOf(() => checkDateSerial("start_date", bad, limits, "typed"));
      expect([error.kind, error.message, error.value, error.allowed]).toEqual([
        "value",
        `start_date must be ${DATE_ALLOWED}; it was the text "typed".`,
        "typed",
        DATE_ALLOWED,
      ]);
    }
  });

  test("a year or yyyymmdd typed as the date keeps the value and what is allowed", () => {
    const error = ruleErrorOf(() => checkDateSerial("start_date", 2026, limits, "2026"));
    expect([error.value, error.allowed]).toEqual(["2026", DATE_ALLOWED]);
  });

  test("19000229 is Excel's own 29/02/1900, a date typed as digits", () => {
    expect(digitsForDate("start_date", "19000229")!.message).toBe(
      "start_date looks like a date typed as digits (19000229): type the whole date, such as 29/02/1900.",
    );
    expect(digitsForDate("start_date", "19010229")).toBeUndefined();
  });
});
