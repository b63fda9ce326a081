import { formatCellValue, typedText } from "../../src/sheets/number-format";

describe("the preview shows numbers as Excel would under the models' formats", () => {
  test("money, hours, whole numbers and dates", () => {
    expect(formatCellValue(18000, "£#,##0.00")).toBe("£18,000.00");
    expect(formatCellValue(67755, "£#,##0")).toBe("£67,755");
    expect(formatCellValue(137, "#,##0.0")).toBe("137.0");
    expect(formatCellValue(-0.004, "0.00")).toBe("0.00");
    expect(formatCellValue(44075, "dd/mm/yyyy")).toBe("01/09/2020");
  });

  test("percentages: the share below the guide and pupil mobility", () => {
    expect(formatCellValue(5 / 27, "0.0%")).toBe("18.5%");
    expect(formatCellValue(0.34, "0%")).toBe("34%");
    expect(formatCellValue(0.345, "0.0%")).toBe("34.5%");
    expect(formatCellValue(1, "0%")).toBe("100%");
    expect(formatCellValue(0, "0.0%")).toBe("0.0%");
  });

  test("general: up to 10 significant digits; text and booleans as they are", () => {
    expect(formatCellValue(0.1851851852)).toBe("0.1851851852");
    expect(formatCellValue("Sam Patel", "0%")).toBe("Sam Patel");
    expect(formatCellValue(true)).toBe("TRUE");
    expect(formatCellValue(null, "0%")).toBe("");
  });
});

describe("forms filled back from a sheet show figures as people type them", () => {
  test("money with its pound sign, pence only when there are some; percentages as percentages; dates day first", () => {
    expect(typedText(9000, "£#,##0")).toBe("£9,000");
    expect(typedText(18000, "£#,##0.00")).toBe("£18,000");
    expect(typedText(9000.5, "£#,##0.00")).toBe("£9,000.50");
    expect(typedText(-250, "£#,##0.00")).toBe("-£250");
    expect(typedText(0.18, "0%")).toBe("18%");
    expect(typedText(0.335, "0%")).toBe("33.5%"); // every digit kept, not the cell's rounding
    expect(typedText(0.3, "0%")).toBe("30%");
    expect(typedText(46266, "dd/mm/yyyy")).toBe("01/09/2026");
  });

  test("other numbers without float noise; text and yes/no as they are; blank as blank", () => {
    expect(typedText(0.1 + 0.2, "General")).toBe("0.3");
    expect(typedText(6, null)).toBe("6");
    expect(typedText("£9,000", "£#,##0")).toBe("£9,000");
    expect(typedText(true, "General")).toBe(true);
    expect(typedText(null, "0%")).toBe("");
  });
});
