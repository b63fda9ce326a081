/**
 * What the guidance expects besides time: the facilities and the intensive times as checklists the
 * school fills in (kept when the statement is rebuilt), and the leadership recommendation.
 */
import {
  SENCO_FACILITIES,
  SENCO_INTENSIVE_ACTIVITIES,
  SENCO_LEADERSHIP_RECOMMENDATION,
  SENCO_TIME_GUIDANCE_TITLE,
} from "../../../rules/senco-expectations";
import { formula } from "../../rule-preview";
import { noteBlock, textBlock, type SectionOutput } from "../../sections";
import type { Block, ModelCell, TableSpec } from "../../sheet-model";
import { inputRef, type StatementContext } from "../statement-context";
import {
  ACTIVITIES_HEADERS,
  FACILITIES_HEADERS,
  LEADERSHIP_HEADERS,
  VALUE_COL,
  answerKey,
  printedNotes,
} from "../statement-layout";
import { yesFormula } from "../../yes-no";

const CHECKLIST_NOTES = [
  "As the guidance sets them out, citing the NUT Charter (June 2006).",
  "Fill in the middle column: updating the statement keeps what is there.",
];

export function checklistsSection(context: StatementContext, startRow: number): SectionOutput {
  const blocks: Block[] = [
    textBlock(startRow, "What the guidance expects besides time", "heading"),
    noteBlock(printedNotes(CHECKLIST_NOTES), startRow + 1),
  ];
  const facilities = checklist(context, startRow + 1 + printedNotes(CHECKLIST_NOTES).length, {
    name: "SENCO_Facilities",
    heading: "Facilities for the SENCO",
    headers: FACILITIES_HEADERS,
    items: SENCO_FACILITIES,
  });
  const intensive = checklist(context, facilities.nextRow, {
    name: "SENCO_Intensive_Times",
    heading: "Times of the year that need intensive extra input",
    headers: ACTIVITIES_HEADERS,
    items: SENCO_INTENSIVE_ACTIVITIES,
  });
  const leadership = leadershipTable(context, intensive.nextRow);
  return {
    blocks: [...blocks, ...facilities.blocks, ...intensive.blocks, ...leadership.blocks],
    tables: [...facilities.tables!, ...intensive.tables!, ...leadership.tables!],
    typedCells: [...facilities.typedCells!, ...intensive.typedCells!],
    nextRow: leadership.nextRow,
  };
}

interface Checklist {
  readonly name: string;
  readonly heading: string;
  readonly headers: readonly string[];
  readonly items: readonly string[];
}

/** One checklist: its heading, then a table of the items with the school's answers kept. */
function checklist(context: StatementContext, startRow: number, list: Checklist): SectionOutput {
  const answer = (item: string): ModelCell => context.options.answers?.get(answerKey(list.headers[0]!, item)) ?? null;
  const table: TableSpec = {
    name: list.name,
    row: startRow + 1,
    col: 0,
    headers: list.headers,
    rows: list.items.map((item) => [item, answer(item), SENCO_TIME_GUIDANCE_TITLE]),
  };
  return {
    blocks: [textBlock(startRow, list.heading, "heading")],
    tables: [table],
    // The school's answers: the middle column, carried over by the update (checklistAnswersFromSheet).
    typedCells: list.items.map((_item, i) => ({ row: table.row + 1 + i, col: VALUE_COL })),
    nextRow: startRow + 1 + list.items.length + 2,
  };
}

/** The recommendation that the SENCO be on the leadership team, met or not from the input. */
function leadershipTable(context: StatementContext, startRow: number): SectionOutput {
  const onTeam = inputRef(context, "onLeadershipTeam");
  const met = formula(`=IF(${yesFormula(onTeam)},"Yes","No")`, context.inputs.onLeadershipTeam ? "Yes" : "No");
  const table: TableSpec = {
    name: "SENCO_Leadership",
    row: startRow + 1,
    col: 0,
    headers: LEADERSHIP_HEADERS,
    rows: [[SENCO_LEADERSHIP_RECOMMENDATION, met, SENCO_TIME_GUIDANCE_TITLE]],
  };
  return {
    blocks: [textBlock(startRow, "The SENCO and the leadership team", "heading")],
    tables: [table],
    nextRow: startRow + 3,
  };
}
