/**
 * fast-check arbitraries for the values Excel hands a custom function, generated per parameter
 * from dist/functions.json: a scalar parameter gets one cell's value (number, text, boolean,
 * null for an omitted argument or a blank cell); a matrix (range) parameter gets a 2-D array of
 * such values, 1×1, 1×N, N×1, M×N and now and then a large one.
 *
 * The pools mix values a rule accepts (so the success path is fuzzed too: School X's figures,
 * an SLMDA start date, SEN codes) with everything it must reject with a clear error.
 */
import fc from "fast-check";
import type { FunctionMetadata, FunctionParameterMetadata } from "../helpers/bundle";
import { mulberry32 } from "../helpers/prng";

/** A value Excel can put in a cell or pass as a scalar argument (null: blank or omitted). */
export type ExcelCell = number | string | boolean | null;
export type ExcelArgument = ExcelCell | ExcelCell[][];

/** Numbers the rules care about: boundaries, School X, SLMDA dates and prices, Excel's limits. */
export const INTERESTING_NUMBERS: readonly number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  2,
  5,
  6,
  10,
  16,
  19,
  21,
  22,
  24,
  30,
  34,
  39,
  40,
  46.4,
  52,
  53,
  60,
  61,
  99,
  100,
  101,
  168,
  169,
  0.2,
  0.3,
  0.34,
  0.4,
  0.41,
  1.0000001,
  0.9999999,
  1e-300,
  -1e-300,
  Number.MIN_VALUE,
  5e-324,
  18000,
  14000,
  15000,
  67755,
  67500,
  67499.99,
  500,
  499.99,
  1000000,
  3e6,
  // Excel date serials: 01/01/1900, SLMDA boundaries, 31/12/9999 and one past it.
  44075,
  44284,
  44283,
  43556,
  43555,
  45383,
  45382,
  46022,
  46023,
  44773,
  44774,
  45869,
  45870,
  45698,
  45699,
  44075.75,
  2958465,
  2958465.9,
  2958466,
  60,
  61,
  1e308,
  -1e308,
  1.7976931348623157e308,
  -1.7976931348623157e308,
  2 ** 53 + 2, // an integer past 2^53: "a count too large to hold exactly"
  -(2 ** 53 + 2),
  2 ** 31,
  -(2 ** 31),
];

/** Text that holds a number, a percentage, money or a date the way people type them. */
export const NUMERIC_TEXT: readonly string[] = [
  "0",
  "-0",
  "1",
  "5",
  "34",
  "0.34",
  "34%",
  " 34 % ",
  "18000",
  "18,000",
  "£18,000",
  "£67,755",
  " 1,200 ",
  "1e3",
  "-5",
  "1e308",
  "1e309",
  "-1e309",
  "12,34",
  "1,2345",
  ".5",
  "5.",
  "+7",
  "0x10",
  "1_000",
  "44075",
  "2958466",
  "01/09/2020",
  "1/9/2020",
  "2020-09-01",
  "31/02/2021",
  "29/02/2024",
  "29/02/2023",
  "00/00/0000",
  "9999-12-31",
  "10000-01-01",
  "TRUE",
  "FALSE",
  "true",
  "1",
  "0",
];

/** Text that is not a number. */
export const OTHER_TEXT: readonly string[] = [
  "",
  " ",
  "   ",
  "\t",
  "abc",
  "NaN",
  "Infinity",
  "-Infinity",
  "undefined",
  "null",
  "#N/A",
  "#VALUE!",
  "yes",
  "no",
  "£",
  "%",
  "£%",
  "--1",
  "1--",
  "1 2",
  "١٢",
  "３４",
  "ü",
  "😀",
  "a".repeat(300),
  "=SUM(A1:A3)",
  "constructor",
  "__proto__",
];

/** SEN provision codes and long forms as censuses and MIS exports write them, and near misses. */
export const SEN_CODES: readonly string[] = [
  "K",
  "E",
  "A",
  "P",
  "S",
  "N",
  "k",
  "e",
  " a ",
  "p\t",
  "s",
  "n",
  "sen support",
  "SEN Support",
  "EHC plan",
  "EHCP",
  "ehcp",
  "Statement",
  "School Action",
  "School Action Plus",
  "No SEN",
];
const SEN_NEAR_MISSES: readonly string[] = ["X", "KE", "SEN", "Support", "EHC", "School", "K1", "1", "0", "Y", "M"];

export const numberValue: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INTERESTING_NUMBERS) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

export const numericText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NUMERIC_TEXT) },
  { weight: 1, arbitrary: numberValue.map((n) => String(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`) },
);

export const otherText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...OTHER_TEXT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
);

/** One scalar argument or cell, in Excel's shapes. */
export const scalarValue: fc.Arbitrary<ExcelCell> = fc.oneof(
  { weight: 6, arbitrary: numberValue },
  { weight: 3, arbitrary: numericText },
  { weight: 2, arbitrary: otherText },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant("") },
);

/**
 * Values most of the functions accept (small counts, School X's budget, 34%, a 2020 start date,
 * TRUE/FALSE, blank), so that argument lists made only of these reach the rules' success paths
 * and their boundaries, not only the coercers' refusals.
 */
export const plausibleScalar: fc.Arbitrary<ExcelCell> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 60 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<ExcelCell>(
      0.2,
      0.3,
      0.34,
      0.4,
      0.41,
      18000,
      14000,
      67755,
      67500,
      44075,
      46023,
      45870,
      30,
      46.4,
      39,
    ),
  },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 200000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 36000, max: 48000 }) },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom<ExcelCell>(null, "", "34%", "£18,000", "01/09/2020", "TRUE", "5") },
);

/** A register cell: mostly codes and blanks, sometimes anything at all. */
const blank: fc.Arbitrary<ExcelCell> = fc.constantFrom<ExcelCell>(null, "", " ");
const validRegisterCell: fc.Arbitrary<ExcelCell> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SEN_CODES) },
  { weight: 1, arbitrary: blank },
);
const mixedCell: fc.Arbitrary<ExcelCell> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SEN_CODES) },
  { weight: 2, arbitrary: blank },
  { weight: 1, arbitrary: fc.constantFrom(...SEN_NEAR_MISSES) },
  { weight: 3, arbitrary: scalarValue },
);

function grid(
  cell: fc.Arbitrary<ExcelCell>,
  rows: fc.Arbitrary<number>,
  cols: fc.Arbitrary<number>,
): fc.Arbitrary<ExcelCell[][]> {
  return fc
    .tuple(rows, cols)
    .chain(([r, c]) => fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
}

/** Large shapes (whole-column style 20,000×1, 1×2,000, 150×40), filled from a small pool of cells. */
export const largeMatrix: fc.Arbitrary<ExcelCell[][]> = fc
  .record({
    shape: fc.constantFrom<[number, number]>([20000, 1], [5000, 1], [1, 2000], [150, 40], [1000, 3]),
    pool: fc.array(fc.oneof({ weight: 4, arbitrary: validRegisterCell }, { weight: 1, arbitrary: mixedCell }), {
      minLength: 1,
      maxLength: 6,
    }),
    blankShare: fc.constantFrom(0, 0.5, 0.95),
    seed: fc.integer(),
  })
  .map(({ shape: [rows, cols], pool, blankShare, seed }) => {
    const random = mulberry32(seed);
    const out: ExcelCell[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const row: ExcelCell[] = new Array(cols);
      for (let c = 0; c < cols; c++) {
        row[c] = random() < blankShare ? null : pool[Math.floor(random() * pool.length)]!;
      }
      out[r] = row;
    }
    return out;
  });

/** A range argument: 1×1, 1×N, N×1 and M×N, of valid codes or of anything; large ones sparingly. */
export const matrixValue: fc.Arbitrary<ExcelArgument> = fc.oneof(
  { weight: 3, arbitrary: grid(validRegisterCell, fc.constant(1), fc.constant(1)) },
  { weight: 2, arbitrary: grid(mixedCell, fc.constant(1), fc.constant(1)) },
  { weight: 3, arbitrary: grid(validRegisterCell, fc.integer({ min: 1, max: 40 }), fc.constant(1)) },
  { weight: 3, arbitrary: grid(mixedCell, fc.integer({ min: 1, max: 40 }), fc.constant(1)) },
  { weight: 2, arbitrary: grid(validRegisterCell, fc.constant(1), fc.integer({ min: 1, max: 20 })) },
  { weight: 2, arbitrary: grid(mixedCell, fc.constant(1), fc.integer({ min: 1, max: 20 })) },
  { weight: 2, arbitrary: grid(validRegisterCell, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 })) },
  { weight: 2, arbitrary: grid(mixedCell, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 })) },
  // A one-cell reference can reach a function as the bare value.
  { weight: 1, arbitrary: scalarValue },
  { weight: 1, arbitrary: largeMatrix },
);

/** A range of valid codes and blanks only (the success path of the register functions). */
export const plausibleMatrix: fc.Arbitrary<ExcelArgument> = fc.oneof(
  { weight: 4, arbitrary: grid(validRegisterCell, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3 })) },
  { weight: 1, arbitrary: grid(validRegisterCell, fc.constant(1), fc.integer({ min: 1, max: 20 })) },
);

/** The arbitrary for one parameter, by its metadata: anything at all, or (plausible) mostly accepted values. */
export function argumentFor(parameter: FunctionParameterMetadata, plausible = false): fc.Arbitrary<ExcelArgument> {
  if (parameter.dimensionality === "matrix") return plausible ? plausibleMatrix : matrixValue;
  return plausible ? plausibleScalar : scalarValue;
}

/**
 * Argument lists for a function: every parameter generated from its metadata, then the list cut
 * after some of the trailing optional parameters (omitted entirely, as `arguments.length` shows)
 * or with them passed as null (how Excel passes an omitted optional argument).
 */
export function argumentsFor(meta: FunctionMetadata): fc.Arbitrary<ExcelArgument[]> {
  const params = meta.parameters;
  let required = params.length;
  while (required > 0 && params[required - 1]!.optional) required--;
  // Half the lists are wild in every argument; the other half mostly hold accepted values.
  const values = fc.oneof(
    fc.tuple(...params.map((p) => argumentFor(p))),
    fc.tuple(...params.map((p) => argumentFor(p, true))),
  );
  return fc
    .tuple(values, fc.integer({ min: required, max: params.length }), fc.boolean())
    .map(([all, count, omittedAsNull]) =>
      omittedAsNull ? all.map((v, i) => (i < count ? v : null)) : all.slice(0, count),
    );
}
