/**
 * The SENCO time tab takes the register checked on the Register tab, so the SENCO does not type
 * its figures again: in Excel its column becomes the register the statement's formulas refer to;
 * in a plain browser its counts fill the three count fields. The notional SEN budget and pupil
 * mobility typed on the Register tab come too (with a register column, the SEN support weight as
 * well); a different figure already typed here is replaced only after the user confirms. Each
 * says where it came from.
 */
import { statementCounts } from "../../sheets/statement/register-reference";
import type { StatementFieldId } from "../../sheets/statement/statement-fields";
import { whenRegisterChecked, type CheckedRegister, type RegisterFigures } from "../shared/checked-register";
import { markConfirmed } from "../shared/questions";
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

/** Fill a field as if typed (an input event, so the form sees the change). */
function fill(tab: StatementTab, id: StatementFieldId, value: string): void {
  const view = tab.form.views.get(id)!;
  view.set(value);
  view.showProblem(undefined);
  view.input.dispatchEvent(new Event("input", { bubbles: true }));
}

/** A figure typed on the Register tab, the field it goes to here and how the sentence names it. */
interface Taken {
  readonly id: StatementFieldId;
  readonly name: string;
  readonly value: string;
}

/** The Register tab's figures that are typed, for the fields this form shows. */
function figuresToTake(figures: RegisterFigures, withRegister: boolean): Taken[] {
  const all: Taken[] = [
    { id: "notionalSenBudget", name: "notional SEN budget", value: figures.budget.trim() },
    { id: "pupilMobility", name: "pupil mobility", value: figures.mobility.trim() },
  ];
  // The weight counts only with a register column (the counts typed have no SEN support stage of their own).
  if (withRegister)
    all.push({ id: "senSupportWeight", name: "points for each SEN support pupil", value: figures.weight.trim() });
  return all.filter((f) => f.value !== "");
}

/** The figures to fill in: all, or after the user keeps theirs, only those whose field is blank or the same. */
async function figuresToFill(tab: StatementTab, taken: readonly Taken[]): Promise<Taken[]> {
  const typed = (f: Taken) => String(tab.form.views.get(f.id)!.raw()).trim();
  const differing = taken.filter((f) => typed(f) !== "" && typed(f) !== f.value);
  if (differing.length === 0) return [...taken];
  const lines = differing.map((f) => `${f.name}: ${typed(f)} here, ${f.value} on the Register tab`);
  const replace = await tab.env.confirm({
    title: "Use the Register tab's figures?",
    message: `This tab already holds other figures (${lines.join("; ")}). Replace them with the Register tab's?`,
    confirmLabel: "Use the Register tab's",
    cancelLabel: "Keep these",
  });
  return replace ? [...taken] : taken.filter((f) => !differing.includes(f));
}

/** Fill in the Register tab's budget, mobility (and weight) and say which: "" when none was typed there. */
async function takeFigures(tab: StatementTab, register: CheckedRegister): Promise<string> {
  const figures = register.figures?.();
  if (!figures) return "";
  const filled = await figuresToFill(tab, figuresToTake(figures, tab.register !== undefined));
  for (const f of filled) fill(tab, f.id, f.value);
  // A mobility above its published range confirmed on the Register tab is not asked about again.
  if (figures.mobilityConfirmed && filled.some((f) => f.id === "pupilMobility"))
    markConfirmed(tab.confirmed, "pupilMobility", figures.mobility);
  if (filled.length === 0) return "";
  return ` From the Register tab as typed there: ${filled.map((f) => `${f.name} ${f.value}`).join(", ")}.`;
}

/** Use the register last checked: its column (Excel) or its counts (a plain browser), and the figures typed with it. */
export async function useCheckedRegister(tab: StatementTab): Promise<void> {
  const register = tab.env.checkedRegister.latest;
  if (!register) return;
  if (tab.env.inExcel && register.column) {
    const { column } = register;
    tab.register = { ...column, description: `${column.description}, checked on the Register tab` };
    showRegisterMode(tab.form, tab.register);
    const taken = await takeFigures(tab, register);
    tab.env.announce(`${tab.form.registerChoice.status.textContent ?? ""}${taken}`);
    return;
  }
  const counts = statementCounts(register.counts);
  fill(tab, "schoolAction", String(counts.schoolAction));
  fill(tab, "schoolActionPlus", String(counts.schoolActionPlus));
  fill(tab, "statements", String(counts.statements));
  const taken = await takeFigures(tab, register);
  tab.checkedRegister.status.textContent = `Counts filled in from the register checked on the Register tab (${register.source}): ${countText(counts.schoolAction)} at SEN support or School Action, ${countText(counts.schoolActionPlus)} at School Action Plus, ${countText(counts.statements)} with an EHC plan or a Statement.${taken}`;
  tab.env.announce(tab.checkedRegister.status.textContent);
}
