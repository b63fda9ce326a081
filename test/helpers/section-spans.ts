/**
 * The rows each section of a model's list covers, built one section at a time as the fold builds
 * them: for tests that a section stays inside the rows it claims (start to next row) and that the
 * sections follow one another down the sheet without overlapping.
 */
import type { Section } from "../../src/sheets/sections";

export interface SectionSpan {
  readonly name: string;
  readonly startRow: number;
  readonly nextRow: number;
  /** The lowest and highest zero-based row any of its blocks (spills included) or tables use; -1 when it has none. */
  readonly firstUsed: number;
  readonly lastUsed: number;
}

export function sectionSpans<I>(sections: readonly Section<I>[], inputs: I, startRow = 0): SectionSpan[] {
  const spans: SectionSpan[] = [];
  let row = startRow;
  for (const section of sections) {
    const out = section(inputs, row);
    const rows: number[] = [];
    for (const b of out.blocks) rows.push(b.row, b.row + Math.max(b.cells.length, b.spill?.rows ?? 0) - 1);
    for (const t of out.tables ?? []) rows.push(t.row, t.row + t.rows.length);
    spans.push({
      name: section.name,
      startRow: row,
      nextRow: out.nextRow,
      firstUsed: rows.length > 0 ? Math.min(...rows) : -1,
      lastUsed: rows.length > 0 ? Math.max(...rows) : -1,
    });
    row = out.nextRow;
  }
  return spans;
}

/** The spans that break the pattern: a section writing above its start row or on or after its next row. */
export function spansOutOfPlace(spans: readonly SectionSpan[]): string[] {
  return spans
    .filter((s) => s.firstUsed >= 0 && (s.firstUsed < s.startRow || s.lastUsed >= s.nextRow))
    .map((s) => `${s.name}: rows ${s.firstUsed}-${s.lastUsed} outside ${s.startRow}-${s.nextRow - 1}`);
}
