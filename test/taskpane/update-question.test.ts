/**
 * The question Update plan and Update statement ask (src/taskpane/shared/update-question.ts):
 * what stays, each input changed on the sheet with both values quoted as the form shows them, and
 * what the user typed that the update would write over or remove with its row.
 */
import { PLAN_FIELDS } from "../../src/sheets/plan/plan-fields";
import { STATEMENT_FIELDS } from "../../src/sheets/statement/statement-fields";
import { inputsThatDiffer } from "../../src/sheets/form-fields";
import { quotedInput, updateConfirmation } from "../../src/taskpane/shared/update-question";

const field = (id: string) => STATEMENT_FIELDS.find((f) => f.id === id)!;

describe("the update question", () => {
  test("values are quoted as people type them: money, percentages, dates, yes/no, blank, text", () => {
    expect(quotedInput(field("notionalSenBudget"), 70000)).toBe("£70,000");
    expect(quotedInput(field("notionalSenBudget"), "£67,755")).toBe("£67,755");
    expect(quotedInput(field("pupilMobility"), 0.18)).toBe("18%");
    expect(quotedInput(field("pupilMobility"), "18%")).toBe("18%");
    expect(quotedInput(field("appointmentSerial"), 46266)).toBe("01/09/2026");
    expect(quotedInput(field("onLeadershipTeam"), true)).toBe("Yes");
    expect(quotedInput(field("annualSalary"), "")).toBe("blank");
    expect(quotedInput(field("schoolName"), "School X")).toBe('"School X"');
    expect(quotedInput(field("allocatedHours"), "lots")).toBe('"lots"'); // refused by the field: as typed
  });

  test("the statement: B13 and B8 typed on the sheet are named with both values; a note and a removed row too", () => {
    const sheet = { notionalSenBudget: 70000, allocatedHours: 7, pupilMobility: 0.34 };
    const form = { notionalSenBudget: "£67,755", allocatedHours: "6", pupilMobility: "34%" };
    const options = updateConfirmation({
      title: "Update the statement?",
      confirmLabel: "Update statement",
      sheetName: "SENCO time statement",
      carried: "what the school entered in its checklists' middle column",
      differing: inputsThatDiffer(STATEMENT_FIELDS, sheet, form),
      conflicts: [
        { address: "B22", row: 21, col: 1, content: 6, why: "figure" },
        { address: "D40", row: 39, col: 3, content: "Checked with the bursar", why: "row" },
      ],
    });
    expect(options).toEqual({
      title: "Update the statement?",
      confirmLabel: "Update statement",
      message:
        'This updates the sheet "SENCO time statement" in place from the form: the sheet keeps its name, its place, its tables and the links made to it, what the school entered in its checklists\' middle column, and anything typed outside the add-in\'s own cells. On the sheet, "Notional SEN budget" is £70,000 where the form has £67,755; "SENCO hours allocated a week now" is 7 where the form has 6: the form\'s values replace them. It also writes over what was typed in B22 (6, typed over a figure), and removes the row holding D40 ("Checked with the bursar").',
    });
  });

  test("the plan: one input changed, nothing else typed in the way", () => {
    const form = { price: "£18,000", startSerial: "01/09/2020" };
    const options = updateConfirmation({
      title: "Update plan?",
      confirmLabel: "Update plan",
      sheetName: "Sam Patel",
      carried: "what you entered in its documents checklist's Done column",
      differing: inputsThatDiffer(
        PLAN_FIELDS.filter((f) => f.id in form),
        { price: 18500, startSerial: 44075 },
        form,
      ),
      conflicts: [],
    });
    expect(options.message).toMatch(
      /On the sheet, "Agreed price" is £18,500 where the form has £18,000: the form's value replaces it\.$/,
    );
  });
});
