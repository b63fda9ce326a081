/**
 * The SEN register as the school census sees it, as SEND.* custom functions: pupils counted by
 * primary need and provision, and the census's SEN rules checked pupil by pupil. The rules live in
 * src/rules/sen-census.ts and src/rules/sen-needs.ts; this module only declares the functions.
 */
import { numberArg, rangeArg } from "../values/coerce";
import { defineFunction, invoke } from "./define";
import { CENSUS_FIELDS, FIRST_ROW_LIMITS, censusCheckRows, countNeeds, needCountRows } from "../rules/sen-census";

const provision = rangeArg(CENSUS_FIELDS[0]);
const primaryNeed = rangeArg(CENSUS_FIELDS[1]);
const secondaryNeed = rangeArg(CENSUS_FIELDS[2], { optional: true });
// There is no row 0: a blank cell (0 on Windows) and 0 alike leave the first column as positions.
const firstRow = numberArg("first_row", FIRST_ROW_LIMITS, { optional: true, zeroIsBlank: true });

export const REGISTER_FUNCTIONS = {
  SENNEEDCOUNTS: defineFunction("SENNEEDCOUNTS", [provision, primaryNeed] as const, (p, n) =>
    needCountRows(countNeeds(p, n)),
  ),
  SENCENSUSCHECK: defineFunction(
    "SENCENSUSCHECK",
    [provision, primaryNeed, secondaryNeed, firstRow] as const,
    (p, n, s, row) => censusCheckRows(p, n, s, row),
  ),
};

/**
 * Pupils with SEN support (K) and with an EHC plan (E) by primary need, as a spill with a header row: one row per census type of need (SPLD to NSA), then Not recorded, then Total. A and P count with K, S with E; N and blank are not counted.
 * @customfunction SENNEEDCOUNTS
 * @helpurl https://localhost:3000/help/functions.html#senneedcounts
 * @param provision The SEN provision of each pupil, one cell per pupil: a table column such as Register[SEN Status] or a bounded range such as D2:D400. K, E, N (or A, P, S) in any form SENREGISTERCOUNTS reads; a header in the first cell is skipped.
 * @param primary_need Each pupil's primary need, the same shape as provision: a census code (SEMH), SIMS's "SEMH - Social, Emotional and Mental Health" or the DfE description; blank or 0 for none.
 * @returns Sixteen rows of need, SEN support, EHC plan and total, below a header row.
 */
export function SENNEEDCOUNTS(provision: any[][], primary_need: any[][]): any[][] {
  return invoke(REGISTER_FUNCTIONS.SENNEEDCOUNTS, arguments) as any[][];
}

/**
 * The school census's SEN rules checked pupil by pupil: a spill with a header row (Row or Position in range, Problem) and one row per problem, or one row saying No problems found.
 * @customfunction SENCENSUSCHECK
 * @helpurl https://localhost:3000/help/functions.html#sencensuscheck
 * @param provision The SEN provision of each pupil, one cell per pupil: a table column such as Register[SEN Status] or a bounded range such as D2:D400. A header in the first cell is skipped.
 * @param primary_need Each pupil's primary need, the same shape as provision: a census code, SIMS's "code - description" or the DfE description; blank or 0 for none. A need the DfE's descriptions name (Dyslexia, Autism) gets its code suggested, never recorded.
 * @param [secondary_need] Each pupil's secondary need, the same shape as provision. Left out, no secondary needs are checked.
 * @param [first_row] The sheet row of the ranges' first cell, such as ROW(INDEX(Register[SEN Status],1)): the first column is then each pupil's sheet row (Row). Left out, blank or 0: the pupil's position in the ranges (Position in range, the first cell being 1).
 * @returns Row (or Position in range) and Problem (the rule in words, with its census rule number).
 */
export function SENCENSUSCHECK(
  provision: any[][],
  primary_need: any[][],
  secondary_need?: any[][],
  first_row?: any,
): any[][] {
  return invoke(REGISTER_FUNCTIONS.SENCENSUSCHECK, arguments) as any[][];
}
