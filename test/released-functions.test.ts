/**
 * Function ids and argument order are stored in users' workbooks (=SEND.SENCOHOURS(...)), so a
 * released function may never disappear, be renamed, lose or reorder a parameter. New functions
 * may be added, and a released function may gain optional parameters at the end only.
 * test/released-functions.json is the released list; this test holds dist/functions.json to it.
 */
import released from "./released-functions.json";
import { ensureBuilt, loadBundle, type FunctionsMetadata } from "./helpers/bundle";

type Released = Record<string, string[]>;

/** Problems that would break a workbook written against `releasedList`, or [] when none. */
function compatibilityProblems(releasedList: Released, metadata: FunctionsMetadata): string[] {
  const problems: string[] = [];
  for (const [id, params] of Object.entries(releasedList)) {
    const fn = metadata.functions.find((f) => f.id === id);
    if (!fn) {
      problems.push(`${id} was released but is missing from dist/functions.json (removed or renamed)`);
      continue;
    }
    const now = fn.parameters.map((p) => p.name);
    params.forEach((name, index) => {
      if (now[index] !== name)
        problems.push(`${id} parameter ${index + 1} was released as ${name} but is now ${now[index] ?? "missing"}`);
    });
    for (const added of fn.parameters.slice(params.length)) {
      if (!added.optional)
        problems.push(`${id} gained a required parameter ${added.name}; new parameters must be optional`);
    }
  }
  return problems;
}

ensureBuilt();
const metadata = loadBundle().metadata;
const releasedList = (released as { functions: Released }).functions;

describe("released function ids", () => {
  test("every released id is still built with its parameters in the released order", () => {
    expect(compatibilityProblems(releasedList, metadata)).toEqual([]);
  });

  test("every built function is on the released list (add new ids to test/released-functions.json)", () => {
    const unlisted = metadata.functions.map((f) => f.id).filter((id) => !(id in releasedList));
    expect(unlisted).toEqual([]);
  });

  // The checker itself, on altered copies of the real metadata.
  const sencoHours = metadata.functions.find((f) => f.id === "SENCOHOURS");
  const maybe = sencoHours ? test : test.skip;

  maybe("a removed, renamed or reordered function is reported", () => {
    const fn = sencoHours!;
    const only = { SENCOHOURS: releasedList.SENCOHOURS! };
    const without = { functions: metadata.functions.filter((f) => f.id !== "SENCOHOURS") };
    expect(compatibilityProblems(only, without)).toEqual([
      "SENCOHOURS was released but is missing from dist/functions.json (removed or renamed)",
    ]);
    const reordered = {
      functions: metadata.functions.map((f) =>
        f.id === "SENCOHOURS"
          ? { ...fn, parameters: [fn.parameters[1]!, fn.parameters[0]!, ...fn.parameters.slice(2)] }
          : f,
      ),
    };
    expect(compatibilityProblems(only, reordered)).toEqual([
      "SENCOHOURS parameter 1 was released as notional_sen_budget but is now school_action",
      "SENCOHOURS parameter 2 was released as school_action but is now notional_sen_budget",
    ]);
    const extraRequired = {
      functions: metadata.functions.map((f) =>
        f.id === "SENCOHOURS" ? { ...fn, parameters: [...fn.parameters, { name: "extra", optional: false }] } : f,
      ),
    };
    expect(compatibilityProblems(only, extraRequired)).toEqual([
      "SENCOHOURS gained a required parameter extra; new parameters must be optional",
    ]);
  });
});
