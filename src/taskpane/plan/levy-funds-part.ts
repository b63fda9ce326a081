/**
 * Under the plan form's "Levy funds available" (Excel only): a button that takes the figure from a
 * levy forecast sheet in the workbook, and a line saying where the figure came from. No Excel,
 * no state: the click goes to `on.take`.
 */
import { button, buttonRow, el, withId } from "../shared/dom";

export interface LevyFundsPart {
  readonly area: HTMLElement;
  readonly take: HTMLButtonElement;
  /** Where the figure in the field came from; hidden once the user changes the figure. */
  readonly source: HTMLElement;
}

/**
 * The part, placed right after the field whose input is `levyFunds` and described with it (a
 * screen reader reads the figure's source with the field).
 */
export function createLevyFundsPart(levyFunds: HTMLInputElement, on: { take(): void }): LevyFundsPart {
  const doc = levyFunds.ownerDocument;
  const take = button(doc, "Take from the levy forecast");
  take.addEventListener("click", () => on.take());
  const source = withId(el(doc, "p", undefined, "hint"), `${levyFunds.id}-source`);
  source.setAttribute("aria-live", "polite");
  source.hidden = true;
  const area = el(doc, "div", undefined, "levy-funds-source");
  area.append(buttonRow(doc, take), source);
  levyFunds.parentElement!.after(area);
  levyFunds.setAttribute("aria-describedby", `${levyFunds.getAttribute("aria-describedby") ?? ""} ${source.id}`.trim());
  // A figure changed by hand is no longer the forecast's.
  levyFunds.addEventListener("input", () => showLevyFundsSource({ area, take, source }, undefined));
  return { area, take, source };
}

/** Show where the figure came from, or clear it. */
export function showLevyFundsSource(part: LevyFundsPart, text: string | undefined): void {
  part.source.textContent = text ?? "";
  part.source.hidden = text === undefined;
}
