import * as fs from "fs";
import * as path from "path";
import { RuleError } from "../../src/rules/errors";
import { SLMDA_ROUTES, slmdaFee, slmdaRoute } from "../../src/rules/slmda-programme";

/** The provider's guidance as text, when a copy sits beside the repository (it is never copied into it). */
const GUIDANCE = path.resolve(
  __dirname,
  "..",
  "..",
  "..",
  "shared",
  "seeds",
  "slmda-for-sencos-line-manager-guidance.txt",
);

describe("routes", () => {
  test("nasenco_completed chooses the route; unanswered means the full programme", () => {
    expect(slmdaRoute(true)).toBe("nasenco");
    expect(slmdaRoute(false)).toBe("full");
    expect(slmdaRoute(undefined)).toBe("full");
  });

  test("programme facts per route (the provider's guidance)", () => {
    expect(SLMDA_ROUTES.full).toMatchObject({ months: 27, workshops: 9, fee: 18000 });
    expect(SLMDA_ROUTES.full.blocks).toHaveLength(6);
    expect(SLMDA_ROUTES.nasenco).toMatchObject({ months: 18, workshops: 7, fee: undefined });
    expect(SLMDA_ROUTES.nasenco.blocks).toHaveLength(5);
  });
});

describe("block lists, word for word", () => {
  test("full route", () => {
    expect(SLMDA_ROUTES.full.blocks.map((b) => [b.number, b.module, b.project])).toEqual([
      [1, "Operations Management", "Work based project (Masters Learning)"],
      [2, "Finance Management", "Work based project (Research Methods)"],
      [3, "Strategic Management", "Work based project (Research Proposal)"],
      [4, "Orientation and Perspectives on SEN and Inclusive Practice", "Work based project (working on project)"],
      [5, "Evidence Based Practice and Inclusion", "Work based project (working on project)"],
      [6, "Whole School Development: Enabling Inclusion", "Work based project (working on project)"],
    ]);
  });

  test("NASENCO route", () => {
    expect(SLMDA_ROUTES.nasenco.blocks.map((b) => [b.number, b.module, b.project])).toEqual([
      [1, "Operations Management", "Work based project (Masters Learning)"],
      [2, "Finance Management", "Work based project (Research Methods)"],
      [3, "Strategic Management", "Work based project (Research Proposal)"],
      [4, "Leading and Change", "Work based project"],
      [5, "", "Work based project and completion of Portfolio of Evidence."],
    ]);
  });

  const guidancePresent = fs.existsSync(GUIDANCE);
  (guidancePresent ? test : test.skip)("every title is a line of the guidance's Structure section, in order", () => {
    const text = fs.readFileSync(GUIDANCE, "utf8");
    const structure = text.slice(text.indexOf("\nStructure\n"), text.indexOf("The programme will develop"));
    const split = structure.indexOf("For apprentices that have already successfully completed");
    const sections = { full: structure.slice(0, split), nasenco: structure.slice(split) };
    for (const route of ["full", "nasenco"] as const) {
      const lines = sections[route]
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "");
      const titles = lines.filter((_, i) => i > 0 && /^Block \d+$/.test(lines[i - 1]!));
      expect(SLMDA_ROUTES[route].blocks.map((b) => b.title)).toEqual(titles);
      for (const b of SLMDA_ROUTES[route].blocks) {
        expect(b.module === "" ? b.project : `${b.module} & ${b.project}`).toBe(b.title);
      }
    }
  });
  if (!guidancePresent)
    console.warn("Skipped the comparison with the provider's guidance: no copy beside the repository.");
});

describe("slmdaFee", () => {
  test("full programme is £18,000", () => {
    expect(slmdaFee("full")).toBe(18000);
  });
  test("NASENCO route has no published fee: na naming nasenco_completed, telling the user to use the quoted price", () => {
    let error: unknown;
    try {
      slmdaFee("nasenco");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).kind).toBe("na");
    expect((error as RuleError).field).toBe("nasenco_completed");
    expect((error as RuleError).message).toMatch(/quote/);
  });
});
