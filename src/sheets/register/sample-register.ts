/**
 * A MADE-UP sample register (one SEN provision code per pupil, as an MIS export writes them) for
 * trying the Register tab outside Excel. No real pupils. Three cells are deliberately not codes
 * ("SEN", "x", "K+") to show how the check lists them.
 */
export const SAMPLE_REGISTER_LABEL = "Made-up sample register (invented, not real pupils)";

export const SAMPLE_REGISTER_HEADER = "SEN provision";

export const SAMPLE_REGISTER_CODES: readonly string[] = [
  "K",
  "N",
  "N",
  "E",
  "K",
  "N",
  "SEN support",
  "N",
  "k",
  "N",
  "N",
  "K",
  "SEN",
  "N",
  "EHC plan",
  "N",
  "K",
  "N",
  "N",
  "E",
  "N",
  "K",
  "N",
  "",
  "N",
  "x",
  "K",
  "N",
  "N",
  "K",
  "N",
  "N",
  "E",
  "N",
  "K",
  "N",
  "K+",
  "N",
  "No SEN",
  "K",
];
