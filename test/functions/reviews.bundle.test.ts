/**
 * The EHC plan review functions through the built bundle (dist/functions.js in a vm with a
 * CustomFunctions stub), with the argument shapes Excel passes: the dates the law gives, and bad
 * input in every argument answered with #VALUE! or #N/A naming the argument. Run `npm run build`
 * first.
 */
import { callExpectingError, callFunction, ErrorCode, metadataFor } from "../helpers/bundle";
import { serial } from "../helpers/calendar";

describe("metadata: ids, argument order, descriptions, help URLs", () => {
  test.each([
    ["EHCPREVIEWDUE", ["last_review_or_plan_date"], [], "scalar"],
    ["PHASETRANSFERREVIEWDUE", ["transfer_date", "to_post16"], ["to_post16"], "scalar"],
    ["REVIEWTIMETABLE", ["meeting_date"], [], "matrix"],
  ])("%s(%j), optional %j, result %s", (id, names, optional, result) => {
    const meta = metadataFor(id);
    expect(meta.parameters.map((p) => p.name)).toEqual(names);
    expect(meta.parameters.filter((p) => p.optional).map((p) => p.name)).toEqual(optional);
    expect(meta.result?.dimensionality ?? "scalar").toBe(result);
    for (const p of meta.parameters) expect((p.description ?? "").length).toBeGreaterThan(30);
    expect(meta.helpUrl).toBe(`https://localhost:3000/help/functions.html#${id.toLowerCase()}`);
  });
});

describe("the dates the law gives", () => {
  test("EHCPREVIEWDUE: 01/01/2019 gives 31/12/2019; 29/02/2020 gives 28/02/2021; text day first the same", () => {
    expect(callFunction("EHCPREVIEWDUE", serial(2019, 1, 1))).toBe(serial(2019, 12, 31));
    expect(callFunction("EHCPREVIEWDUE", serial(2020, 2, 29))).toBe(serial(2021, 2, 28));
    expect(callFunction("EHCPREVIEWDUE", "29/02/2020")).toBe(serial(2021, 2, 28));
    expect(callFunction("EHCPREVIEWDUE", "1 March 2023")).toBe(serial(2024, 2, 29));
    expect(callFunction("EHCPREVIEWDUE", serial(2025, 9, 15) + 0.5)).toBe(serial(2026, 9, 14));
  });

  test("PHASETRANSFERREVIEWDUE: 15 February, or 31 March to post-16; left out, blank, 0 and FALSE alike", () => {
    const transfer = serial(2027, 9, 1);
    expect(callFunction("PHASETRANSFERREVIEWDUE", transfer, true)).toBe(serial(2027, 3, 31));
    expect(callFunction("PHASETRANSFERREVIEWDUE", transfer, "TRUE")).toBe(serial(2027, 3, 31));
    expect(callFunction("PHASETRANSFERREVIEWDUE", transfer, 1)).toBe(serial(2027, 3, 31));
    for (const other of [null, 0, "", false, "FALSE"]) {
      expect(callFunction("PHASETRANSFERREVIEWDUE", transfer, other)).toBe(serial(2027, 2, 15));
    }
    expect(callFunction("PHASETRANSFERREVIEWDUE", transfer)).toBe(serial(2027, 2, 15));
    expect(callFunction("PHASETRANSFERREVIEWDUE", serial(2015, 9, 1), true)).toBe(serial(2015, 5, 31));
  });

  test("REVIEWTIMETABLE: Step and Date under a header row", () => {
    expect(callFunction("REVIEWTIMETABLE", serial(2027, 1, 20))).toEqual([
      ["Step", "Date"],
      ["Notice of the meeting given by", serial(2027, 1, 6)],
      ["Advice and information circulated by", serial(2027, 1, 6)],
      ["Report of the meeting sent by", serial(2027, 2, 3)],
      ["Local authority's decision notified by", serial(2027, 2, 17)],
    ]);
  });
});

describe("bad input in every argument: #VALUE! or #N/A, the message naming the argument", () => {
  const BAD_DATES: [unknown, string, RegExp][] = [
    [null, ErrorCode.invalidValue, /^NAME is required: enter a date typed day first/],
    // A required date's 0 (an empty cell on Windows) is #VALUE! as blank is: serial 0 is no date.
    [
      0,
      ErrorCode.invalidValue,
      /^NAME must be a date typed day first, such as 01\/09\/2026, .*; it was 0, which is also how Excel on Windows passes an empty cell\.$/,
    ],
    ["", ErrorCode.invalidValue, /^NAME is required/],
    ["   ", ErrorCode.invalidValue, /^NAME is required/],
    [-1, ErrorCode.invalidValue, /^NAME must be a date typed day first, such as 01\/09\/2026, .*; it was -1\.$/],
    [3_000_000, ErrorCode.invalidValue, /^NAME must be a date typed day first.*; it was 3000000\.$/],
    ["abc", ErrorCode.invalidValue, /^NAME must be a date typed day first.*; it was the text "abc"\.$/],
    ["31/02/2026", ErrorCode.invalidValue, /^NAME "31\/02\/2026" is not a date: February 2026 has no 31st day\.$/],
    ["Sept 1 2026", ErrorCode.invalidValue, /^NAME must be a date typed day first.*"Sept 1 2026"/],
    [true, ErrorCode.invalidValue, /^NAME must be a date typed day first.*; it was TRUE\.$/],
    [[[serial(2026, 1, 1)]], ErrorCode.invalidValue, /^NAME must be a date typed day first.*; it was a range\.$/],
    [2026, ErrorCode.invalidValue, /^NAME looks like a year \(2026\): type the whole date, such as 01\/09\/2026\.$/],
    ["20260901", ErrorCode.invalidValue, /^NAME looks like a date typed as digits \(20260901\)/],
    [serial(2000, 1, 1), ErrorCode.notAvailable, /^NAME is 01\/01\/2000: these rules run from /],
  ];
  const DATE_ARGUMENTS: [string, string, (d: unknown) => unknown[]][] = [
    ["EHCPREVIEWDUE", "last_review_or_plan_date", (d) => [d]],
    ["PHASETRANSFERREVIEWDUE", "transfer_date", (d) => [d, true]],
    ["REVIEWTIMETABLE", "meeting_date", (d) => [d]],
  ];

  describe.each(DATE_ARGUMENTS)("%s %s", (id, name, call) => {
    test.each(BAD_DATES)("%p", (raw, code, message) => {
      const error = callExpectingError(id, ...call(raw));
      const named = new RegExp(message.source.replace("NAME", name));
      expect([error.code, error.message]).toEqual([code, expect.stringMatching(named)]);
    });
  });

  // Yes and No are read as TRUE and FALSE, as every yes/no argument reads them.
  test.each([["maybe"], [2], [-1], [[[true]]], [0.5]])("to_post16 %p: #VALUE! naming to_post16", (raw) => {
    const error = callExpectingError("PHASETRANSFERREVIEWDUE", serial(2027, 9, 1), raw);
    expect([error.code, error.message]).toEqual([
      ErrorCode.invalidValue,
      expect.stringMatching(/^to_post16 must be TRUE or FALSE \(Yes or No\); it was /),
    ]);
  });

  test("a bad date and a bad to_post16 together: the first argument is named", () => {
    const error = callExpectingError("PHASETRANSFERREVIEWDUE", "soon", "maybe");
    expect(error.message).toMatch(/^transfer_date must be a date/);
  });
});
