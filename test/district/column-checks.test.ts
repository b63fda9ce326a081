/**
 * A column that does not look like what it was chosen for gets a warning naming it.
 */
import { checkColumn, columnNumbers } from "../../src/sheets/district/read/column-checks";

const rows = (values: unknown[]): unknown[][] => values.map((v) => [v]);

describe("plausible columns", () => {
  test("a budget column of pupil counts (the DfE file's Total SEN: 46, 72, 174)", () => {
    const warning = checkColumn("budget", rows([46, 72, 174]), 0, "Total SEN", 0, "DfE SEN by school");
    expect(warning).toEqual({
      field: "budget",
      table: 0,
      column: 0,
      header: "Total SEN",
      message:
        '"Total SEN" in DfE SEN by school, chosen as "Notional SEN budget", does not look like it: every value is a whole number below 3,000, as counts of pupils are (largest 174, median 72). Confirm it is the right column, or choose another.',
    });
  });

  test("a budget whose median school has under £1,000, even with pence or one large value", () => {
    const warning = checkColumn("budget", rows([120.5, 300, 800.25, 45000]), 0, "SEN budget");
    expect(warning?.message).toContain(
      "the median school has less than £1,000, far below any notional SEN budget (largest 45,000, median 550.13)",
    );
  });

  test("real budgets pass: whole pounds above 3,000, text with £ and commas, blanks and text ignored", () => {
    expect(
      checkColumn("budget", rows([67755, "£24,300", 41200, null, "tbc", 2900]), 0, "Notional SEN Budget"),
    ).toBeUndefined();
  });

  test("a count column holding money: pound signs, pence, or a median above 3,000 pupils", () => {
    expect(checkColumn("schoolAction", rows(["£1,200", 30, 40]), 0, "SEN support")?.message).toContain(
      "1 value is written in pounds (£)",
    );
    expect(checkColumn("statements", rows([1.5, 2, 3]), 0, "EHC plan")?.message).toContain(
      "some values have pence or fractions",
    );
    expect(checkColumn("pupils", rows([67755, 24300, 41200]), 0, "NOR")?.message).toContain(
      "the median school has more than 3,000, more pupils than almost any school has (largest 67,755, median 41,200)",
    );
    expect(checkColumn("schoolAction", rows([30, 597, 14]), 0, "SEN support")).toBeUndefined();
  });

  test("a mobility column holding money (the Authority Proforma Tool's Mobility funding column)", () => {
    expect(checkColumn("mobility", rows([1520, 0, 3040]), 0, "Mobility")?.message).toContain(
      "values go up to 3,040, more than 100%",
    );
    expect(checkColumn("mobility", rows([0.13, 0.4, 13]), 0, "Mobility")).toBeUndefined();
  });

  test("allocated hours are hours a week: a column going above 40 is questioned, one of 0 to 40 is not", () => {
    expect(checkColumn("allocated", rows([5, 12.5, 0, 40]), 0, "SENCO hours")).toBeUndefined();
    expect(checkColumn("allocated", rows([195, 380, 76]), 0, "SENCO hours")!.message).toBe(
      '"SENCO hours", chosen as "Allocated SENCO hours", does not look like it: values go up to 380, more than 40 hours a week (largest 380, median 195). Confirm it is the right column, or choose another.',
    );
  });

  test("the name and URN are not checked; an empty column has nothing to say", () => {
    expect(checkColumn("name", rows([50000]), 0, "School")).toBeUndefined();
    expect(checkColumn("budget", rows([null, "tbc"]), 0, "Budget")).toBeUndefined();
    expect(columnNumbers(rows([3, "£1,000", 1, null]), 0)).toEqual({
      count: 3,
      whole: true,
      max: 1000,
      median: 3,
      poundSigns: 1,
    });
  });
});
