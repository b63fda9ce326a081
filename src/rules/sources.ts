/**
 * The documents the rules come from, by the stable id `docs/sources.md` gives each one (title,
 * publisher, date, URL, sections used and where sources disagree are there). Each rule row cites
 * one with `cite(id, section)`; the short title is what users read beside a rule (the plan's
 * Checks column), never a file name. A test checks every id here and every `[id]` in a comment of
 * src/rules has an entry in docs/sources.md.
 *
 * Pure TypeScript: no Office, no DOM.
 */

/** Short human titles of the documents rule rows cite (`cite`), as users read them beside a rule. */
const CITED_TITLES = {
  "serco-slmda-lm": "Serco line-manager guidance",
  "ifate-st0480-band": "Senior Leader (ST0480) funding band",
  "budget-2018": "Budget 2018 (HM Treasury)",
  "esfa-rules-2022-23": "ESFA apprenticeship funding rules 2022 to 2023",
  "esfa-rules-2023-24": "ESFA apprenticeship funding rules 2023 to 2024",
  "dfe-english-maths-2025": "DfE, changes to English and maths requirements",
  "dfe-rules-2025-26": "DfE apprenticeship funding rules 2025 to 2026",
  "dfe-l7-2025": "DfE, changes to funding for level 7 apprenticeships",
  "dwp-110425": "DWP written answers 110425 and 110426",
  "hmrc-levy": "HMRC, Apprenticeship Levy",
  "dfe-levy-topup-2017": "DfE written answer on the levy top-up (2017)",
  "aps-expired-funds": "Apprenticeship service, expired funds",
  "sfa-transfers-2018": "ESFA, preparing for transfers on the apprenticeship service (2018)",
  "esfa-employer-rules-transfers": "ESFA apprenticeship funding rules for employers, transfers of levy funds",
  "dfe-apprenticeship-funding-2024": "DfE, apprenticeship funding from 1 April 2024",
  "senco-regs-2008-2009": "SENCO Regulations 2008 as amended in 2009",
  "send-regs-2014-r49": "SEND Regulations 2014, regulation 49",
  "si-2024-535": "SEND (Amendment) Regulations 2024",
  "ofsted-pupil-mobility-2002": "Ofsted, Managing pupil mobility (2002)",
  "cfa-2014-s44": "Children and Families Act 2014",
  "send-regs-2014-r18": "SEND Regulations 2014",
  "send-regs-2014-r20": "SEND Regulations 2014",
  "send-cop-2015": "SEND Code of Practice (2015)",
} as const;

/**
 * Short titles of the other documents the rules name (in their comments and docs/sources.md), which
 * no rule row cites: no surface shows them, so the task pane and the functions do not carry them.
 */
const NAMED_TITLES = {
  "bradford-senco-time": "Bradford Senco Essential Duties Time guidance",
  "esfa-rules-2017-18": "ESFA apprenticeship funding rules May 2017 to July 2018",
  "esfa-otj-definition": "ESFA definition of off-the-job training (2019)",
  "aps-non-levy": "apprenticeships.gov.uk, funding for non-levy employers",
  "dwp-hl14081": "DWP written answer HL14081",
  "aps-paying-provider": "Apprenticeship service, paying your training provider",
  "aps-transfers": "Apprenticeship service, transfers and the transfer allowance",
  "dfe-receive-transfer": "DfE, receive a levy transfer to fund an apprenticeship",
  "esfa-provider-transfers": "Apprenticeship funding rules for training providers, transfers of levy funds",
  "gov-apprenticeship-levels": "GOV.UK, apprenticeship levels",
  "das-payments-v2": "Apprenticeship service payments and transfers (its public code)",
  "dfe-sen-cop-1994": "SEN Code of Practice (1994)",
  "das-forecasting-tool": "Apprenticeship service funding projection (its public code)",
  "das-employer-finance": "Apprenticeship service finance and expiry (its public code)",
  "das-payments-acceptance": "Apprenticeship service payment schedules (its public tests)",
  "das-funding-payments": "Apprenticeship service payments (its public code)",
  "dfe-npq-senco-transition": "DfE, transition to the NPQ for SENCOs",
  "wtr-1998": "Working Time Regulations 1998",
  "stpcd-directed-time": "School teachers' pay and conditions, directed time",
  "gov-bank-holidays": "GOV.UK bank holidays",
  "ifate-act-2025": "IfATE (Transfer of Functions etc) Act 2025",
  "esfa-closure": "DfE, ESFA functions move to the Department for Education",
  "planning-assumption": "Planning assumption of this add-in",
  "dfe-sen-school-level": "DfE, special educational needs in England, school-level data",
  "dfe-sen-long-2026": "DfE, special educational needs in England, school-level data (2026 format)",
  "dfe-census-sen-codes": "DfE school census SEN provision codes",
  "sims-sen-status": "SIMS SEN Status",
  "arbor-sen-status": "Arbor SEN Status",
  "dfe-census-validation": "DfE school census validation rules",
  "dfe-census-2026-27": "DfE school census 2026 to 2027: technical information",
  "dfe-sen2-guide": "DfE SEN2 guide, type of need",
  "dfe-down-syndrome-2025": "DfE, Down syndrome in the school census from January 2025",
  "dfe-sen-transition-2014": "DfE transition from School Action and School Action Plus to SEN support",
  "dfe-notional-sen": "DfE, the notional SEN budget for mainstream schools",
  "esfa-apt-new-isb": "Authority proforma tool, New ISB sheet",
  "dfe-school-identifiers": "DfE school identifiers: URN and LAESTAB",
  "dfe-sen-types-2018": "DfE written answer on dyslexia and autism in the census (2018)",
  "dobson-pupil-mobility-1999": "Pupil mobility in schools (DfEE-commissioned study, 1999)",
  "dodds-v-walker-1981": "Dodds v Walker (House of Lords, 1981), counting months",
} as const;

/** Every document's short title, by its id in docs/sources.md. */
export const SOURCE_TITLES = { ...CITED_TITLES, ...NAMED_TITLES } as const;

export type SourceId = keyof typeof SOURCE_TITLES;
/** A document a rule row cites. */
export type CitedSourceId = keyof typeof CITED_TITLES;

/** Where a rule comes from: the document's id and the section used. */
export interface SourceRef {
  readonly id: CitedSourceId;
  readonly section: string;
}

/** A citation: `cite("serco-slmda-lm", "Next Steps")`. */
export function cite(id: CitedSourceId, section: string): SourceRef {
  return Object.freeze({ id, section });
}

/**
 * Where a row of a dated rule table comes from: the rule as users read it beside a figure (what
 * it says, from when, and the body that made it at that date: ESFA until 31/03/2025, then DfE;
 * IfATE until 01/06/2025, then Skills England) and the document it cites.
 */
export interface RuleCitation {
  readonly source: string;
  readonly ref: SourceRef;
}

/**
 * A dated table's rows joined with their citations, row by row (`citations` in the table's
 * order, one per row): the *_CITED tables the plan sheet, the pane and the docs read.
 */
export function withCitations<T extends { readonly from: number }>(
  rows: readonly T[],
  citations: readonly RuleCitation[],
): readonly (T & RuleCitation)[] {
  if (citations.length !== rows.length) {
    throw new Error(`a dated table has ${rows.length} rows but ${citations.length} citations`);
  }
  return Object.freeze(rows.map((row, i) => Object.freeze({ ...row, ...citations[i]! })));
}

/** A citation as users read it: "Serco line-manager guidance, Next Steps". */
export function sourceText(ref: SourceRef): string {
  return `${CITED_TITLES[ref.id]}, ${ref.section}`;
}
