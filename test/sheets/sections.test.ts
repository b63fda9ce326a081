/** The section fold every sheet model is built with (src/sheets/sections.ts). */
import {
  expectStartRow,
  foldSections,
  labelRowsSection,
  type Section,
  type SectionOutput,
} from "../../src/sheets/sections";
import { sectionSpans, spansOutOfPlace } from "../helpers/section-spans";

interface Shop {
  readonly name: string;
  readonly items: readonly string[];
}

function headingSection(shop: Shop, startRow: number): SectionOutput {
  return { blocks: [{ row: startRow, col: 0, cells: [[shop.name]], style: "title" }], nextRow: startRow + 2 };
}

function itemsSection(shop: Shop, startRow: number): SectionOutput {
  return {
    blocks: [],
    tables: [{ name: "Items", row: startRow, col: 0, headers: ["Item"], rows: shop.items.map((i) => [i]) }],
    charts: [{ type: "Line", title: "Items", dataRange: `A${startRow + 1}:A${startRow + 3}`, row: 0, col: 3 }],
    nextRow: startRow + 1 + shop.items.length + 1,
  };
}

const SHOP: Shop = { name: "Corner shop", items: ["Tea", "Milk"] };

describe("foldSections", () => {
  test("builds each section on the row the one before left off, keeping list order", () => {
    const folded = foldSections([headingSection, itemsSection, headingSection], SHOP);
    expect(folded.blocks.map((b) => [b.row, b.cells[0]![0]])).toEqual([
      [0, "Corner shop"],
      [6, "Corner shop"],
    ]);
    expect(folded.tables.map((t) => t.row)).toEqual([2]);
    expect(folded.charts.map((c) => c.dataRange)).toEqual(["A3:A5"]);
    expect(folded.nextRow).toBe(8);
  });

  test("starts where asked; an empty list puts nothing down", () => {
    expect(foldSections([itemsSection], SHOP, 10).tables[0]!.row).toBe(10);
    expect(foldSections([] as Section<Shop>[], SHOP, 3)).toEqual({
      blocks: [],
      tables: [],
      charts: [],
      names: [],
      dropDowns: [],
      typedCells: [],
      nextRow: 3,
    });
  });

  test("the spans helper sees each section's rows, and one that writes past its next row", () => {
    const spans = sectionSpans([headingSection, itemsSection], SHOP);
    expect(spans.map((s) => [s.name, s.startRow, s.nextRow, s.firstUsed, s.lastUsed])).toEqual([
      ["headingSection", 0, 2, 0, 0],
      ["itemsSection", 2, 6, 2, 4],
    ]);
    expect(spansOutOfPlace(spans)).toEqual([]);
    const overlapping: Section<Shop> = (shop, startRow) => ({ ...itemsSection(shop, startRow), nextRow: startRow + 1 });
    expect(spansOutOfPlace(sectionSpans([overlapping], SHOP))).toEqual(["overlapping: rows 0-2 outside 0-0"]);
  });
});

describe("expectStartRow", () => {
  test("passes on the expected row and names the section and both rows (1-based) otherwise", () => {
    expect(() => expectStartRow("inputs", 5, 5)).not.toThrow();
    expect(() => expectStartRow("inputs", 7, 5)).toThrow("The inputs section must start on row 6; it starts on row 8.");
  });
});

describe("labelRowsSection", () => {
  test("a heading, one label block a row with its format, the notes, then one blank row", () => {
    const out = labelRowsSection(
      "Cost",
      [
        ["Salary", 30000, "£#,##0"],
        ["FTE", 0.2, null],
      ],
      ["A note."],
      4,
    );
    expect(out.blocks).toEqual([
      { row: 4, col: 0, cells: [["Cost"]], style: "heading" },
      { row: 5, col: 0, cells: [["Salary", 30000]], numberFormat: [null, "£#,##0"], style: "label" },
      { row: 6, col: 0, cells: [["FTE", 0.2]], numberFormat: [null, null], style: "label" },
      { row: 7, col: 0, cells: [["A note."]], style: "note" },
    ]);
    expect(out.nextRow).toBe(9);
    expect(labelRowsSection("Empty", [], [], 0)).toEqual({
      blocks: [{ row: 0, col: 0, cells: [["Empty"]], style: "heading" }],
      nextRow: 2,
    });
  });
});
