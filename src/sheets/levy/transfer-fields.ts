/**
 * The Levy tab's transfer of the account's funds to another employer: its fields (receiving
 * employer, start, the price the transfer pays, planned months), each through the coercer of the
 * transfers column it fills; a listed transfer back into the form for editing. Pure: no DOM.
 */
import { formatSerialDdMmYyyy } from "../../rules/excel-dates";
import { MONTHS_LIMITS } from "../../rules/slmda-programme";
import { TRANSFER_START_LIMITS } from "../../rules/levy-transfers";
import { moneyArg, numberArg, textArg } from "../../values/coerce";
import { dateArg } from "../../values/dates";
import { coerceFormFields, fieldLabels, formFieldProblem } from "../form-fields";
import { MONEY_FORMAT, formatCellValue } from "../number-format";
import type { LevySheetTransfer } from "./levy-context";
import { levyField, type Coerced, type LevyField } from "./levy-fields";

export type TransferFieldId = "receivingEmployer" | "startSerial" | "price" | "months";

export const TRANSFER_FIELDS: readonly LevyField<TransferFieldId>[] = [
  levyField(
    "receivingEmployer",
    "Receiving employer",
    textArg("receiving_employer", { optional: false, maxLength: 100 }),
    {
      hint: "The school or employer whose apprenticeship the transfer pays for, such as Oak Academy.",
    },
  ),
  levyField("startSerial", "Start date", dateArg("start_date", TRANSFER_START_LIMITS), {
    hint: "Day first, such as 01/09/2026. The transfers starting in a tax year may total at most its transfer allowance.",
    date: true,
  }),
  levyField("price", "Price the transfer pays", moneyArg("price"), {
    hint: "The whole cost of the apprenticeship up to its funding band, such as £5,000: the sender pays all of it.",
  }),
  levyField("months", "Planned months", numberArg("months", MONTHS_LIMITS), { hint: "Such as 12." }),
];

export const transferLabel = fieldLabels(TRANSFER_FIELDS);

/** One transfer field's problem, named by its label; undefined when its value is fine. */
export function transferFieldProblem(field: LevyField<string>, raw: unknown): string | undefined {
  return formFieldProblem(field, raw, transferLabel);
}

export function coerceTransfer(
  raw: Readonly<Partial<Record<TransferFieldId, unknown>>>,
): Coerced<LevySheetTransfer, TransferFieldId> {
  const coerced = coerceFormFields(TRANSFER_FIELDS, raw, transferLabel);
  if (!coerced.ok) return coerced;
  const v = coerced.values;
  return {
    ok: true,
    value: {
      receivingEmployer: v.receivingEmployer as string,
      startSerial: v.startSerial as number,
      price: v.price as number,
      months: v.months as number,
    },
  };
}

export function defaultTransferRaw(): Record<TransferFieldId, string> {
  return { receivingEmployer: "", startSerial: "", price: "", months: "" };
}

/** A listed transfer back in the form, to edit it. */
export function transferRaw(t: LevySheetTransfer): Record<TransferFieldId, string> {
  return {
    receivingEmployer: t.receivingEmployer,
    startSerial: formatSerialDdMmYyyy(t.startSerial),
    price: formatCellValue(t.price, MONEY_FORMAT),
    months: String(t.months),
  };
}
