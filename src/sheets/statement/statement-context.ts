/**
 * What the statement's sections share, worked out once from the checked inputs before the
 * sections are built: where each input sits, where the guide and the hours allocated sit (the
 * working and the cost refer to them), and the guide's preview from the rules.
 */
import { countRegister } from "../../rules/sen-register";
import { sencoBreakdownFromRegister } from "../../rules/sen-register-points";
import { sencoBreakdown } from "../../rules/senco-time";
import { aboveMobilityRange, mobilityCellArgument } from "../mobility-argument";
import { rulePreview } from "../rule-preview";
import type { ModelCell } from "../sheet-model";
import type { StatementFieldId, StatementInputs } from "./statement-fields";
import { INPUT_FIRST_ROW, VALUE_COL, abs, statementInputCells, statementInputLabels } from "./statement-layout";

export type Scalar = string | number | boolean;

export interface StatementModelOptions {
  /**
   * The school's answers in the checklists of a statement being rebuilt, by checklist header and
   * item (read back with checklistAnswersFromSheet): kept in the new statement.
   */
  readonly answers?: ReadonlyMap<string, ModelCell>;
}

export interface StatementContext {
  readonly inputs: StatementInputs;
  readonly options: StatementModelOptions;
  /** Absolute reference of each input's cell (and the register row's). */
  readonly inputCells: ReadonlyMap<StatementFieldId | "register", string>;
  /** Zero-based row of the guide section's heading: right after the inputs and a blank row. */
  readonly guideHeadingRow: number;
  /** The guide's cell and the hours allocated's cell in the guide section. */
  readonly guideCell: string;
  readonly allocatedCell: string;
  /** The guide's hours from the rules, or the Excel error text its formula shows. */
  readonly guidePreview: Scalar;
}

export function statementContext(inputs: StatementInputs, options: StatementModelOptions): StatementContext {
  const guideHeadingRow = INPUT_FIRST_ROW + statementInputLabels(inputs.register !== undefined).length + 1;
  return {
    inputs,
    options,
    inputCells: statementInputCells(inputs),
    guideHeadingRow,
    guideCell: abs(guideHeadingRow + 1, VALUE_COL),
    allocatedCell: abs(guideHeadingRow + 2, VALUE_COL),
    guidePreview: rulePreview(
      () => (inputs.register ? registerWorking(inputs) : breakdownFromCounts(inputs)).recommendedHours,
    ),
  };
}

/** The absolute reference of an input's cell. */
export function inputRef(context: StatementContext, id: StatementFieldId): string {
  return context.inputCells.get(id)!;
}

/** An optional input as a SEND.* argument: "" (omitted) when its cell is blank. */
export function optionalRef(context: StatementContext, id: StatementFieldId): string {
  const cell = inputRef(context, id);
  return `IF(${cell}="","",${cell})`;
}

/** The pupil mobility input as a SEND.* argument: a confirmed one above the published range counted as its top (mobility-argument.ts). */
export function mobilityRef(context: StatementContext): string {
  return mobilityCellArgument(inputRef(context, "pupilMobility"), aboveMobilityRange(context.inputs.pupilMobility));
}

/** The arguments of SEND.SENCOHOURS and SEND.SENCOBREAKDOWN over the input cells: budget, the three counts, mobility. */
export function countsArgs(context: StatementContext): string {
  const counts = (["notionalSenBudget", "schoolAction", "schoolActionPlus", "statements"] as const).map((id) =>
    inputRef(context, id),
  );
  return `${counts.join(",")},${mobilityRef(context)}`;
}

/** The formula's working from the counts typed in (no register). */
export function breakdownFromCounts(inputs: StatementInputs): ReturnType<typeof sencoBreakdown> {
  return sencoBreakdown({
    notionalSenBudget: inputs.notionalSenBudget,
    schoolAction: inputs.schoolAction ?? 0,
    schoolActionPlus: inputs.schoolActionPlus ?? 0,
    statements: inputs.statements ?? 0,
    pupilMobility: inputs.pupilMobility,
  });
}

/** The formula's working from the register's codes. */
export function registerWorking(inputs: StatementInputs): ReturnType<typeof sencoBreakdownFromRegister> {
  return sencoBreakdownFromRegister(
    inputs.notionalSenBudget,
    countRegister(inputs.register!.cells),
    inputs.pupilMobility,
    inputs.senSupportWeight,
  );
}
