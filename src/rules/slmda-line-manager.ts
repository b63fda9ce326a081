/**
 * What the seed asks of the line manager (or mentor) of an SLMDA for SENCOs apprentice: the
 * commitments and the documents to sign, with when each is due. Pure data and date arithmetic.
 *
 * Source: Seed "SLMDA for SENCOs 2020/2021, Guidance for Line Managers" (Serco Education,
 * December 2019), sections "What is my role as a line manager", "Time Commitment" and "Next Steps".
 */
import { BANK_HOLIDAY_FIRST_YEAR, BANK_HOLIDAY_LAST_YEAR } from "./bank-holidays";
import { addWorkingDays, bankHolidaysKnown, nextWorkingDay } from "./working-days";

/** Seed, "Next Steps": "they will have 5 working days to complete a personal statement". */
export const PERSONAL_STATEMENT_WORKING_DAYS = 5;
/** Seed, "Next Steps": "confirmation of their place ... approximately 5 to 6 weeks prior to the start date". */
export const PLACE_CONFIRMATION_WEEKS = { earliest: 6, latest: 5 } as const;
/** Seed, "Time Commitment": first meeting "for approx. half an hour". */
export const FIRST_MEETING_MINUTES = 30;
/** Seed, "Time Commitment": the annual review "should not exceed 2 hours". */
export const ANNUAL_REVIEW_MAX_HOURS = 2;

/** The line manager's commitments, in the seed's order ("Time Commitment"). */
export const LINE_MANAGER_COMMITMENTS: readonly string[] = [
  `Join the first meeting between the apprentice and coach for about ${FIRST_MEETING_MINUTES} minutes, so everyone knows what the individual learning plan requires.`,
  "Contribute to the regular coaching and assessment sessions (not the full session); some may be observations by the coach.",
  "Observe the apprentice doing certain activities (for example chairing a meeting or giving a presentation) and complete the proforma confirming the skills and behaviours seen, for the portfolio of evidence.",
  `Attend the annual review of progress with the coach and apprentice: at most ${ANNUAL_REVIEW_MAX_HOURS} hours.`,
  "Provide a private room at the apprentice's normal place of work for these meetings.",
  "Give the apprentice time to attend the meetings and the face-to-face workshops, never deducted from annual leave (they are mandatory).",
  "Support the apprentice's studies, finding chances to develop skills alongside the learning, and agree flexible study time before the start.",
  "Help the apprentice identify the work-based project, agree its focus with the apprentice and facilitator, and give access to staff and documents it needs.",
];

export type DocumentTiming = "application" | "personal-statement" | "place-confirmation" | "before-start";

export interface SlmdaDocument {
  readonly document: string;
  readonly who: string;
  readonly timing: DocumentTiming;
  /** Where the seed says so. */
  readonly source: string;
}

/** The documents checklist, in the order they fall due. */
export const SLMDA_DOCUMENTS: readonly SlmdaDocument[] = [
  {
    document: "Line manager's written statement supporting the application",
    who: "Line manager",
    timing: "application",
    source: "Seed: What is my role as a line manager",
  },
  {
    document: "Personal statement, reviewed and signed by the line manager",
    who: "Apprentice and line manager",
    timing: "personal-statement",
    source: "Seed: Next Steps (5 working days)",
  },
  {
    document: "Confirmation of a place on the programme",
    who: "Provider",
    timing: "place-confirmation",
    source: "Seed: Next Steps (5 to 6 weeks before the start)",
  },
  {
    document: "Apprenticeship Agreement",
    who: "Line manager and apprentice",
    timing: "before-start",
    source: "Seed: Next Steps",
  },
  {
    document: "Commitment Statement",
    who: "Line manager and apprentice",
    timing: "before-start",
    source: "Seed: Next Steps",
  },
  {
    document: "ILR (Individual Learner Record)",
    who: "Line manager and apprentice",
    timing: "before-start",
    source: "Seed: Next Steps",
  },
  {
    document: "Training Services Agreement",
    who: "Employer (funding manager)",
    timing: "before-start",
    source: "Seed: Next Steps",
  },
  {
    document: "Skills scan (the basis of the individual learning plan)",
    who: "Apprentice with line manager or mentor",
    timing: "before-start",
    source: "Seed: What is my role as a line manager",
  },
  {
    document: "Individual Learning Plan (ILP), reviewed and signed",
    who: "Line manager (or colleague) and apprentice",
    timing: "before-start",
    source: "Seed: Next Steps",
  },
];

export interface DocumentDue {
  /** Serial of the due date, or undefined when it depends on a date not given (the application date). */
  readonly dueSerial: number | undefined;
  /** When, in words. */
  readonly when: string;
}

/**
 * When a document is due. `applicationSerial` is optional: without it the personal statement's
 * due date is given in words only.
 */
export function documentDue(
  timing: DocumentTiming,
  startSerial: number,
  applicationSerial: number | undefined,
  formatDate: (serial: number) => string,
): DocumentDue {
  switch (timing) {
    case "application":
      return { dueSerial: applicationSerial, when: "With the application" };
    case "personal-statement": {
      const when = `Within ${PERSONAL_STATEMENT_WORKING_DAYS} working days of the application (weekends and England and Wales bank holidays excluded)`;
      if (applicationSerial === undefined) return { dueSerial: undefined, when };
      const dueSerial = addWorkingDays(applicationSerial, PERSONAL_STATEMENT_WORKING_DAYS);
      if (bankHolidaysKnown(applicationSerial) && bankHolidaysKnown(dueSerial)) return { dueSerial, when };
      return {
        dueSerial,
        when: `Within ${PERSONAL_STATEMENT_WORKING_DAYS} working days of the application (weekends excluded; bank holidays are known only from ${BANK_HOLIDAY_FIRST_YEAR} to ${BANK_HOLIDAY_LAST_YEAR})`,
      };
    }
    case "place-confirmation": {
      const earliest = startSerial - PLACE_CONFIRMATION_WEEKS.earliest * 7;
      const latest = startSerial - PLACE_CONFIRMATION_WEEKS.latest * 7;
      return {
        dueSerial: nextWorkingDay(latest),
        when: `Expected ${PLACE_CONFIRMATION_WEEKS.latest} to ${PLACE_CONFIRMATION_WEEKS.earliest} weeks before the start (${formatDate(earliest)} to ${formatDate(latest)})`,
      };
    }
    case "before-start":
      return { dueSerial: nextWorkingDay(startSerial), when: "Signed and returned before the start" };
  }
}
