/**
 * What the Levy tab's lists do: add, edit (save back in place, or cancel) and remove an
 * apprenticeship or a transfer, and keep "Months shown" reaching every listed completion payment
 * until the user types their own. Each action takes the tab explicitly.
 */
import {
  apprenticeshipRaw,
  coerceApprenticeship,
  type ApprenticeshipFieldId,
} from "../../sheets/levy/apprenticeship-fields";
import type { ListedApprenticeship, ListedTransfer } from "../../sheets/levy/plans-read";
import { monthsToCover } from "../../sheets/levy/levy-fields";
import { coerceTransfer, transferRaw, type TransferFieldId } from "../../sheets/levy/transfer-fields";
import { dateArg } from "../../values/dates";
import { LEVY_ENTRY_DATE_LIMITS } from "../../rules/apprenticeship-levy";
import { clearProblems, fieldValues, showProblems } from "../shared/form";
import { showApprenticeships } from "./apprenticeships-part";
import { startEditing, stopEditing, type ListPart } from "./editable-list";
import type { LevyTab } from "./levy-state";
import { showTransfers } from "./transfers-part";

/** Months shown: enough for every listed completion payment, unless the user chose their own. */
export function followLists(tab: LevyTab): void {
  if (tab.monthsChosen) return;
  const views = tab.account.views;
  let first: number;
  try {
    first = dateArg("first_month", LEVY_ENTRY_DATE_LIMITS).coerce(views.get("firstMonthSerial")!.raw());
  } catch {
    return; // the first month's own check says what is wrong with it
  }
  views.get("months")!.set(String(monthsToCover(first, [...tab.apprenticeships, ...tab.transfers])));
}

/** Show both lists as they now are, and keep the months up with them. */
export function showLists(tab: LevyTab): void {
  showApprenticeships(tab.apprenticeshipsPart, tab.apprenticeships);
  showTransfers(tab.transfersPart, tab.transfers);
  followLists(tab);
}

/** One of the tab's lists: its part, its items, how the form reads one and shows one, and its name in words. */
export interface LevyList<T, Id extends string> {
  part(tab: LevyTab): ListPart<Id>;
  items(tab: LevyTab): readonly T[];
  setItems(tab: LevyTab, items: T[]): void;
  coerce(raw: Record<Id, unknown>): { ok: true; value: T } | { ok: false; problems: { id: Id; message: string }[] };
  raw(item: T): Record<Id, string | boolean>;
  /** How messages name an item: "Sam Patel", "the transfer to St Mary's". */
  name(item: T): string;
  /** Fields the form keeps after an item is added (the planned months, typed once for several). */
  readonly keep: readonly Id[];
  /** After the form's values change (fields that depend on others). */
  afterFill?(tab: LevyTab): void;
}

export const APPRENTICESHIPS: LevyList<ListedApprenticeship, ApprenticeshipFieldId> = {
  part: (tab) => tab.apprenticeshipsPart,
  items: (tab) => tab.apprenticeships,
  setItems: (tab, items) => (tab.apprenticeships = items),
  coerce: coerceApprenticeship,
  raw: apprenticeshipRaw,
  name: (a) => a.name,
  keep: ["months"],
  afterFill: (tab) => tab.apprenticeshipsPart.syncFields(),
};

export const TRANSFERS: LevyList<ListedTransfer, TransferFieldId> = {
  part: (tab) => tab.transfersPart,
  items: (tab) => tab.transfers,
  setItems: (tab, items) => (tab.transfers = items),
  coerce: coerceTransfer,
  raw: transferRaw,
  name: (t) => `the transfer to ${t.receivingEmployer}`,
  keep: [],
};

/** Add the item the form holds, or save the one being edited in its place (a plan's row then becomes one of its own). */
export function saveItem<T, Id extends string>(tab: LevyTab, list: LevyList<T, Id>): void {
  const part = list.part(tab);
  const result = list.coerce(fieldValues(part.views));
  clearProblems(part.views);
  if (!result.ok) return showProblems(part.views, result.problems, tab.env);
  const editing = part.editing;
  const items = list.items(tab);
  list.setItems(
    tab,
    editing === undefined ? [...items, result.value] : items.map((old, i) => (i === editing ? result.value : old)),
  );
  showLists(tab);
  const keep: Partial<Record<Id, unknown>> = {};
  for (const id of list.keep) keep[id] = part.views.get(id)!.raw();
  stopEditing(part, keep);
  list.afterFill?.(tab);
  tab.env.announce(
    `${editing === undefined ? "Added" : "Saved"} ${list.name(result.value)}. ${part.status.textContent ?? ""}`,
  );
}

/** Put the item at `index` in the form to edit it. */
export function editItem<T, Id extends string>(tab: LevyTab, list: LevyList<T, Id>, index: number): void {
  const item = list.items(tab)[index];
  if (item === undefined) return;
  startEditing(list.part(tab), index, list.raw(item));
  list.afterFill?.(tab);
  tab.env.announce(`Editing ${list.name(item)}: change the form and choose Save changes.`);
}

/** Leave the item being edited as it was. */
export function cancelItem<T, Id extends string>(tab: LevyTab, list: LevyList<T, Id>): void {
  stopEditing(list.part(tab));
  list.afterFill?.(tab);
  tab.env.announce("Nothing changed.");
}

/** Take the item at `index` off its list. */
export function removeItem<T, Id extends string>(tab: LevyTab, list: LevyList<T, Id>, index: number): void {
  const items = list.items(tab);
  const removed = items[index];
  if (removed === undefined) return;
  list.setItems(
    tab,
    items.filter((_item, i) => i !== index),
  );
  const part = list.part(tab);
  if (part.editing !== undefined) stopEditing(part);
  showLists(tab);
  part.heading.focus();
  tab.env.announce(`Removed ${list.name(removed)}. ${part.status.textContent ?? ""}`);
}
