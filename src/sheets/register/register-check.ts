/**
 * The SEN register check as a pure model: counts by code (as SEND.SENREGISTERCOUNTS gives them),
 * every cell that is not an accepted code with its A1 address on the sheet, the areas to
 * highlight, and the guide hours for a budget and mobility the user enters (as
 * SEND.SENCOHOURSFROMREGISTER gives them). It never changes a code. Codes, counts and hours come
 * from src/rules; the user's entries go through the shared coercers.
 */
import { describeRaw, budgetArg, mobilityArg, numberArg } from "../../values/coerce";
import { isRuleError, type FieldNamer } from "../../rules/errors";
import { codeConflict, parseSenCode, REGISTER_CODES_HELP } from "../../rules/sen-provision-codes";
import { registerCountRows, scanRegister, type RegisterCounts } from "../../rules/sen-register";
import {
  sencoBreakdownFromRegister,
  DEFAULT_SEN_SUPPORT_WEIGHT,
  SEN_SUPPORT_WEIGHT_LIMITS,
} from "../../rules/sen-register-points";
import { cellAddress, rangeAddress } from "../a1-address";
import { startsWithHeader } from "./register-formula";

/** Where the checked range starts on its sheet (zero-based), as read from the selection's address. */
export interface RegisterOrigin {
  readonly sheet?: string;
  readonly row: number;
  readonly col: number;
}

export interface InvalidCodeCell {
  /** A1 address on the sheet, e.g. "C7". */
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly value: unknown;
  /** e.g. 'C7 holds the text "SEN": not an accepted code.' */
  readonly message: string;
}

export interface RegisterCheck {
  readonly counts: RegisterCounts;
  /** [label, count] rows in SEND.SENREGISTERCOUNTS order. */
  readonly countRows: readonly [string, number][];
  readonly invalid: readonly InvalidCodeCell[];
  /** All invalid cells, including any beyond the listed ones. */
  readonly invalidCount: number;
  /** Non-blank cells looked at. */
  readonly cellsWithValues: number;
  /** Blank cells (empty, or 0 as Excel on Windows passes an empty cell), the header left out: pupils with no SEN status. */
  readonly blankCells: number;
  readonly acceptedCodesHelp: string;
  /** The first cell, skipped as the column's header ("SEN Status"), with its address; never an invalid cell. */
  readonly header?: { readonly address: string; readonly text: string };
}

export const MAX_LISTED_INVALID = 1000;

/** Check a register range's values (rows of cells) that starts at `origin` on its sheet. */
export function checkRegister(
  values: readonly (readonly unknown[])[],
  origin: RegisterOrigin,
  maxListed = MAX_LISTED_INVALID,
): RegisterCheck {
  const scan = scanRegister(values, maxListed);
  const invalid = scan.invalid.map((cell): InvalidCodeCell => {
    const address = cellAddress(origin.row + cell.row, origin.col + cell.col);
    const conflict = codeConflict(cell.value);
    return {
      address,
      row: origin.row + cell.row,
      col: origin.col + cell.col,
      value: cell.value,
      message:
        conflict === undefined
          ? `${address} holds ${describeRaw(cell.value)}: not an accepted code.`
          : `${address} holds ${describeRaw(cell.value)}: ${conflict}; correct the code or the description.`,
    };
  });
  const counts = scan.counts;
  const cellsWithValues = counts.onRegister + counts.N + scan.invalidCount;
  const cells = values.reduce((n, row) => n + row.length, 0);
  return {
    counts,
    countRows: registerCountRows(counts),
    invalid,
    invalidCount: scan.invalidCount,
    cellsWithValues,
    blankCells: cells - cellsWithValues - (scan.header ? 1 : 0),
    acceptedCodesHelp: REGISTER_CODES_HELP,
    ...(scan.header ? { header: { address: cellAddress(origin.row, origin.col), text: scan.header.text } } : {}),
  };
}

/**
 * The listed invalid cells as A1 areas, joining cells that sit one under another in a column
 * ("C7:C9", "C12"), in sheet order, grouped so each group's address list stays short.
 */
export function invalidAreas(invalid: readonly InvalidCodeCell[], maxAddressLength = 1500): string[][] {
  const cells = [...invalid].sort((a, b) => a.col - b.col || a.row - b.row);
  const areas: string[] = [];
  let i = 0;
  while (i < cells.length) {
    const start = cells[i]!;
    let end = i;
    while (end + 1 < cells.length && cells[end + 1]!.col === start.col && cells[end + 1]!.row === cells[end]!.row + 1)
      end += 1;
    areas.push(rangeAddress(start.row, start.col, cells[end]!.row - start.row + 1, 1));
    i = end + 1;
  }
  const groups: string[][] = [];
  let group: string[] = [];
  let length = 0;
  for (const area of areas) {
    if (group.length > 0 && length + area.length + 1 > maxAddressLength) {
      groups.push(group);
      group = [];
      length = 0;
    }
    group.push(area);
    length += area.length + 1;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

const BUDGET = budgetArg();
const MOBILITY = mobilityArg({ optional: true, implausible: "allow" });
const WEIGHT = numberArg("sen_support_weight", SEN_SUPPORT_WEIGHT_LIMITS, { optional: true });

/** The Register tab's labels for its fields, as its messages name them. */
export const REGISTER_FIELD_LABELS: Readonly<Record<string, string>> = {
  notional_sen_budget: "Notional SEN budget",
  pupil_mobility: "Pupil mobility",
  sen_support_weight: "Points for each SEN support (K) pupil",
};

const registerFieldLabel: FieldNamer = (ref) => REGISTER_FIELD_LABELS[ref.key] ?? ref.key;

export type GuideHoursResult =
  | {
      readonly ok: true;
      readonly budget: number;
      readonly mobility: number | undefined;
      readonly hours: number;
      readonly totalPoints: number;
      readonly budgetPoints: number;
      readonly mobilityHours: number;
      readonly senSupportWeight: number;
      /** Mobility above the published range (80%): the question to ask before using it, in the tab's words. */
      readonly mobilityQuestion?: string;
    }
  | { readonly ok: false; readonly field: "budget" | "mobility" | "weight"; readonly message: string };

/** The problem with a pupil mobility as typed on the Register tab, in its words, or undefined. */
export function registerMobilityProblem(mobilityText: string): string | undefined {
  try {
    MOBILITY.coerce(mobilityText);
    return undefined;
  } catch (error) {
    if (isRuleError(error)) return error.render(registerFieldLabel);
    throw error;
  }
}

/** Guide hours for the register's counts and the user's entries (text as typed), or which entry is wrong and why. */
export function registerGuideHours(
  counts: RegisterCounts,
  budgetText: string,
  mobilityText: string,
  weightText = "",
): GuideHoursResult {
  let field: "budget" | "mobility" | "weight" = "budget";
  try {
    const budget = BUDGET.coerce(budgetText);
    field = "mobility";
    const mobility = MOBILITY.coerce(mobilityText);
    const question = MOBILITY.implausible!(mobilityText);
    field = "weight";
    const weight = WEIGHT.coerce(weightText) ?? DEFAULT_SEN_SUPPORT_WEIGHT;
    const b = sencoBreakdownFromRegister(budget, counts, mobility, weight);
    return {
      ok: true,
      budget,
      mobility,
      hours: b.recommendedHours,
      totalPoints: b.totalPoints,
      budgetPoints: b.budgetPoints,
      mobilityHours: b.mobilityHours,
      senSupportWeight: weight,
      ...(question ? { mobilityQuestion: question.render(registerFieldLabel) } : {}),
    };
  } catch (error) {
    if (isRuleError(error)) return { ok: false, field, message: error.render(registerFieldLabel) };
    throw error;
  }
}

/** Where a register column of a CSV file was found, and how. */
export interface CsvRegisterColumn {
  readonly cells: string[][];
  readonly origin: RegisterOrigin;
  /** The column's header (the first row), when the first row is not a code. */
  readonly header?: string;
  /** "header": its header names SEN status; "content": no header does, and its cells hold the most codes. */
  readonly chosenBy: "header" | "content";
}

/** Headers naming the SEN status column (as normalised: lower case, words separated by one space). */
const SEN_STATUS_HEADER = /(^| )(pupil )?send? (status|provision|stage|code|category)( code)?$|^send?$/;
/** Headers that name dates or reviews of the status, never the status itself. */
const NOT_STATUS_HEADER = /\b(date|start|end|review|need|type|hours|budget)\b/;
/** Headers of columns that must never be read as SEN codes (FSM Y/N, gender, ...). */
const OTHER_COLUMN_HEADER =
  /\b(fsm|free school meals?|pupil premium|pp|ever ?6|gender|sex|eal|cla|lac|looked after|year|ethnicity|attendance)\b/;
/** Cells of a yes/no column (FSM "Y"/"N"): a column holding any of these is not a register. */
const YES_NO = /^(y|yes|no|true|false)$/i;

function normalHeader(value: unknown): string {
  return String(value ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The register column of a CSV file: first by its header ("SEN Status", "SEN Provision",
 * "sen_provision", ...), then, when no header names it, by its content: the column holding the
 * most codes other than N, never a yes/no column (an FSM "Y"/"N" column would otherwise give N
 * codes) nor one whose header names something else (FSM, gender, year, ...). A first row that is
 * not a code (a header) is left out. Throws when no column is a register.
 */
export function csvRegisterColumn(rows: readonly (readonly string[])[]): CsvRegisterColumn {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const headerRow = rows[0] ?? [];
  const byHeader: number[] = [];
  for (let c = 0; c < width; c += 1) {
    const h = normalHeader(headerRow[c]);
    if (SEN_STATUS_HEADER.test(h) && !NOT_STATUS_HEADER.test(h)) byHeader.push(c);
  }
  const scores: number[] = [];
  for (let c = 0; c < width; c += 1) {
    let strong = 0;
    let codes = 0;
    let yesNo = false;
    for (let r = 1; r < rows.length; r += 1) {
      const cell = rows[r]![c] ?? "";
      const code = parseSenCode(cell);
      if (code) {
        codes += 1;
        if (code !== "N") strong += 1;
      } else if (YES_NO.test(cell.trim())) yesNo = true;
    }
    if (rows.length === 1) {
      const code = parseSenCode(headerRow[c] ?? "");
      if (code) codes += 1;
      if (code && code !== "N") strong += 1;
    }
    scores[c] = yesNo || OTHER_COLUMN_HEADER.test(normalHeader(headerRow[c])) || strong === 0 ? -1 : codes;
  }
  let col = -1;
  let chosenBy: "header" | "content" = "header";
  if (byHeader.length > 0) {
    col = byHeader[0]!;
    for (const c of byHeader) if (scores[c]! > scores[col]!) col = c;
  } else {
    chosenBy = "content";
    for (let c = 0; c < width; c += 1) if (scores[c]! >= 0 && (col < 0 || scores[c]! > scores[col]!)) col = c;
  }
  if (col < 0)
    throw new Error(
      'No column of this file holds SEN status codes: name its header "SEN Status" or "SEN Provision", or check that its cells hold K, E or N.',
    );
  const first = headerRow[col] ?? "";
  const hasHeader = startsWithHeader([[first]]);
  const body = rows.slice(hasHeader ? 1 : 0).map((row) => [row[col] ?? ""]);
  return {
    cells: body,
    origin: { row: hasHeader ? 1 : 0, col },
    ...(hasHeader ? { header: first } : {}),
    chosenBy,
  };
}
