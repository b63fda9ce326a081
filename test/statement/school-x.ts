import type { StatementInputs } from "../../src/sheets/statement/statement-fields";

/** School X from the guidance's Appendix (£67,755; 10 SA, 5 SA+, 6 statements; 34%), 4 hours allocated. */
export const SCHOOL_X: StatementInputs = {
  schoolName: "School X",
  notionalSenBudget: 67755,
  schoolAction: 10,
  schoolActionPlus: 5,
  statements: 6,
  pupilMobility: 0.34,
  senSupportWeight: 1,
  weightReason: undefined,
  allocatedHours: 4,
  annualSalary: undefined,
  onCostRate: undefined,
  appointmentSerial: undefined,
  qualificationHeld: false,
  nasencoStartSerial: undefined,
  onLeadershipTeam: false,
};

/** A register column: a header, 10 K, 6 E and blanks in between. */
export const REGISTER_COLUMN: string[][] = [
  ["SEN status"],
  ...["K", "", "K", "K", "E", "", "K", "E", "K", "", "K", "E", "K", "E", "", "K", "E", "K", "E", "", "K"].map((c) => [
    c,
  ]),
];
