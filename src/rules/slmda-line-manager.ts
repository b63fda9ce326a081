/**
 * What the provider's guidance asks of the line manager (or mentor) of an SLMDA for SENCOs
 * apprentice: the commitments and the documents to sign, with when each is due. Pure data and
 * date arithmetic.
 *
 * Source: [serco-slmda-lm] "School Leader Master's Degree Apprenticeship (SLMDA) for SENCOs
 * 2020/2021: Guidance for Line Managers" (Serco Education, December 2019), sections "What is my
 * role as a line manager", "Time Commitment" and "Next Steps"; the Commitment Statement's later
 * name from [esfa-rules-2022-23].
 */
import { START_DATE_LIMITS } from "./apprenticeship-start";
import { BANK_HOLIDAY_FIRST_YEAR, BANK_HOLIDAY_LAST_YEAR } from "./bank-holidays";
import { checkDateSerial, type DateLimits } from "./inputs";
import { addWorkingDays, bankHolidaysKnown, nextWorkingDay } from "./working-days";
import { ruleInForce, serialFromYmd, type DatedRule } from "./excel-dates";
import { cite, sourceText, type RuleCitation, type SourceRef } from "./sources";
import { englishMathsRequired } from "./english-maths";

/** [serco-slmda-lm] "Next Steps": "they will have 5 working days to complete a personal statement". */
export const PERSONAL_STATEMENT_WORKING_DAYS = 5;
/** [serco-slmda-lm] "Next Steps": "confirmation of their place ... approximately 5 to 6 weeks prior to the start date". */
export const PLACE_CONFIRMATION_WEEKS = { earliest: 6, latest: 5 } as const;
/** [serco-slmda-lm] "Time Commitment": first meeting "for approx. half an hour". */
export const FIRST_MEETING_MINUTES = 30;
/** [serco-slmda-lm] "Time Commitment": the annual review "should not exceed 2 hours". */
export const ANNUAL_REVIEW_MAX_HOURS = 2;

/** The line manager's commitments, in the guidance's order: [serco-slmda-lm] "Time Commitment". */
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
  /** Where the guidance says so: document id and section. */
  readonly ref: SourceRef;
  /** The same as users read it ("Serco line-manager guidance, Next Steps"). */
  readonly source: string;
}

export interface DocumentNameRule extends DatedRule, RuleCitation {
  readonly name: string;
}

/**
 * The name of the document setting out the training, by the apprenticeship's start. The pane's
 * alone (no function reads it), so each row carries its citation itself.
 */
export const TRAINING_PLAN_NAME: readonly DocumentNameRule[] = [
  {
    from: 1,
    name: "Commitment Statement",
    source: "ESFA funding rules, starts before 01/08/2022: the Commitment Statement",
    // [serco-slmda-lm] "Next Steps": the Commitment Statement is signed before the start.
    ref: cite("serco-slmda-lm", "Next Steps"),
  },
  {
    from: serialFromYmd(2022, 8, 1),
    name: "Training plan",
    source: "ESFA funding rules, starts from 01/08/2022: the Commitment Statement is renamed the Training plan",
    // [esfa-rules-2022-23] "The Commitment Statement will be renamed Training Plan".
    ref: cite("esfa-rules-2022-23", "training plan"),
  },
];

/** The placeholder in SLMDA_DOCUMENTS for the training plan's name in force at the start. */
const TRAINING_PLAN = "Commitment Statement";
/** The English and maths evidence, listed only while the rules require it (see slmdaDocuments). */
export const ENGLISH_MATHS_EVIDENCE = "Level 2 maths and English evidence (certificates, or Functional Skills)";

/** The documents checklist, in the order they fall due, as the guidance names them (see slmdaDocuments). */
export const SLMDA_DOCUMENTS: readonly SlmdaDocument[] = [
  {
    document: "Line manager's written statement supporting the application",
    who: "Line manager",
    timing: "application",
    ref: cite("serco-slmda-lm", "What is my role as a line manager"),
    source: sourceText(cite("serco-slmda-lm", "What is my role as a line manager")),
  },
  {
    document: "Personal statement, reviewed and signed by the line manager",
    who: "Apprentice and line manager",
    timing: "personal-statement",
    ref: cite("serco-slmda-lm", "Next Steps (5 working days)"),
    source: sourceText(cite("serco-slmda-lm", "Next Steps (5 working days)")),
  },
  {
    document: "Confirmation of a place on the programme",
    who: "Provider",
    timing: "place-confirmation",
    ref: cite("serco-slmda-lm", "Next Steps (5 to 6 weeks before the start)"),
    source: sourceText(cite("serco-slmda-lm", "Next Steps (5 to 6 weeks before the start)")),
  },
  {
    document: "Apprenticeship Agreement",
    who: "Line manager and apprentice",
    timing: "before-start",
    ref: cite("serco-slmda-lm", "Next Steps"),
    source: sourceText(cite("serco-slmda-lm", "Next Steps")),
  },
  {
    document: TRAINING_PLAN,
    who: "Line manager and apprentice",
    timing: "before-start",
    ref: cite("serco-slmda-lm", "Next Steps"),
    source: sourceText(cite("serco-slmda-lm", "Next Steps")),
  },
  {
    document: "ILR (Individual Learner Record)",
    who: "Line manager and apprentice",
    timing: "before-start",
    ref: cite("serco-slmda-lm", "Next Steps"),
    source: sourceText(cite("serco-slmda-lm", "Next Steps")),
  },
  {
    document: "Training Services Agreement",
    who: "Employer (funding manager)",
    timing: "before-start",
    ref: cite("serco-slmda-lm", "Next Steps"),
    source: sourceText(cite("serco-slmda-lm", "Next Steps")),
  },
  {
    document: ENGLISH_MATHS_EVIDENCE,
    who: "Apprentice",
    timing: "before-start",
    ref: cite("serco-slmda-lm", "Structure"),
    source: sourceText(cite("serco-slmda-lm", "Structure")),
  },
  {
    document: "Skills scan (the basis of the individual learning plan)",
    who: "Apprentice with line manager or mentor",
    timing: "before-start",
    ref: cite("serco-slmda-lm", "What is my role as a line manager"),
    source: sourceText(cite("serco-slmda-lm", "What is my role as a line manager")),
  },
  {
    document: "Individual Learning Plan (ILP), reviewed and signed",
    who: "Line manager (or colleague) and apprentice",
    timing: "before-start",
    ref: cite("serco-slmda-lm", "Next Steps"),
    source: sourceText(cite("serco-slmda-lm", "Next Steps")),
  },
];

/**
 * The documents checklist for a start on `startSerial`, each document named as it was at the
 * start (the Commitment Statement is the Training plan for starts from 01/08/2022), as it stands on
 * `onSerial` (the start when omitted): the English and maths evidence is listed only while the
 * rules require it of an apprentice aged `ageAtStart` at the start, so from 11/02/2025 not for one
 * aged 19 or over, whatever the start date.
 */
export function slmdaDocuments(
  startSerial: number,
  ageAtStart: number,
  onSerial: number = startSerial,
): SlmdaDocument[] {
  const rule = ruleInForce(TRAINING_PLAN_NAME, startSerial);
  const englishMaths = englishMathsRequired(startSerial, ageAtStart, onSerial);
  return SLMDA_DOCUMENTS.filter((doc) => englishMaths || doc.document !== ENGLISH_MATHS_EVIDENCE).map((doc) =>
    doc.document === TRAINING_PLAN
      ? { ...doc, document: rule.name, ref: rule.ref, source: `${doc.source}; ${sourceText(rule.ref)}` }
      : doc,
  );
}

/** Application dates: those of the starts the rules answer for (from 01/05/2017), as an application leads to a start. */
export const APPLICATION_DATE_LIMITS: DateLimits = START_DATE_LIMITS;

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
      checkDateSerial("application_date", applicationSerial, APPLICATION_DATE_LIMITS);
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
