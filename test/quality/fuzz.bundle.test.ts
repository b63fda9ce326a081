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
/** What each function's test saw, for the closing summary only: no test reads another's tally. */
const tallies = new Map<string, Tally>();
const started = Date.now();

/** Fuzz one function with its own seed; what its calls gave. */
function fuzz(meta: FunctionMetadata, index: number): Tally {
  const fn = bundle.functions.get(meta.id);
  if (!fn) throw new Error(`${meta.id} is listed in dist/functions.json but not associated in dist/functions.js`);
  const tally: Tally = { values: 0, errors: new Map() };
  fc.assert(
    fc.property(argumentsFor(meta), (args) => {
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
  tallies.set(meta.id, tally);
  return tally;
}

beforeAll(() => {
  console.log(
    `fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${allMetadata.length} functions × ${RUNS_PER_FUNCTION} runs`,
  );
});

afterAll(() => {
  const seconds = (Date.now() - started) / 1000;
  let calls = 0;
  const lines = [...tallies].map(([id, t]) => {
    const errors = [...t.errors].map(([code, n]) => `${code} ${n}`).join(", ");
    calls += t.values + [...t.errors.values()].reduce((a, b) => a + b, 0);
    return `  ${id.padEnd(24)} values ${String(t.values).padStart(6)}  errors ${errors}`;
  });
  console.log(`fuzz: ${calls} calls in ${seconds.toFixed(1)} s, seed ${SEED}\n${lines.join("\n")}`);
});

describe("every custom function, fuzzed with Excel-shaped arguments", () => {
  test("dist/functions.json lists the functions, each associated in the bundle", () => {
    expect(allMetadata.length).toBeGreaterThanOrEqual(16);
    for (const meta of allMetadata) expect(bundle.functions.has(meta.id)).toBe(true);
  });

  test(`the runs planned add up to at least ${MIN_CALLS.toLocaleString("en-GB")} calls`, () => {
    expect(RUNS_PER_FUNCTION * allMetadata.length).toBeGreaterThanOrEqual(MIN_CALLS);
  });

  test.each(allMetadata.map((meta, index) => [meta.id, meta, index] as const))(
    "%s returns a finite number, a string or a rectangular array of them, or throws an Excel error naming an argument",
    (_id, meta, index) => {
      const tally = fuzz(meta, index);
      const errors = [...tally.errors.values()].reduce((a, b) => a + b, 0);
      // Every planned run was a call judged by the oracle (so the runs above add up to the calls made) ...
      expect(tally.values + errors).toBe(RUNS_PER_FUNCTION);
      // ... and the fuzz is not vacuous: the function both answered and refused some of the inputs.
      expect(tally.values).toBeGreaterThan(0);
      expect(errors).toBeGreaterThan(0);
    },
  );
});
