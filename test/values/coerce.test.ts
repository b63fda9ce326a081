/**
 * The coercers of src/values/coerce.ts (dates: src/values/dates.ts) case by case: blanks, "£" and "%" typed in text, grouped
 * digits, yes/no text, optional dates and text fields, ranges; each refusal with its message.
 */
import { START_DATE_LIMITS } from "../../src/rules/apprenticeship-start";
import { serialFromYmd } from "../../src/rules/excel-dates";
import { excelErrorText } from "../../src/values/excel-errors";
import {
  booleanArg,
  countArg,
  isBlank,
  mobilityArg,
  moneyArg,
  numberArg,
  parseNumber,
  percentArg,
  positiveMoneyArg,
  rangeArg,
  textArg,
} from "../../src/values/coerce";
import { dateArg, parseDate } from "../../src/values/dates";
import { ruleErrorOf } from "../helpers/rule-error";

const HOURS = { allowed: "a number of hours from 1 to 60", min: 1, max: 60 };

describe("blanks", () => {
  test("spaces alone are blank; text with spaces around it is not", () => {
    expect([isBlank(null), isBlank(undefined), isBlank(""), isBlank("   ")]).toEqual([true, true, true, true]);
    expect([isBlank(" x "), isBlank(0), isBlank(false)]).toEqual([false, false, false]);
  });

  test("an optional number's 0 is left out only where 0 counts as blank", () => {
    expect(numberArg("hours", HOURS, { optional: true, zeroIsBlank: true }).coerce(0)).toBeUndefined();
    expect(ruleErrorOf(() => numberArg("hours", HOURS, { optional: true }).coerce(0)).message).toBe(
      "hours must be a number of hours from 1 to 60; 0 is below 1.",
    );
  });
});

describe("a required number left blank, and a blank that counts 0", () => {
  test("a required number left blank is asked for; its 0, where 0 is a blank, says where a 0 comes from", () => {
    expect(ruleErrorOf(() => numberArg("hours", HOURS).coerce(null)).message).toBe(
      "hours is required: enter a number of hours from 1 to 60.",
    );
    const error = ruleErrorOf(() => numberArg("hours", HOURS, { zeroIsBlank: true }).coerce(0));
    expect(error.message).toBe(
      "hours must be a number of hours from 1 to 60; it was 0, which is also how Excel on Windows passes an empty cell.",
    );
    expect(error.value).toBe(0);
    expect(error.allowed).toBe("a number of hours from 1 to 60");
  });

  test("a count whose blank is 0 reads a blank as 0, as SUM does; without it a blank is asked for", () => {
    const pupils = countArg("pupils", { blankIsZero: true });
    expect([pupils.coerce(null), pupils.coerce(""), pupils.coerce(7)]).toEqual([0, 0, 7]);
    expect(ruleErrorOf(() => countArg("pupils").coerce(null)).message).toBe(
      "pupils is required: enter a whole number of 0 or more.",
    );
  });
});

describe("numbers typed as text", () => {
  test("£ and thousands separators for money, also with a space after the £", () => {
    expect(moneyArg("price").coerce("£67,755")).toBe(67755);
    expect(moneyArg("price").coerce(" £ 14,000.50 ")).toBe(14000.5);
  });

  test("money typed without £, with and without thousands separators", () => {
    expect([moneyArg("price").coerce("14,000"), moneyArg("price").coerce("14000")]).toEqual([14000, 14000]);
  });

  test("£ is money's alone: a count or a number of hours with £ is refused", () => {
    expect(ruleErrorOf(() => numberArg("hours", HOURS).coerce("£5")).message).toBe(
      'hours must be a number of hours from 1 to 60; it was the text "£5".',
    );
  });

  test("% is a percentage's alone, also with a space before it", () => {
    expect(percentArg("pupil_mobility").coerce("34 %")).toBe(0.34);
    expect(percentArg("pupil_mobility").coerce("0.34")).toBe(0.34);
    expect(ruleErrorOf(() => moneyArg("price").coerce("34%")).message).toBe(
      'price must be an amount in pounds of 0 or more; it was the text "34%".',
    );
  });

  test("commas only in groups of three: 1,2 is no number", () => {
    expect(parseNumber("1,200")).toBe(1200);
    expect(parseNumber("1,2")).toBeUndefined();
    expect(parseNumber("12,00")).toBeUndefined();
  });

  test("text that is no number gives undefined, not NaN", () => {
    expect(parseNumber("abc")).toBeUndefined();
    expect(parseNumber("1e")).toBeUndefined();
    expect(parseNumber(true)).toBeUndefined();
  });
});

describe("a value above the range real values fall in", () => {
  const ABOVE_80 =
    "pupil_mobility 90% is above 80%, the highest annual pupil turnover in the published figures (Ofsted, Managing pupil mobility (2002): some primary schools with a turnover of 80%).";

  test("the functions refuse it, saying what to type if the figure is right", () => {
    const mobility = mobilityArg();
    expect(ruleErrorOf(() => mobility.coerce(0.9)).message).toBe(
      `${ABOVE_80} If the school's turnover really is higher, type 80%: the guide adds the same 3 hours for any turnover over 40%.`,
    );
    expect(mobility.coerce(0.8)).toBe(0.8);
    expect(mobility.implausible).toBeUndefined();
  });

  test("the task pane takes it and asks about it", () => {
    const mobility = mobilityArg({ implausible: "allow" });
    expect(mobility.coerce(0.9)).toBe(0.9);
    expect(mobility.implausible!(0.9)?.message).toBe(ABOVE_80);
    expect(mobility.implausible!("90%")?.value).toBe("90%");
    expect([mobility.implausible!(0.8), mobility.implausible!(null)]).toEqual([undefined, undefined]);
    expect(mobilityArg({ optional: true, implausible: "allow" }).implausible!(null)).toBeUndefined();
  });

  test("optional, a blank is left out and the range is still refused; required, a blank adds no hours as 0% does", () => {
    const optional = mobilityArg({ optional: true });
    expect([optional.optional, optional.coerce(null), mobilityArg().coerce(null)]).toEqual([true, undefined, 0]);
    expect(ruleErrorOf(() => optional.coerce(0.9)).message).toMatch(/^pupil_mobility 90% is above 80%, /);
  });

  test("with no plausible range in the limits there is nothing to ask", () => {
    expect(numberArg("hours", HOURS, { implausible: "allow" }).implausible).toBeUndefined();
    expect(numberArg("hours", HOURS, { implausible: "allow" }).coerce(60)).toBe(60);
  });
});

describe("money that must be more than £0", () => {
  const ADVICE = "enter the price agreed with the training provider";

  test("£0 typed as text is refused like 0, with the advice and what is allowed", () => {
    const error = ruleErrorOf(() => positiveMoneyArg("price", ADVICE).coerce("£0"));
    expect(error.message).toBe(
      'price must be more than £0: enter the price agreed with the training provider; it was the text "£0".',
    );
    expect(error.value).toBe("£0");
    expect(error.allowed).toBe("an amount in pounds of more than £0");
    expect(positiveMoneyArg("price", ADVICE).coerce("£14,000")).toBe(14000);
  });

  test("required: a blank is refused in the same words as 0", () => {
    const price = positiveMoneyArg("price", ADVICE);
    expect(price.optional).toBe(false);
    expect(ruleErrorOf(() => price.coerce(null)).message).toBe(
      "price must be more than £0: enter the price agreed with the training provider; it was blank.",
    );
  });

  test("optional: left out or blank is undefined; 0 is still refused", () => {
    const price = positiveMoneyArg("price", ADVICE, { optional: true });
    expect([price.coerce(null), price.coerce(""), price.coerce(undefined)]).toEqual([undefined, undefined, undefined]);
    expect(ruleErrorOf(() => price.coerce(0)).message).toBe(
      "price must be more than £0: enter the price agreed with the training provider; it was 0.",
    );
  });
});

describe("yes or no", () => {
  test("an optional yes/no says what it takes", () => {
    const careLeaver = booleanArg("care_leaver_or_ehc_plan", { optional: true });
    expect(careLeaver.allowed).toBe("TRUE or FALSE (Yes or No)");
    expect(ruleErrorOf(() => careLeaver.coerce("maybe")).message).toBe(
      'care_leaver_or_ehc_plan must be TRUE or FALSE (Yes or No); it was the text "maybe".',
    );
  });

  test("TRUE/FALSE, 1/0 and Yes/No/Y/N typed as text, in any case, with spaces", () => {
    const yes = booleanArg("levy_payer");
    expect([
      yes.coerce(" true "),
      yes.coerce("1"),
      yes.coerce(" 1 "),
      yes.coerce(1),
      yes.coerce("yes"),
      yes.coerce("Y"),
    ]).toEqual([true, true, true, true, true, true]);
    expect([yes.coerce("False"), yes.coerce("0"), yes.coerce(false), yes.coerce("No"), yes.coerce("n")]).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(ruleErrorOf(() => yes.coerce("maybe")).message).toBe(
      'levy_payer must be TRUE or FALSE (Yes or No; a blank cell is no answer); it was the text "maybe".',
    );
    expect(ruleErrorOf(() => yes.coerce(2)).message).toBe(
      "levy_payer must be TRUE or FALSE (Yes or No; a blank cell is no answer); it was 2.",
    );
  });

  test("a required yes/no refuses the number 0, which is how Excel on Windows passes an empty cell; an optional one reads it as FALSE", () => {
    expect(ruleErrorOf(() => booleanArg("levy_payer").coerce(0)).message).toBe(
      "levy_payer must be TRUE or FALSE (Yes or No; a blank cell is no answer); it was 0, which is also how Excel on Windows passes an empty cell.",
    );
    const optional = booleanArg("care_leaver_or_ehc_plan", { optional: true });
    expect([optional.coerce(0), optional.coerce(null)]).toEqual([false, undefined]);
  });
});

describe("dates", () => {
  test("a month name that is none is no date (undefined), not an impossible date (NaN)", () => {
    expect(parseDate("1 Septober 2025")).toBeUndefined();
    expect(parseDate("31/02/2025")).toBeNaN();
  });

  test("an optional date left out, blank or 0 (an empty cell on Windows) is undefined; a required one is asked for", () => {
    const optional = dateArg("start_date", START_DATE_LIMITS, { optional: true });
    expect([optional.coerce(null), optional.coerce(""), optional.coerce(0)]).toEqual([undefined, undefined, undefined]);
    expect(optional.coerce(serialFromYmd(2026, 9, 1))).toBe(serialFromYmd(2026, 9, 1));
    const required = dateArg("start_date", START_DATE_LIMITS);
    expect(required.optional).toBe(false);
    expect(optional.optional).toBe(true);
    expect(ruleErrorOf(() => required.coerce(null)).message).toBe(
      "start_date is required: enter a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026.",
    );
    // A required date's 0 is no blank: serial 0 is no date, and the message says where a 0 comes from.
    expect(ruleErrorOf(() => required.coerce(0)).message).toBe(
      "start_date must be a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026; it was 0, which is also how Excel on Windows passes an empty cell.",
    );
  });
});

describe("text fields", () => {
  const name = textArg("senco_name", { optional: false, maxLength: 5 });
  const school = textArg("school", { optional: true, maxLength: 5 });

  test("trimmed; up to the most characters allowed; a number typed is its text", () => {
    expect(name.coerce("  Ann ")).toBe("Ann");
    expect(name.coerce("Abcde")).toBe("Abcde");
    expect(name.coerce(12345)).toBe("12345");
    expect(name.allowed).toBe("text of at most 5 characters");
  });

  test("blank: undefined when optional, asked for when required", () => {
    expect([school.coerce(null), school.coerce(undefined), school.coerce("   ")]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    for (const blank of [null, undefined, "  "]) {
      expect(ruleErrorOf(() => name.coerce(blank)).message).toBe(
        "senco_name is required: enter text of at most 5 characters.",
      );
    }
  });

  test("one character too many is refused, saying how many it has", () => {
    const error = ruleErrorOf(() => school.coerce(" Abcdef "));
    expect(error.message).toBe("school must be text of at most 5 characters; it has 6.");
    expect(error.value).toBe(" Abcdef ");
    expect(error.allowed).toBe("text of at most 5 characters");
  });
});

describe("ranges", () => {
  test("a range is its rows; one cell is a range of one; every row must be a row", () => {
    const range = rangeArg("apprentices");
    expect(
      range.coerce([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(range.coerce(5)).toEqual([[5]]);
    expect(ruleErrorOf(() => range.coerce([[1], [2], 3])).message).toBe(
      "apprentices must be a range of cells; it was a range.",
    );
  });

  test("left out: [] when optional, asked for when required", () => {
    expect(rangeArg("funds", { optional: true }).coerce(null)).toEqual([]);
    expect(rangeArg("funds", { optional: true }).coerce(undefined)).toEqual([]);
    expect(ruleErrorOf(() => rangeArg("apprentices").coerce(undefined)).message).toBe(
      "apprentices is required: enter a range of cells.",
    );
    expect(ruleErrorOf(() => rangeArg("apprentices").coerce(null)).message).toBe(
      "apprentices is required: enter a range of cells.",
    );
  });
});

test("a rule error's kind shows as #VALUE! or #N/A, the two errors Excel shows a message on", () => {
  expect(excelErrorText("value")).toBe("#VALUE!");
  expect(excelErrorText("na")).toBe("#N/A");
});
