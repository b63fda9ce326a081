/**
 * Where things sit on an SLMDA plan sheet: its marker, the inputs block's rows and columns, column
 * widths and the documents checklist's headers, and the references and argument lists over the
 * input cells that the sections' live formulas use.
 */
import { absoluteAddress } from "../a1-address";
import { PLAN_FIELDS, type PlanFieldId, type PlanInputs } from "./plan-fields";

/**
 * Text in cell A2 of every plan sheet: how the pane recognises a plan sheet to load it back. Users
 * see it, so it is a sentence, not an internal version string; sheets made before carry the old
 * marker, which is still recognised.
 */
export const PLAN_MARKER = "SLMDA plan made with the SEND leadership add-in";
export const EARLIER_PLAN_MARKERS: readonly string[] = ["SEND add-in SLMDA plan v1"];
/** Zero-based row of the marker (A2). */
export const MARKER_ROW = 1;
/** Zero-based row of the first input (the inputs block sits in columns A and B from here). */
export const INPUT_FIRST_ROW = 4;
export const INPUT_LABEL_COL = 0;
export const INPUT_VALUE_COL = 1;

/** Column widths in points (A: labels and dates, B: values, C: long text, D: dates, E: Done). */
export const PLAN_COLUMN_WIDTHS = [260, 130, 320, 90, 60] as const;

/** The documents checklist's headers, in order (also how a plan sheet's checklist is found again). */
export const DOCUMENT_HEADERS = ["Document", "Who", "When", "Due", "Done"] as const;

/** Rows a plan sheet uses at most (a test checks the longest plan fits): Update plan reads A1:E of these. */
export const PLAN_MAX_ROWS = 300;

/** Absolute address ($B$10) of the input cell of a field. */
export function inputCell(id: PlanFieldId): string {
  const index = PLAN_FIELDS.findIndex((field) => field.id === id);
  if (index < 0) throw new Error(`unknown plan field ${id}`);
  return absoluteAddress(INPUT_FIRST_ROW + index, INPUT_VALUE_COL);
}

/** Longest text constant Excel takes inside a formula. */
const MAX_FORMULA_TEXT = 255;

/** Excel text literal: "..." with quotes doubled; longer than Excel's 255 characters, pieces joined by &. */
export function literal(text: string): string {
  const pieces: string[] = [];
  for (let i = 0; i === 0 || i < text.length; i += MAX_FORMULA_TEXT) pieces.push(text.slice(i, i + MAX_FORMULA_TEXT));
  const quoted = pieces.map((piece) => `"${piece.replace(/"/g, '""')}"`);
  return quoted.length === 1 ? quoted[0]! : `(${quoted.join("&")})`;
}

/** A reference to an optional input that passes "" (an omitted argument to our coercers) when the cell is blank. */
export function optionalRef(id: PlanFieldId): string {
  const cell = inputCell(id);
  return `IF(${cell}="","",${cell})`;
}

/**
 * The funding functions' inputs, in their argument order: blank optional cells passed as "". The
 * plan's levy funds left blank mean the account holds enough, which the functions read as levy
 * funds of the whole price (a blank or 0 is none left there: docs/functions.md, "A blank cell and 0").
 */
const FUNDING_ARGS: readonly [PlanFieldId, "cell" | "optional" | "priceWhenBlank"][] = [
  ["price", "cell"],
  ["levyPayer", "cell"],
  ["levyFunds", "priceWhenBlank"],
  ["startSerial", "cell"],
  ["ageAtStart", "cell"],
  ["careLeaverOrEhcPlan", "optional"],
  ["levyTransfer", "optional"],
];

function fundingArg([id, kind]: (typeof FUNDING_ARGS)[number]): string {
  if (kind === "cell") return inputCell(id);
  if (kind === "optional") return optionalRef(id);
  const cell = inputCell(id);
  return `IF(${cell}="",${inputCell("price")},${cell})`;
}

/** What the plan's input gives its funding argument: the levy funds left blank are the price (enough). */
function fundingArgValue(inputs: PlanInputs, [id, kind]: (typeof FUNDING_ARGS)[number]): PlanInputs[PlanFieldId] {
  return kind === "priceWhenBlank" && inputs[id] === undefined ? inputs.price : inputs[id];
}

/** Argument lists of the SEND.* calls, over the input cells. */
export function fundingArgs(): string {
  return FUNDING_ARGS.map(fundingArg).join(",");
}

/** A value as an Excel formula constant: a number, TRUE/FALSE, text quoted, nothing as "". */
function excelConstant(value: string | number | boolean | undefined): string {
  if (value === undefined) return '""';
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "number" ? String(value) : literal(value);
}

/**
 * True on the sheet while the funding functions' inputs are still those the plan was made with:
 * `AND(price=14000,levy payer=FALSE,...)`, each argument as the functions get it.
 */
export function fundingInputsUnchanged(inputs: PlanInputs): string {
  return `AND(${FUNDING_ARGS.map((arg) => `${fundingArg(arg)}=${excelConstant(fundingArgValue(inputs, arg))}`).join(",")})`;
}

export function monthsFormula(): string {
  return `SEND.SLMDAMONTHS(${inputCell("nasencoCompleted")})`;
}
