/**
 * The SENCO time tab's offer of the register last checked on the Register tab, inside "Pupils with
 * SEN": where it came from and what it holds, and one button: in Excel "Use the checked register"
 * (the statement's formulas then refer to its column), in a plain browser "Use its counts" (the
 * count fields filled in from it). Hidden until a register is checked. No state, no Excel.
 */
import type { CheckedRegister } from "../shared/checked-register";
import { noStatusNote } from "../../sheets/register/census-check";
import { button, buttonRow, el, withId } from "../shared/dom";
import { counted, countText } from "../shared/words";

export interface CheckedRegisterPart {
  readonly area: HTMLElement;
  readonly status: HTMLElement;
  readonly use: HTMLButtonElement;
}

export function createCheckedRegisterPart(doc: Document, inExcel: boolean, on: { use(): void }): CheckedRegisterPart {
  const area = el(doc, "div", undefined, "register-choice");
  area.hidden = true;
  const status = withId(el(doc, "p", undefined, "status"), "statement-checked-register");
  const use = button(doc, inExcel ? "Use the checked register" : "Use its counts");
  use.addEventListener("click", () => on.use());
  area.append(status, buttonRow(doc, use));
  return { area, status, use };
}

/** "13 pupils on the SEN register (7 SEN support, 4 EHC plan, 1 School Action, 1 Statement)". */
export function registerCountsText(register: CheckedRegister): string {
  const { counts } = register;
  const parts: [number, string][] = [
    [counts.K, "SEN support"],
    [counts.E, "EHC plan"],
    [counts.A, "School Action"],
    [counts.P, "School Action Plus"],
    [counts.S, "Statement"],
  ];
  const shown = parts.filter(([n]) => n > 0).map(([n, what]) => `${countText(n)} ${what}`);
  return `${counted(counts.onRegister, "pupil")} on the SEN register${shown.length > 0 ? ` (${shown.join(", ")})` : ""}`;
}

/** What was left out of the counts: blanks (no SEN) and cells that are not codes. */
export function leftOutText(register: CheckedRegister): string {
  const blanks = noStatusNote(register.noStatus);
  const invalid =
    register.invalidCount > 0
      ? `${counted(register.invalidCount, "cell")} that ${register.invalidCount === 1 ? "is" : "are"} not a code, not counted`
      : undefined;
  const notes = [blanks, invalid].filter((n): n is string => n !== undefined);
  return notes.length > 0 ? ` ${notes.join("; ")}.` : "";
}

/** Offer the register handed over (in Excel only when its column can be referred to). */
export function showCheckedRegister(part: CheckedRegisterPart, register: CheckedRegister, inExcel: boolean): void {
  part.area.hidden = inExcel && !register.column;
  part.status.textContent = `The Register tab checked ${register.source}: ${registerCountsText(register)}.${leftOutText(register)}`;
}
