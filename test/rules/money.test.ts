/** Money as the rules hold it (money.ts): whole pence, and pounds as messages show them. */
import { poundsText, toPence, toPounds } from "../../src/rules/money";

describe("poundsText: whole pence as £ with commas and two decimals", () => {
  test.each([
    [0, "£0.00"],
    [5, "£0.05"],
    [1405, "£14.05"],
    [99999, "£999.99"],
    [100000, "£1,000.00"],
    [1400000, "£14,000.00"],
    [6775500, "£67,755.00"],
    [100000000, "£1,000,000.00"],
    [123456789012, "£1,234,567,890.12"],
    [1e14, "£1,000,000,000,000.00"],
  ])("%d pence is %s", (pence, text) => {
    expect(poundsText(pence)).toBe(text);
  });
});

describe("pence and pounds", () => {
  test("pounds round to the nearest penny; pence back to pounds", () => {
    expect(toPence(14000)).toBe(1400000);
    expect(toPence(0.1 + 0.2)).toBe(30);
    expect(toPounds(1405)).toBe(14.05);
  });
});
