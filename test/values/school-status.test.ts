/**
 * A school's status as tables write it, read to one of the register's four; case, spacing and
 * punctuation ignored; anything else is no status.
 */
import { parseSchoolStatus } from "../../src/values/school-status";

describe("parseSchoolStatus", () => {
  test.each([
    ["Open", "open"],
    ["Closed", "closed"],
    ["Open, but proposed to close", "openProposedToClose"],
    ["Proposed to open", "proposedToOpen"],
    // The same words in other case, spacing or punctuation.
    [" OPEN ", "open"],
    ["closed.", "closed"],
    ["open but proposed to close", "openProposedToClose"],
    ["Open - proposed to close", "openProposedToClose"],
    ["Proposed to close", "openProposedToClose"],
    ["PROPOSED  TO  OPEN", "proposedToOpen"],
  ])("%p is %s", (raw, status) => {
    expect(parseSchoolStatus(raw)).toBe(status);
  });

  test.each([["Opened"], ["Open/closed"], ["open proposed"], [""], ["   "], [null], [1], [true]])(
    "%p is no status",
    (raw) => {
      expect(parseSchoolStatus(raw)).toBeUndefined();
    },
  );
});
