import { counted, countText, yesNo } from "../../src/taskpane/shared/words";

test("one cell, many cells, thousands separated", () => {
  expect(counted(1, "cell")).toBe("1 cell");
  expect(counted(0, "cell")).toBe("0 cells");
  expect(counted(2, "cell")).toBe("2 cells");
  expect(counted(1234567, "row")).toBe("1,234,567 rows");
  expect(counted(1, "guide hour")).toBe("1 guide hour");
  expect(counted(3, "child", "children")).toBe("3 children");
  expect(countText(24000)).toBe("24,000");
});

test("booleans read as Yes and No", () => {
  expect([yesNo(true), yesNo(false)]).toEqual(["Yes", "No"]);
});
