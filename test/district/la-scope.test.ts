/**
 * Which LA each row is in, and the LA choice: offered from the data, preselected when a table
 * names one LA only.
 */
import { detectLaColumns, LaDirectory, laRefOf, laScope } from "../../src/sheets/district/join/la-scope";

describe("LA columns and a row's LA", () => {
  test("the DfE long file's la_name, old_la_code and new_la_code; GIAS's LA (name) and LA (code); CFR's LANumber", () => {
    expect(detectLaColumns(["old_la_code", "new_la_code", "la_name", "school_urn"])).toEqual({
      name: 2,
      code: 0,
      gss: 1,
    });
    expect(detectLaColumns(["URN", "LA (code)", "LA (name)"])).toEqual({ name: 2, code: 1, gss: -1 });
    expect(detectLaColumns(["LANumber", "LEAEstab"])).toEqual({ name: -1, code: 0, gss: -1 });
    expect(detectLaColumns(["URN", "School name"])).toEqual({ name: -1, code: -1, gss: -1 });
  });

  test("an LA code column beats the LAESTAB's first three digits; a code that is not three digits is not a code", () => {
    const columns = { name: 0, code: 1, gss: 2 };
    expect(laRefOf(["Bradford", 380, "e08000032"], columns, "9994001")).toEqual({
      code: "380",
      name: "Bradford",
      gss: "E08000032",
    });
    expect(laRefOf(["Bradford", "38", ""], columns, "3804001")).toEqual({
      code: "380",
      name: "Bradford",
      gss: undefined,
    });
    expect(laRefOf([null, null, null], columns, undefined)).toEqual({
      code: undefined,
      name: undefined,
      gss: undefined,
    });
  });

  test("a table naming LAs by name only is linked to codes through a table that holds both", () => {
    const directory = new LaDirectory();
    directory.learn({ code: "380", name: "Bradford", gss: "E08000032" });
    expect(directory.idOf({ code: undefined, name: "BRADFORD", gss: undefined })).toBe("380");
    expect(directory.idOf({ code: undefined, name: undefined, gss: "E08000032" })).toBe("380");
    expect(directory.idOf({ code: undefined, name: "Calderdale", gss: undefined })).toBe("name:calderdale");
    expect(directory.label("380")).toBe("Bradford (380)");
    expect(directory.label("name:calderdale")).toBe("Calderdale");
    expect(directory.label("201")).toBe("LA 201");
  });
});

describe("the LA choice", () => {
  const directory = new LaDirectory();
  directory.learn({ code: "201", name: "Made-up Borough", gss: undefined });
  directory.learn({ code: "380", name: "Made-up Shire", gss: undefined });
  const england = new Map([
    ["201", 4],
    ["380", 2],
  ]);

  test("preselected when the LA's own table names one LA; offered from the data with each table's schools", () => {
    const scope = laScope(
      [england, new Map([["201", 5]]), new Map()],
      ["DfE", "Budget", "Survey"],
      directory,
      undefined,
    );
    expect(scope.needed).toBe(true);
    expect(scope.offered).toEqual([
      { id: "201", label: "Made-up Borough (201)", schools: [4, 5, 0] },
      { id: "380", label: "Made-up Shire (380)", schools: [2, 0, 0] },
    ]);
    expect(scope.preselected).toBe("201");
    expect(scope.chosen).toBe("201");
    expect(scope.reason).toBe("Budget names one LA only: Made-up Borough (201).");
  });

  test("the user's choice wins; null is every LA", () => {
    const counts = [england, new Map([["201", 5]])];
    expect(laScope(counts, ["DfE", "Budget"], directory, "380").chosen).toBe("380");
    expect(laScope(counts, ["DfE", "Budget"], directory, null).chosen).toBeNull();
  });

  test("the reason says what the summary is for now: the preselection, or the LA chosen over it", () => {
    const counts = [england, new Map([["201", 5]])];
    const reason = (choice: string | null | undefined) => laScope(counts, ["DfE", "Budget"], directory, choice).reason;
    expect(reason(undefined)).toBe("Budget names one LA only: Made-up Borough (201).");
    expect(reason("201")).toBe("Budget names one LA only: Made-up Borough (201).");
    expect(reason("380")).toBe(
      "The summary is for Made-up Shire (380), as chosen (Budget names one LA only: Made-up Borough (201)).",
    );
    expect(reason(null)).toBe(
      "The summary is for all 2 LAs, as chosen (Budget names one LA only: Made-up Borough (201)).",
    );
    expect(laScope([england], ["DfE"], directory, "380").reason).toBe(
      "The summary is for Made-up Shire (380), as chosen.",
    );
  });

  test("no preselection when no table names one LA, or when two tables name different LAs", () => {
    const none = laScope([england], ["DfE"], directory, undefined);
    expect(none).toMatchObject({ needed: true, preselected: undefined, chosen: undefined });
    expect(none.reason).toBe("No table names only one LA: choose the LA.");
    const clash = laScope(
      [england, new Map([["201", 5]]), new Map([["380", 2]])],
      ["DfE", "Budget", "Survey"],
      directory,
      undefined,
    );
    expect(clash.chosen).toBeUndefined();
    expect(clash.reason).toBe(
      "The tables name different LAs (Budget: Made-up Borough (201); Survey: Made-up Shire (380)): choose the LA.",
    );
  });

  test("a choice of an LA no table holds (made on other tables) is no choice: the preselection, or none", () => {
    const counts = [england, new Map([["201", 5]])];
    expect(laScope(counts, ["DfE", "Budget"], directory, "name:calderdale").chosen).toBe("201");
    expect(laScope([england], ["DfE"], directory, "name:calderdale").chosen).toBeUndefined();
    expect(laScope([new Map([["201", 4]])], ["DfE"], directory, "380").chosen).toBe("201");
  });

  test("one LA in every table: nothing to choose", () => {
    const scope = laScope([new Map([["201", 4]]), new Map([["201", 5]])], ["DfE", "Budget"], directory, undefined);
    expect(scope).toMatchObject({ needed: false, chosen: "201" });
  });
});
