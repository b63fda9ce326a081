/**
 * Regression tests for what the fuzz found (through the built bundle): money near Excel's largest
 * number overflowed to Infinity in the pence arithmetic, and the functions threw a plain Error
 * ("returned a value Excel cannot show") instead of an Excel error. Money is now capped at
 * £1,000,000,000,000 by the shared coercer, with a #VALUE! naming the argument.
 */
import { callExpectingError, callFunction, ErrorCode } from "../helpers/bundle";

describe("money near Excel's largest number", () => {
  test.each([
    ["APPRENTICESHIPLEVY", [1.7976931348623157e308], "annual_pay_bill", "1.7976931348623157e+308"],
    ["SLMDAEMPLOYERCOST", ["1e308", false], "price", "1e+308"],
    ["SLMDAFUNDING", ["1e308", false], "price", "1e+308"],
    ["SLMDAPAYMENTS", [1e308], "price", "1e+308"],
    ["SLMDAEMPLOYERCOST", [18000, true, 1e300], "levy_funds", "1e+300"],
    ["SENCOHOURS", [1e308, 10, 5, 6], "notional_sen_budget", "1e+308"],
  ])("%s(%j) is #VALUE! naming %s", (id, args, name, shown) => {
    const error = callExpectingError(id, ...args);
    expect(error.code).toBe(ErrorCode.invalidValue);
    expect(error.message).toBe(`${name} must be at most £1,000,000,000,000; it was ${shown}.`);
  });

  test("the cap itself is accepted and one pound more is not", () => {
    expect(callFunction("APPRENTICESHIPLEVY", 1e12)).toBe(4999985000);
    expect(callExpectingError("APPRENTICESHIPLEVY", 1e12 + 1).code).toBe(ErrorCode.invalidValue);
    expect(callFunction("SLMDAEMPLOYERCOST", 1e12, false, null, 44075)).toBe(1e12 - 18000 + 900); // above the band in full, plus 5% of £18,000
  });
});
