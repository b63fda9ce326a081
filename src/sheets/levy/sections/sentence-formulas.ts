/**
 * The formulas of "What the forecast says" (sentences.ts gives their previews, in the same words):
 * each over plain ranges of exactly the spill's size (no spill reference), INDEX/MATCH, SUMIFS and
 * EDATE only, so they work in every Excel with custom functions, and in words when the spill
 * shows an error.
 */
import { absoluteAddress } from "../../a1-address";
import { monthWordsFormula } from "../../month-words";
import type { LevyContext } from "../levy-context";
import { spillColumn, type LevyLayout } from "../levy-layout";
import { FORECAST_ERROR, SENTENCE_WORDS as W, financialYearsShown } from "./sentence-words";

/** A formula's text constant. */
const q = (text: string) => `"${text.replace(/"/g, '""')}"`;
const money = (x: string) => `"£"&FIXED(${x},2)`;
const firstWhere = (test: string) => `MATCH(TRUE,INDEX(${test},0),0)`;

function columns(layout: LevyLayout) {
  return {
    anchor: absoluteAddress(layout.spillRow, 0),
    months: spillColumn(layout, "Month"),
    expired: spillColumn(layout, "Funds expired"),
    employer: spillColumn(layout, "Employer co-investment"),
    government: spillColumn(layout, "Government co-investment"),
    outside: spillColumn(layout, "Paid outside the levy"),
    notCovered: spillColumn(layout, "Transfers not covered (receiver pays)"),
  };
}

function expiryFormula(layout: LevyLayout): string {
  const c = columns(layout);
  const first = firstWhere(`${c.expired}>0`);
  return (
    `=IF(ISERROR(${c.anchor}),${q(FORECAST_ERROR)},IF(SUM(${c.expired})>0,${money(`SUM(${c.expired})`)}` +
    `&${q(W.expireOver(layout.months))}&${money(`INDEX(${c.expired},${first})`)}&" in "&` +
    `${monthWordsFormula(`INDEX(${c.months},${first})`)}&".",${q(W.noExpiry)}))`
  );
}

/** One financial year's expiry (April to March, the k-th from the first month's): "; 2027-28 £9,444.40", or "". */
function yearSlot(layout: LevyLayout, k: number): string {
  const c = columns(layout);
  const first = absoluteAddress(layout.spillRow + 1, 0);
  const from = `DATE(YEAR(${first})-IF(MONTH(${first})<4,1,0)+${k},4,1)`;
  const sum = `SUMIFS(${c.expired},${c.months},">="&${from},${c.months},"<"&EDATE(${from},12))`;
  return `IF(${sum}>0,"; "&YEAR(${from})&"-"&RIGHT(YEAR(${from})+1,2)&" "&${money(sum)},"")`;
}

function yearsFormula(layout: LevyLayout): string {
  const c = columns(layout);
  const slots: string[] = [];
  for (let k = 0; k < financialYearsShown(layout.months); k += 1) slots.push(yearSlot(layout, k));
  return `=IF(ISERROR(${c.anchor}),"",IF(SUM(${c.expired})>0,${q(W.byYear)}&MID(${slots.join("&")},3,32767)&".",""))`;
}

function employerFormula(layout: LevyLayout): string {
  const c = columns(layout);
  const all = `SUM(${c.employer})+SUM(${c.outside})`;
  return (
    `=IF(ISERROR(${c.anchor}),"",IF(${all}>0,${q(W.employerPays)}&${money(all)}&${q(W.inAll)}` +
    `&${money(`SUM(${c.employer})`)}&${q(W.coInvestmentAnd)}&${money(`SUM(${c.outside})`)}&${q(W.outsideTail)},` +
    `${q(W.employerNothing)}))`
  );
}

function shortFormula(layout: LevyLayout): string {
  const c = columns(layout);
  const short = `(${c.employer}+${c.government})>0`;
  const never = `IF(SUM(${c.outside})>0,${q(W.neverShortSome)},${q(W.neverShort)})`;
  return (
    `=IF(ISERROR(${c.anchor}),"",IFERROR("From "&${monthWordsFormula(`INDEX(${c.months},${firstWhere(short)})`)}` +
    `&${q(W.runsShort)}&${money(`SUM(${c.employer})`)}&${q(W.inCoInvestment)},${never}))`
  );
}

function transfersFormula({ layout, tables }: LevyContext): string {
  const c = columns(layout);
  const input = (i: number) => absoluteAddress(layout.inputRow + i, 1);
  const first = input(2);
  const from = `DATE(YEAR(${first})-IF(${first}<DATE(YEAR(${first}),4,6),1,0),4,6)`;
  const year = `YEAR(${from})&"-"&RIGHT(YEAR(${from})+1,2)`;
  const starts = `${tables.transfers}[Start date]`;
  const asked = `SUMIFS(${tables.transfers}[Price the transfer pays],${starts},">="&${from},${starts},"<"&DATE(YEAR(${from})+1,4,6))`;
  const allowance = `SEND.LEVYTRANSFERALLOWANCE(${input(0)},${first},IF(${input(1)}="","",${input(1)}))`;
  const notCovered = `IF(SUM(${c.notCovered})>0,${q(W.notCoveredHead)}&${money(`SUM(${c.notCovered})`)}&${q(W.notCoveredTail)},"")`;
  return (
    `=IF(ISERROR(${c.anchor}),"",IFERROR(IF(${asked}>0,${q(W.transfersIn)}&${year}&": "&${money(asked)}&${q(W.ofIts)}` +
    `&${money(allowance)}&${q(W.allowanceEnd)},${q(W.noTransfersIn)}&${year}&${q(W.allowanceIs)}&${money(allowance)}&".")` +
    `&${notCovered},""))`
  );
}

/** The five sentences' formulas, in their order on the sheet. */
export function sentenceFormulas(context: LevyContext): string[] {
  const { layout } = context;
  return [
    expiryFormula(layout),
    yearsFormula(layout),
    employerFormula(layout),
    shortFormula(layout),
    transfersFormula(context),
  ];
}
