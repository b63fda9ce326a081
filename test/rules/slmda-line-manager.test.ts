/**
 * The line manager's documents checklist and when each document is due: dates worked out on the
 * calendar (weekends, and England and Wales bank holidays where they are known, 2018 to 2030).
 */
import { formatSerialDdMmYyyy, serialFromYmd as ymd } from "../../src/rules/excel-dates";
import {
  documentDue,
  ENGLISH_MATHS_EVIDENCE,
  SLMDA_DOCUMENTS,
  slmdaDocuments,
} from "../../src/rules/slmda-line-manager";

const due = (timing: Parameters<typeof documentDue>[0], start: number, application?: number) => {
  const answer = documentDue(timing, start, application, formatSerialDdMmYyyy);
  return [answer.dueSerial === undefined ? undefined : formatSerialDdMmYyyy(answer.dueSerial), answer.when];
};

const FIVE_DAYS = "Within 5 working days of the application";
const KNOWN = `${FIVE_DAYS} (weekends and England and Wales bank holidays excluded)`;
const NOT_KNOWN = `${FIVE_DAYS} (weekends excluded; bank holidays are known only from 2018 to 2030)`;

describe("documentDue", () => {
  const start = ymd(2026, 9, 1);

  test("the line manager's statement comes with the application, dated by it when given", () => {
    expect(due("application", start, ymd(2026, 6, 15))).toEqual(["15/06/2026", "With the application"]);
    expect(due("application", start)).toEqual([undefined, "With the application"]);
  });

  test("the personal statement: 5 working days after the application (Wed 02/09/2026 -> Wed 09/09/2026)", () => {
    expect(due("personal-statement", start, ymd(2026, 9, 2))).toEqual(["09/09/2026", KNOWN]);
    expect(due("personal-statement", start)).toEqual([undefined, KNOWN]);
  });

  test("Christmas 2030 is skipped (Fri 20/12 -> Tue 31/12); from 2031 only weekends are (Mon 23/12 -> Wed 01/01)", () => {
    expect(due("personal-statement", start, ymd(2030, 12, 20))).toEqual(["31/12/2030", KNOWN]);
    expect(due("personal-statement", start, ymd(2030, 12, 23))).toEqual(["01/01/2031", NOT_KNOWN]);
  });

  test("an application in 2017, before the bank holidays known, says so even when the due date is in 2018", () => {
    // Fri 29/12/2017: Mon 01/01/2018 is a bank holiday, so Tue 2 to Mon 8 January.
    expect(due("personal-statement", start, ymd(2017, 12, 29))).toEqual(["08/01/2018", NOT_KNOWN]);
    // Fri 22/12/2017: Christmas 2017 is not known, so Mon 25 to Fri 29 December.
    expect(due("personal-statement", start, ymd(2017, 12, 22))).toEqual(["29/12/2017", NOT_KNOWN]);
  });

  test("documents signed before the start are due on the start, a working day", () => {
    expect(due("before-start", start)).toEqual(["01/09/2026", "Signed and returned before the start"]);
  });

  test("the place is confirmed 5 to 6 weeks before the start, due at 5 weeks", () => {
    expect(due("place-confirmation", start)).toEqual([
      "28/07/2026",
      "Expected 5 to 6 weeks before the start (21/07/2026 to 28/07/2026)",
    ]);
  });
});

describe("slmdaDocuments", () => {
  const names = (docs: readonly { document: string }[]) => docs.map((doc) => doc.document);
  const listed = names(SLMDA_DOCUMENTS).map((name) => (name === "Commitment Statement" ? "Training plan" : name));

  test("an apprentice of 19 starting from 11/02/2025: every document but the English and maths evidence", () => {
    expect(names(slmdaDocuments(ymd(2025, 9, 1), 19))).toEqual(
      listed.filter((name) => name !== ENGLISH_MATHS_EVIDENCE),
    );
    expect(names(slmdaDocuments(ymd(2025, 9, 1), 18))).toEqual(listed);
  });

  test("the training plan cites the guidance and the funding rules that renamed it", () => {
    const plan = slmdaDocuments(ymd(2022, 8, 1), 40).find((doc) => doc.document === "Training plan")!;
    expect(plan.source).toBe(
      "Serco line-manager guidance, Next Steps; ESFA apprenticeship funding rules 2022 to 2023, training plan",
    );
  });
});
