/** The SENCO qualification: which one is still needed and the date it must be held by. */
import { qualificationDue, qualificationNeeded } from "../../../rules/senco-qualification";
import { DATE_FORMAT } from "../../number-format";
import { formula, rulePreview } from "../../rule-preview";
import { labelRowsSection, type LabelRow, type SectionOutput } from "../../sections";
import { inputRef, optionalRef, type Scalar, type StatementContext } from "../statement-context";
import { VALUE_COL, abs, printedNotes } from "../statement-layout";

// The 2008 Regulations' reach (MAINTAINED_SCHOOLS_NOTE) said in the same two printed lines as the dates.
const QUALIFICATION_NOTES = [
  "Appointed after 01/09/2009: within 3 years (SEND Regulations 2014, reg 49); 01/09/2008 to 01/09/2009: the NASENCO by 01/09/2012, in maintained schools only (not academies).",
  "A NASENCO course started before 01/09/2024 counts if completed before 01/09/2027.",
  "Otherwise the NPQ for SENCOs. Blank until the date appointed is entered.",
];

export function qualificationSection(context: StatementContext, startRow: number): SectionOutput {
  const rows = qualificationRows(context, startRow + 1);
  return labelRowsSection("The SENCO qualification", rows, printedNotes(QUALIFICATION_NOTES), startRow);
}

/** The two rows from `first`: the qualification needed, then the date (which reads the first row's cell). */
function qualificationRows(context: StatementContext, first: number): LabelRow[] {
  const { inputs } = context;
  const appointed = inputRef(context, "appointmentSerial");
  const neededCell = abs(first, VALUE_COL);
  const appointment = inputs.appointmentSerial;
  const neededPreview: Scalar =
    appointment === undefined
      ? ""
      : rulePreview(() => qualificationNeeded(appointment, inputs.qualificationHeld, inputs.nasencoStartSerial));
  const duePreview: Scalar =
    appointment === undefined
      ? ""
      : neededPreview === "Not required"
        ? "Not required"
        : rulePreview(() => qualificationDue(appointment));
  const held = optionalRef(context, "qualificationHeld");
  const nasencoStart = optionalRef(context, "nasencoStartSerial");
  return [
    [
      "Qualification still needed",
      formula(
        `=IF(${appointed}="","",SEND.SENCOQUALIFICATIONNEEDED(${appointed},${held},${nasencoStart}))`,
        neededPreview,
      ),
      null,
    ],
    [
      "Must hold it by",
      formula(
        `=IF(${appointed}="","",IF(${neededCell}="Not required","Not required",SEND.SENCOQUALIFICATIONDUE(${appointed})))`,
        duePreview,
      ),
      DATE_FORMAT,
    ],
  ];
}
