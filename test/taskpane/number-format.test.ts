import { formatCellValue } from "../../src/sheets/number-format";

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
