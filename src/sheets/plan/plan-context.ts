/** What the plan's sections share, worked out once from the checked inputs before they are built. */
import type { SlmdaRoute } from "../../rules/slmda-programme";
import type { ModelCell } from "../sheet-model";
import type { PlanInputs } from "./plan-fields";
import { planFigures, type PlanFigures } from "./plan-figures";

export interface PlanModelOptions {
  /** Extra rows left under each spilled formula for the other route's longer spill (default true). */
  reserveForOtherRoute?: boolean;
  /**
   * Update plan: what the user had entered in the documents checklist's Done column, by document
   * (read back from the plan sheet with doneByDocumentFromSheet), kept in the rebuilt checklist.
   */
  doneByDocument?: ReadonlyMap<string, ModelCell>;
  /** The day the plan is made (Excel serial): English and maths are judged as they stand then (default: the start). */
  todaySerial?: number;
}

export interface PlanContext {
  readonly inputs: PlanInputs;
  /** The headline figures from the rules (the previews of the live formulas, and the checks). */
  readonly figures: PlanFigures;
  /** The route not taken: a spill keeps room for its rows when `reserveForOtherRoute`. */
  readonly otherRoute: SlmdaRoute;
  readonly reserveForOtherRoute: boolean;
  readonly doneByDocument: ReadonlyMap<string, ModelCell> | undefined;
  /** The day the plan is made: the checks and the documents checklist as they stand then. */
  readonly todaySerial: number;
}

export function planContext(inputs: PlanInputs, options: PlanModelOptions): PlanContext {
  const figures = planFigures(inputs);
  return {
    inputs,
    figures,
    otherRoute: figures.route === "full" ? "nasenco" : "full",
    reserveForOtherRoute: options.reserveForOtherRoute !== false,
    doneByDocument: options.doneByDocument,
    todaySerial: options.todaySerial === undefined ? inputs.startSerial : options.todaySerial,
  };
}
