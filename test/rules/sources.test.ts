/** A dated table's rows joined with their citations (sources.ts withCitations). */
import { cite, sourceText, withCitations } from "../../src/rules/sources";

describe("withCitations", () => {
  const rows = [{ from: 1 }, { from: 42856 }];
  const citations = [
    { source: "Before the levy", ref: cite("serco-slmda-lm", "Next Steps") },
    { source: "From the levy", ref: cite("serco-slmda-lm", "Funding") },
  ];

  test("joins each row with its citation, in order", () => {
    expect(withCitations(rows, citations)).toEqual([
      { from: 1, ...citations[0] },
      { from: 42856, ...citations[1] },
    ]);
  });

  test("a table whose rows and citations differ in number is a mistake, said with both counts", () => {
    expect(() => withCitations(rows, citations.slice(0, 1))).toThrow(
      new Error("a dated table has 2 rows but 1 citations"),
    );
  });

  test("a citation reads as the source's short title and the section", () => {
    expect(sourceText(cite("serco-slmda-lm", "Next Steps"))).toBe("Serco line-manager guidance, Next Steps");
  });
});
