/**
 * The SENCO time tab takes the register checked on the Register tab, so the SENCO does not type
 * its counts again: in Excel its column becomes the register the statement's formulas refer to;
 * in a plain browser its counts fill the three count fields. Each says where they came from.
 */
import { statementCounts } from "../../sheets/statement/register-reference";
import type { StatementFieldId } from "../../sheets/statement/statement-fields";
import { whenRegisterChecked } from "../shared/checked-register";
import { countText } from "../shared/words";
import { showCheckedRegister } from "./checked-register-part";
import { showRegisterMode } from "./statement-form";
import type { StatementTab } from "./statement-state";

/** Offer each register the Register tab checks from now on. */
export function followCheckedRegister(tab: StatementTab): void {
  whenRegisterChecked(tab.env.checkedRegister, (register) =>
    showCheckedRegister(tab.checkedRegister, register, tab.env.inExcel),
  );
}

/** Fill a count field as if typed (an input event, so the form sees the change). */
function fill(tab: StatementTab, id: StatementFieldId, value: number): void {
  const view = tab.form.views.get(id)!;
  view.set(String(value));
  view.showProblem(undefined);
  view.input.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Use the register last checked: its column (Excel) or its counts (a plain browser). */
export function useCheckedRegister(tab: StatementTab): void {
  const register = tab.env.checkedRegister.latest;
  if (!register) return;
  if (tab.env.inExcel && register.column) {
    const { column } = register;
    tab.register = { ...column, description: `${column.description}, checked on the Register tab` };
    showRegisterMode(tab.form, tab.register);
    tab.env.announce(tab.form.registerChoice.status.textContent ?? "");
    return;
  }
  const counts = statementCounts(register.counts);
  fill(tab, "schoolAction", counts.schoolAction);
  fill(tab, "schoolActionPlus", counts.schoolActionPlus);
  fill(tab, "statements", counts.statements);
  tab.checkedRegister.status.textContent = `Counts filled in from the register checked on the Register tab (${register.source}): ${countText(counts.schoolAction)} at SEN support or School Action, ${countText(counts.schoolActionPlus)} at School Action Plus, ${countText(counts.statements)} with an EHC plan or a Statement.`;
  tab.env.announce(tab.checkedRegister.status.textContent);
}
