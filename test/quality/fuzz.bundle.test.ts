/**
 * Property fuzz of EVERY custom function listed in dist/functions.json, through the built bundle
 * (dist/functions.js in a vm whose only global is a CustomFunctions stub), with Excel-shaped
 * arguments generated per parameter from the metadata (see excel-arbitraries.ts) and judged by
 * the oracle in fuzz-oracle.ts. Seeded, so a failure is reproducible: the seed is printed, and
 * FUZZ_SEED=<n> npx jest test/quality/fuzz.bundle.test.ts replays another one.
 * Run `npm run build` first (`npm test` does).
 */
import fc from "fast-check";
import { loadBundle, type FunctionMetadata } from "../helpers/bundle";
import { argumentsFor } from "./excel-arbitraries";
import { callAndJudge, showArguments } from "./fuzz-oracle";

const DEFAULT_SEED = 20251125;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : DEFAULT_SEED;
/** The quality gate's floor for calls in one run. */
const MIN_CALLS = 100_000;

const bundle = loadBundle();
const allMetadata = bundle.metadata.functions;
const RUNS_PER_FUNCTION = Math.ceil((MIN_CALLS * 1.05) / Math.max(1, allMetadata.length));

interface Tally {
  values: number;
  errors: Map<string, number>;
}
const tallies = new Map<string, Tally>();
let totalCalls = 0;
const started = Date.now();

function tallyFor(id: string): Tally {
  let tally = tallies.get(id);
  if (!tally) {
    tally = { values: 0, errors: new Map() };
    tallies.set(id, tally);
  }
  return tally;
}

function fuzz(meta: FunctionMetadata, index: number): void {
  const fn = bundle.functions.get(meta.id);
  if (!fn) throw new Error(`${meta.id} is listed in dist/functions.json but not associated in dist/functions.js`);
  const tally = tallyFor(meta.id);
  fc.assert(
    fc.property(argumentsFor(meta), (args) => {
      totalCalls++;
      const outcome = callAndJudge(meta, fn, args);
      if (outcome.kind === "bug") {
        throw new Error(`${meta.id}(${showArguments(args)}) ${outcome.problem}`);
      }
      if (outcome.kind === "value") tally.values++;
      else tally.errors.set(outcome.code, (tally.errors.get(outcome.code) ?? 0) + 1);
    }),
    // One seed a function, derived from the printed seed, so each function's runs are independent of the others'.
    { seed: SEED + index, numRuns: RUNS_PER_FUNCTION, endOnFailure: false },
  );
}

beforeAll(() => {
  console.log(
    `fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${allMetadata.length} functions × ${RUNS_PER_FUNCTION} runs`,
  );
});

describe("every custom function, fuzzed with Excel-shaped arguments", () => {
  test("dist/functions.json lists the functions, each associated in the bundle", () => {
    expect(allMetadata.length).toBeGreaterThanOrEqual(16);
    for (const meta of allMetadata) expect(bundle.functions.has(meta.id)).toBe(true);
  });

  test.each(allMetadata.map((meta, index) => [meta.id, meta, index] as const))(
    "%s returns a finite number, a string or a rectangular array of them, or throws an Excel error naming an argument",
    (_id, meta, index) => {
      fuzz(meta, index);
      // The fuzz is not vacuous: each function both answered and refused some of the inputs.
      const tally = tallyFor(meta.id);
      const errors = [...tally.errors.values()].reduce((a, b) => a + b, 0);
      expect(tally.values).toBeGreaterThan(0);
      expect(errors).toBeGreaterThan(0);
    },
  );

  test(`at least ${MIN_CALLS.toLocaleString("en-GB")} calls were made, with no outcome outside the oracle`, () => {
    const seconds = (Date.now() - started) / 1000;
    const lines = [...tallies].map(([id, t]) => {
      const errors = [...t.errors].map(([code, n]) => `${code} ${n}`).join(", ");
      return `  ${id.padEnd(24)} values ${String(t.values).padStart(6)}  errors ${errors}`;
    });

    console.log(`fuzz: ${totalCalls} calls in ${seconds.toFixed(1)} s, seed ${SEED}\n${lines.join("\n")}`);
    expect(totalCalls).toBeGreaterThanOrEqual(MIN_CALLS);
    expect(tallies.size).toBe(allMetadata.length);
  });
});
