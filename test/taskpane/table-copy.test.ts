/**
 * A preview table as the clipboard text Excel pastes cell by cell (src/taskpane/shared/table-copy.ts):
 * a tab between cells, CR LF between rows, and a cell holding either (or a quote) quoted as
 * Excel's own copy quotes it. The browser test (test/browser/statement.test.ts) copies a real
 * preview table and reads the clipboard.
 */
import { tabSeparated } from "../../src/taskpane/shared/table-copy";

test("cells a tab apart, rows a CR LF apart", () => {
  expect(
    tabSeparated([
      ["Guide: minimum SENCO hours a week", "5"],
      ["Notional SEN budget", "£67,755"],
    ]),
  ).toBe("Guide: minimum SENCO hours a week\t5\r\nNotional SEN budget\t£67,755");
});

test("a cell holding a tab, a line break or a quote is quoted, its quotes doubled; others are not", () => {
  expect(tabSeparated([['St Mary\'s "Juniper"', "a\tb", "two\nlines", "plain"]])).toBe(
    '"St Mary\'s ""Juniper"""\t"a\tb"\t"two\nlines"\tplain',
  );
});

test("no rows is no text; a blank cell keeps its place", () => {
  expect(tabSeparated([])).toBe("");
  expect(tabSeparated([["School", "", "34%"]])).toBe("School\t\t34%");
});
