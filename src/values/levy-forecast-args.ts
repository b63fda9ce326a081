/**
 * SEND.LEVYFORECAST's ranges as coercers, shared by the function and by the pane when it reads a
 * forecast sheet's tables back: apprentices, transfers and funds_in_account, each column through
 * the coercer of the argument it is named after (table-arg.ts), the start date and price
 * columns checked for being swapped.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { AGE_LIMITS, START_DATE_LIMITS } from "../rules/apprenticeship-start";
import { LEVY_ENTRY_DATE_LIMITS } from "../rules/apprenticeship-levy";
import { LEVEL_LIMITS } from "../rules/apprenticeship-levels";
import { formatSerialDdMmYyyy } from "../rules/excel-dates";
import { MONTHS_LIMITS } from "../rules/slmda-programme";
import { poundsText, toPence } from "../rules/money";
import { TRANSFER_START_LIMITS } from "../rules/levy-transfers";
import type { ForecastApprenticeship, ForecastTransfer, FundsEntry } from "../rules/levy-forecast";
import { booleanArg, moneyArg, numberArg, textArg, type Coercer } from "./coerce";
import { dateArg } from "./dates";
import type { SwappableColumns } from "./swapped-columns";
import { amountOrTableArg, tableArg } from "./table-arg";

const price = moneyArg("price");
const months = numberArg("months", MONTHS_LIMITS, { optional: true, zeroIsBlank: true });
const ageAtStart = numberArg("age_at_start", AGE_LIMITS, { optional: true, zeroIsBlank: true });
// Blank (or 0, as Excel on Windows passes an empty referenced cell) means FALSE.
const careLeaverOrEhcPlan = booleanArg("care_leaver_or_ehc_plan", { optional: true });
const level = numberArg("level", LEVEL_LIMITS, { optional: true, zeroIsBlank: true });

/** Text, blank or 0 (an empty cell on Windows) left out. */
function optionalText(name: string): Coercer<string | undefined> {
  const text = textArg(name, { optional: true, maxLength: 100 });
  return { ...text, coerce: (raw: unknown) => (raw === 0 ? undefined : text.coerce(raw)) };
}

const showDate = (serial: unknown) => formatSerialDdMmYyyy(serial as number);
const showMoney = (pounds: unknown) => poundsText(toPence(pounds as number));
/** A date column first and an amount second: the pair users swap. */
const DATE_AND_AMOUNT: readonly SwappableColumns[] = [{ cols: [0, 1], show: [showDate, showMoney] }];

/** Months shown (`months`): 1 to 60; left out, blank or 0 is the default. */
export const monthsArg = months;

export const apprenticesArg = tableArg(
  "apprentices",
  "a range of 3 to 6 columns: start date | price up to the funding band | planned months | [age at start] | [care leaver or EHC plan] | [level]",
  [dateArg("start_date", START_DATE_LIMITS), price, months, ageAtStart, careLeaverOrEhcPlan, level],
  3,
  (v, row): ForecastApprenticeship => ({
    startSerial: v[0] as number,
    price: v[1] as number,
    months: v[2] as number,
    ageAtStart: v[3] as number | undefined,
    careLeaverOrEhcPlan: v[4] as boolean | undefined,
    level: v[5] as number | undefined,
    row,
  }),
  DATE_AND_AMOUNT,
);

export const transfersArg = tableArg(
  "transfers",
  "a range of 3 or 4 columns: start date | price the transfer pays | planned months | [receiving employer]",
  [dateArg("start_date", TRANSFER_START_LIMITS), price, months, optionalText("receiving_employer")],
  3,
  (v, row): ForecastTransfer => ({
    startSerial: v[0] as number,
    price: v[1] as number,
    months: v[2] as number,
    receivingEmployer: v[3] as string | undefined,
    row,
  }),
  DATE_AND_AMOUNT,
);

/** Transfers: left out, blank or 0 is none (the range is optional). */
export const optionalTransfersArg: Coercer<ForecastTransfer[] | undefined> = {
  ...transfersArg,
  optional: true,
  coerce(raw: unknown): ForecastTransfer[] | undefined {
    if (raw === null || raw === undefined || raw === 0 || raw === "") return undefined;
    const rows = transfersArg.coerce(raw);
    return rows.length === 0 ? undefined : rows;
  },
};

export const fundsInAccountArg = amountOrTableArg(
  tableArg(
    "funds_in_account",
    "an amount in pounds, or a range of 2 columns: month entered | amount unspent",
    [dateArg("entry_date", LEVY_ENTRY_DATE_LIMITS, { optional: true }), moneyArg("levy_funds", { optional: true })],
    2,
    (v, row): FundsEntry => ({ monthSerial: v[0] as number, amount: v[1] as number, row }),
    DATE_AND_AMOUNT,
  ),
);
