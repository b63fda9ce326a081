/**
 * The Levy tab's transfers of the account's funds to other employers: the list the forecast's
 * transfers table starts with (each with its Edit and Remove buttons) and the form that adds or
 * edits one. No Excel, no state: user events go to the `on` handlers.
 */
import { addMonthsSerial, formatSerialDdMmYyyy } from "../../rules/excel-dates";
import { monthWords } from "../../sheets/month-words";
import type { ListedTransfer } from "../../sheets/levy/plans-read";
import {
  TRANSFER_FIELDS,
  defaultTransferRaw,
  transferFieldProblem,
  type TransferFieldId,
} from "../../sheets/levy/transfer-fields";
import { MONEY_FORMAT, formatCellValue } from "../../sheets/number-format";
import { createListPart, showItems, type ListHandlers, type ListPart } from "./editable-list";

export type TransfersPart = ListPart<TransferFieldId> & { readonly on: ListHandlers };

const field = (id: string) => TRANSFER_FIELDS.find((f) => f.id === id)!;

export function createTransfersPart(doc: Document, on: ListHandlers): TransfersPart {
  return createListPart(
    doc,
    {
      id: "levy-transfer",
      heading: "Transfers the account sends",
      legend: "Add a transfer",
      addLabel: "Add transfer",
      fields: TRANSFER_FIELDS,
      inputModes: { price: "decimal", months: "numeric" },
      problem: (id, raw) => transferFieldProblem(field(id), raw),
      defaults: defaultTransferRaw,
    },
    on,
  );
}

/** One transfer in words: "St Mary's VA Primary: from 01/01/2027, £8,000.00 over 12 months". */
export function transferText(t: ListedTransfer): string {
  const from = t.fromSheet === undefined ? "" : ` (plan sheet "${t.fromSheet}")`;
  return `${t.receivingEmployer}: starts ${formatSerialDdMmYyyy(t.startSerial)}, ${formatCellValue(t.price, MONEY_FORMAT)} over ${t.months} months${from}`;
}

/** Show the list and how many there are. */
export function showTransfers(part: TransfersPart, transfers: readonly ListedTransfer[]): void {
  showItems(
    part,
    transfers.map((t) => ({
      name: t.receivingEmployer,
      text: transferText(t),
      detail: `Paid from this account ${monthWords(addMonthsSerial(t.startSerial, 1))} to ${monthWords(addMonthsSerial(t.startSerial, t.months + 1))}, the month after each payment is earned.`,
    })),
  );
  const count = transfers.length;
  part.status.textContent =
    count === 0
      ? "None: a levy payer may transfer a share of last tax year's levy funds to other employers' apprenticeships (a trust's partner school, a voluntary-aided school)."
      : `${count === 1 ? "1 transfer" : `${count} transfers`}: the sheet's transfers table starts with ${count === 1 ? "it" : "them"}.`;
}
