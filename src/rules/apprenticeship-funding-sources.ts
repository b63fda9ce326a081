/**
 * Where each row of the apprenticeship funding tables comes from (apprenticeship-funding.ts: band,
 * co-investment, Level 7 ages; apprenticeship-levy.ts: top-up, expiry; levy-transfers.ts: the
 * transfer allowance; english-maths.ts): the rule as users read it
 * beside a figure (with the date it took effect and the body that made it) and the document it
 * cites, row by row in the table's own order. Kept apart from the rules so that the custom
 * functions, which never show a citation, do not carry them: the plan sheet, the pane, the docs
 * and the tests read the *_CITED tables. test/sources.test.ts checks that every row has one
 * citation naming its date.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { FUNDING_BAND_ST0480, CO_INVESTMENT, LEVEL7_FUNDING } from "./apprenticeship-funding";
import { ENGLISH_MATHS } from "./english-maths";
import { LEVY_TOP_UP, LEVY_EXPIRY } from "./apprenticeship-levy";
import { TRANSFER_ALLOWANCE } from "./levy-transfers";
import { cite, withCitations } from "./sources";

export const FUNDING_BAND_ST0480_CITED = withCitations(FUNDING_BAND_ST0480, [
  {
    source: "Funding band for Senior Leader (ST0480) set by IfATE, starts before 29/03/2021: £18,000",
    // [ifate-st0480-band] "had previously sat at £18,000"; [serco-slmda-lm] "Cost": "currently £18,000".
    ref: cite("ifate-st0480-band", "band before 29 March 2021"),
  },
  {
    source: "Funding band for Senior Leader (ST0480) set by IfATE, starts from 29/03/2021: £14,000",
    // [ifate-st0480-band] "lowered to £14,000 when it is launched for new starts on 29 March 2021".
    ref: cite("ifate-st0480-band", "band from 29 March 2021"),
  },
]);

export const CO_INVESTMENT_CITED = withCitations(CO_INVESTMENT, [
  {
    source: "ESFA funding rules, starts before 01/04/2019: employer co-investment 10%",
    // [budget-2018] para 4.48: "halve the co-investment rate for apprenticeship training to 5%" (from 10%).
    ref: cite("budget-2018", "para 4.48 (10% before 1 April 2019)"),
  },
  {
    source: "ESFA funding rules, starts from 01/04/2019: employer co-investment 5%, government 95%",
    // [budget-2018] para 4.48: "to 5%"; in force for starts from 1 April 2019.
    ref: cite("budget-2018", "para 4.48 (5% from 1 April 2019)"),
  },
  {
    source:
      "ESFA funding rules, starts from 01/04/2024: a non-levy employer pays no co-investment for an apprentice aged 21 or under at the start, or 22 to 24 who is a care leaver or has an EHC plan; 5% otherwise",
    // [esfa-rules-2023-24] para 145.2; [aps-non-levy] "For new starts from 1 April 2024" (adds "fewer than 50 employees").
    ref: cite("esfa-rules-2023-24", "para 145.2 (starts from 1 April 2024)"),
  },
  {
    source:
      "DWP, starts from 01/08/2026: a levy payer that has used up its funds pays 25% of the shortfall (government 75%); training free at a non-levy employer for apprentices aged 16 to 24 at the start, 5% from 25",
    // [dwp-110425] "changing the government's co-investment rate from 95% to 75% for levy-paying employers
    // once they have exhausted all their funds"; "fully funding ... eligible apprentices aged 16-24 at
    // non-levy paying employers". 25 and over: no change announced, so 5% stays.
    ref: cite("dwp-110425", "answer of 11 February 2026"),
  },
]);

export const LEVEL7_FUNDING_CITED = withCitations(LEVEL7_FUNDING, [
  {
    source: "Level 7 apprenticeships starting before 01/01/2026 are funded at any age, to completion",
    // [dfe-l7-2025] "Any apprentice who started a Level 7 apprenticeship before 1 January 2026 will continue to be funded".
    ref: cite("dfe-l7-2025", "starts before 1 January 2026"),
  },
  {
    source:
      "DfE, Level 7 starts from 01/01/2026: funded only for apprentices aged 21 or under at the start, or 24 or under for care leavers and people with an EHC plan",
    // [dfe-l7-2025] "only available to young people aged 16 to 21, and for care leavers or those with an
    // EHCP who are under 25 at the start"; [dwp-hl14081] "under the age of 22, and those under 25 who are
    // care leavers or have an Education, Health and Care Plan".
    ref: cite("dfe-l7-2025", "who is funded from 1 January 2026"),
  },
]);

export const ENGLISH_MATHS_CITED = withCitations(ENGLISH_MATHS, [
  {
    source: "ESFA funding rules, before 11/02/2025: Level 2 English and maths evidence or Functional Skills required",
    // [serco-slmda-lm] "Structure": ESFA requires evidence of Level 2 Maths and English, or Functional Skills.
    ref: cite("serco-slmda-lm", "Structure"),
  },
  {
    source:
      "DfE, from 11/02/2025: English and maths qualifications no longer required for new and existing apprentices aged 19 or over at the start",
    // [dfe-english-maths-2025] "Effective immediately, all new and existing adult apprentices, who were aged
    // 19 and over at the start of their apprenticeship training, will no longer be required to hold or achieve
    // English and maths qualifications".
    ref: cite("dfe-english-maths-2025", "announcement of 11 February 2025"),
  },
]);

export const LEVY_TOP_UP_CITED = withCitations(LEVY_TOP_UP, [
  {
    source: "No Apprenticeship Levy before 06/04/2017",
    // [hmrc-levy] the levy is charged from 6 April 2017.
    ref: cite("hmrc-levy", "start of the levy"),
  },
  {
    source: "DfE, funds entering a levy account from 06/04/2017: a 10% government top-up",
    // [dfe-levy-topup-2017] "a 10% top up to monthly funds entering an account".
    ref: cite("dfe-levy-topup-2017", "answer of 29 March 2017"),
  },
  {
    source: "DWP, funds entering a levy account from 01/08/2026: no top-up",
    // [dwp-110425] "From August 2026, we are removing the 10% top-up for levy-paying employers".
    ref: cite("dwp-110425", "answer of 11 February 2026"),
  },
]);

export const LEVY_EXPIRY_CITED = withCitations(LEVY_EXPIRY, [
  {
    source: "ESFA, funds entering a levy account before 01/08/2026 expire after 24 months",
    // [aps-expired-funds] "If you do not use your levy funds within 24 months of them entering your
    // account, they'll expire"; [das-employer-finance] FundsExpiryPeriod 24.
    ref: cite("aps-expired-funds", "What are 'expiring funds'"),
  },
  {
    source: "DWP, funds entering a levy account from 01/08/2026 expire after 12 months",
    // [dwp-110425] "changing expiry of levy funds to 12 months"; DWP's answer to question 109925: "with the
    // changes applying only to new funds entering accounts".
    ref: cite("dwp-110425", "answer of 11 February 2026"),
  },
]);

export const TRANSFER_ALLOWANCE_CITED = withCitations(TRANSFER_ALLOWANCE, [
  {
    source: "No transfers of levy funds before 06/04/2018 (the 2018 to 2019 tax year)",
    // [sfa-transfers-2018] "From May 2018 employers who pay the apprenticeship levy will be able to transfer".
    ref: cite("sfa-transfers-2018", "the first transfer allowance, 2018 to 2019"),
  },
  {
    source:
      "ESFA, tax year 2018 to 2019 (from 06/04/2018): a levy payer may transfer 10% of the previous tax year's levy funds",
    // [sfa-transfers-2018] "You can transfer up to a maximum of 10% of your annual funds, which will be calculated
    // from the total amount of levy declared during the previous tax year"; "transfers allowance for 2018 to 2019".
    ref: cite("sfa-transfers-2018", "the first transfer allowance, 2018 to 2019"),
  },
  {
    source: "ESFA, tax years from 2019 to 2020 (from 06/04/2019): 25% of the previous tax year's levy funds",
    // [esfa-employer-rules-transfers] E184 (2019 to 2020), E211 (2022 to 2023): "The transfer allowance percentage
    // is currently set at 25%"; ESFA's guidance: "From 1st April 2019, levy-paying employers can transfer a maximum
    // amount of 25% of their annual funds".
    ref: cite("esfa-employer-rules-transfers", "E184 (from April 2019)"),
  },
  {
    source: "DfE, tax years from 2024 to 2025 (from 06/04/2024): 50% of the previous tax year's levy funds",
    // [dfe-apprenticeship-funding-2024] "From April 2024, the proportion of funds that levy-paying employers can
    // transfer to other businesses will increase to 50%."
    ref: cite("dfe-apprenticeship-funding-2024", "Summary of updates (from April 2024)"),
  },
]);
