/**
 * The DfE's school-level SEN data in the long format it now publishes ("Special educational needs
 * in England", "School underlying data file (2026 format)": one row per school per SEN provision
 * and primary need, with columns such as time_period, school_urn, school_name, school_laestab,
 * la_name, specialist_provision_unit_type, sen_provision, sen_primary_need, pupil_count), pivoted
 * to one row per school: URN, school name, LAESTAB, LA, total pupils, SEN support (K) and EHC plan
 * (E), so a local authority can join it to its budget table.
 *
 * Only the rows that are totals over every other breakdown are read (sen_primary_need and
 * specialist_provision_unit_type "All pupils" or "Total"): adding the per-need rows as well would
 * count pupils twice. A provision total that appears twice for a school is reported, never added.
 * A school with its total row but no row for SEN support or EHC plan gets 0 for it, and the notes
 * say how many. Suppressed counts ("x", "c", "z") are kept as written, so the summary lists the
 * school as a bad row naming the column. When the file holds several years, the latest is read.
 * A URN written in scientific notation ("1e+05", as the 2025 file writes URN 100000) is read as
 * the whole number it stands for, and only when it is exactly one.
 *
 * Pure: rows in (from a CsvReader or a sheet's values), a table out. One pass, one Map entry per
 * school: fast enough for the 760,000 rows of all of England.
 */
import { parseUrn } from "../../../values/school-keys";
import { csvCellValue, type CsvReader } from "./csv";
import { findHeader, normalizeHeader } from "../../header-match";
import { countText } from "../../number-format";
import type { SheetModel } from "../../sheet-model";

/** The pivoted table's headers, spelt so the district header detection maps them. */
export const PIVOT_HEADERS: readonly string[] = [
  "URN",
  "School name",
  "LAESTAB",
  "LA name",
  "Total pupils",
  "SEN support",
  "EHC plan",
];

interface LongColumns {
  readonly urn: number;
  readonly provision: number;
  readonly count: number;
  readonly name: number;
  readonly laestab: number;
  readonly la: number;
  readonly period: number;
  /** Breakdown columns whose total ("All pupils"/"Total") rows are the ones read. */
  readonly breakdowns: readonly number[];
}

/** The long format's columns, or undefined when the header row is not the long format. */
export function dfeLongColumns(headers: readonly unknown[]): LongColumns | undefined {
  const normalized = headers.map(normalizeHeader);
  const urn = findHeader(normalized, "school urn", "urn");
  const provision = findHeader(normalized, "sen provision");
  const count = findHeader(normalized, "pupil count", "headcount", "number of pupils");
  if (urn < 0 || provision < 0 || count < 0) return undefined;
  const breakdowns: number[] = [];
  normalized.forEach((h, i) => {
    if (
      h === "sen primary need" ||
      h === "sen secondary need" ||
      h === "specialist provision unit type" ||
      h === "sen type"
    )
      breakdowns.push(i);
  });
  return {
    urn,
    provision,
    count,
    name: findHeader(normalized, "school name"),
    laestab: findHeader(normalized, "school laestab", "laestab"),
    la: findHeader(normalized, "la name"),
    period: findHeader(normalized, "time period"),
    breakdowns,
  };
}

type Provision = "total" | "K" | "E" | "N" | "other";

/** A sen_provision value: the total, SEN support, EHC plan, no SEN, or another breakdown. */
export function provisionOf(value: string): Provision {
  const v = value.trim().toLowerCase();
  if (v === "all pupils" || v === "total" || v === "all") return "total";
  if (v === "sen support" || v.startsWith("sen support ") || v === "sen without an ehc plan" || v === "k") return "K";
  if (
    v === "education, health and care plan" ||
    v === "education health and care plan" ||
    v === "ehc plan" ||
    v === "ehcp" ||
    v === "statement or ehc plan" ||
    v === "e"
  )
    return "E";
  if (v === "no sen" || v === "no special educational need" || v === "no special educational needs" || v === "n")
    return "N";
  return "other";
}

function isTotalLabel(value: unknown): boolean {
  const v = String(value ?? "")
    .trim()
    .toLowerCase();
  return v === "all pupils" || v === "total" || v === "all";
}

interface SchoolEntry {
  urn: string;
  name: string;
  laestab: string;
  la: string;
  period: string;
  total: string | undefined;
  k: string | undefined;
  e: string | undefined;
}

export interface PivotResult {
  readonly headers: readonly string[];
  /** One row per school, in the order the schools first appear: URN and LAESTAB as text, counts as numbers (or the text the file holds). */
  readonly rows: (string | number | null)[][];
  /** Rows read (data rows, not counting the header). */
  readonly rowsRead: number;
  /** A provision total that appeared twice for a school: listed, never added. */
  readonly duplicates: readonly { urn: string; provision: string; line: number }[];
  /** Plain-English notes for the pane (what was read, what was left out, duplicates). */
  readonly notes: readonly string[];
}

/** Pivots long-format rows fed one at a time (from a CsvReader or a sheet's values). */
export class DfeLongPivot {
  private readonly schools = new Map<string, SchoolEntry>();
  private readonly duplicates: { urn: string; provision: string; line: number }[] = [];
  private readonly unknownProvisions = new Set<string>();
  private latestPeriod = "";
  private readonly periods = new Set<string>();
  private rowsRead = 0;

  constructor(private readonly columns: LongColumns) {}

  /** Add one data row; `line` is its line (or sheet row) number for messages. */
  add(row: readonly unknown[], line: number): void {
    this.addCells((col) => row[col], line);
  }

  /** Add the row a CsvReader has just scanned, making strings only of the fields read. */
  addScanned(reader: CsvReader, line: number): void {
    this.addCells((col) => reader.field(col), line);
  }

  private addCells(cell: (col: number) => unknown, line: number): void {
    this.rowsRead += 1;
    const c = this.columns;
    for (let b = 0; b < c.breakdowns.length; b += 1) if (!isTotalLabel(cell(c.breakdowns[b]!))) return;
    const row = { [c.urn]: cell(c.urn) } as Record<number, unknown>;
    for (const col of [c.provision, c.count, c.name, c.laestab, c.la, c.period]) if (col >= 0) row[col] = cell(col);
    const written = String(row[c.urn] ?? "").trim();
    if (written === "") return;
    // "1e+05" (statistical software's way of writing URN 100000) is read as the URN it stands for.
    const urn = parseUrn(written) ?? written;
    const provisionText = String(row[c.provision] ?? "");
    const provision = provisionOf(provisionText);
    if (provision === "N") return;
    if (provision === "other") {
      if (this.unknownProvisions.size < 20) this.unknownProvisions.add(provisionText.trim());
      return;
    }
    const period = c.period >= 0 ? String(row[c.period] ?? "").trim() : "";
    if (period !== "" && !this.periods.has(period)) {
      this.periods.add(period);
      if (period > this.latestPeriod) {
        this.latestPeriod = period;
        // A later year: the schools read so far belong to an earlier one.
        for (const [key, entry] of this.schools) if (entry.period !== period) this.schools.delete(key);
      }
    }
    if (period !== "" && period !== this.latestPeriod) return;
    let entry = this.schools.get(urn);
    if (!entry) {
      entry = {
        urn,
        name: c.name >= 0 ? String(row[c.name] ?? "") : "",
        laestab: c.laestab >= 0 ? String(row[c.laestab] ?? "").trim() : "",
        la: c.la >= 0 ? String(row[c.la] ?? "") : "",
        period,
        total: undefined,
        k: undefined,
        e: undefined,
      };
      this.schools.set(urn, entry);
    }
    const count = String(row[c.count] ?? "");
    const slot = provision === "total" ? "total" : provision === "K" ? "k" : "e";
    if (entry[slot] !== undefined) {
      this.duplicates.push({ urn, provision: provisionText.trim(), line });
      return;
    }
    entry[slot] = count;
  }

  finish(): PivotResult {
    const rows: (string | number | null)[][] = [];
    let noK = 0;
    let noE = 0;
    for (const s of this.schools.values()) {
      if (s.k === undefined && s.total !== undefined) noK += 1;
      if (s.e === undefined && s.total !== undefined) noE += 1;
      const count = (v: string | undefined, zeroWhenMissing: boolean): string | number | null =>
        v === undefined ? (zeroWhenMissing ? 0 : null) : csvCellValue(v);
      rows.push([
        s.urn,
        s.name,
        s.laestab,
        s.la,
        count(s.total, false),
        count(s.k, s.total !== undefined),
        count(s.e, s.total !== undefined),
      ]);
    }
    const notes: string[] = [
      `DfE long format: ${countText(this.rowsRead)} rows pivoted to ${countText(rows.length)} schools (one row each: total pupils, SEN support, EHC plan). Only the rows totalling every need were read, so no pupil is counted twice.`,
    ];
    if (this.periods.size > 1)
      notes.push(
        `The file holds ${this.periods.size} years (${[...this.periods].sort().join(", ")}): only the latest, ${this.latestPeriod}, is read.`,
      );
    if (noK > 0) notes.push(`${countText(noK)} schools have no SEN support row in the file: their SEN support is 0.`);
    if (noE > 0) notes.push(`${countText(noE)} schools have no EHC plan row in the file: their EHC plan count is 0.`);
    if (this.duplicates.length > 0) {
      const shown = this.duplicates
        .slice(0, 5)
        .map((d) => `URN ${d.urn} "${d.provision}" (line ${d.line})`)
        .join("; ");
      notes.push(
        `${countText(this.duplicates.length)} rows repeat a school's total already read and were not added: ${shown}${this.duplicates.length > 5 ? "; ..." : ""}.`,
      );
    }
    if (this.unknownProvisions.size > 0)
      notes.push(
        `sen_provision values not recognised, their rows not read: ${[...this.unknownProvisions].map((p) => `"${p}"`).join(", ")}.`,
      );
    return { headers: PIVOT_HEADERS, rows, rowsRead: this.rowsRead, duplicates: this.duplicates, notes };
  }
}

/** Pivot rows already in memory (header first). Returns undefined when the header row is not the long format. */
export function pivotDfeLong(rows: readonly (readonly unknown[])[]): PivotResult | undefined {
  const columns = dfeLongColumns(rows[0] ?? []);
  if (!columns) return undefined;
  const pivot = new DfeLongPivot(columns);
  for (let i = 1; i < rows.length; i += 1) pivot.add(rows[i]!, i + 1);
  return pivot.finish();
}

/** The pivoted table as a sheet (Excel: a new sheet the LA joins to its budget table by URN or LAESTAB). */
export function pivotSheetModel(pivot: PivotResult, sourceLabel: string): SheetModel {
  return {
    title: "DfE SEN by school",
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [["SEN support and EHC plans by school (DfE school-level SEN data, pivoted)"]],
        style: "title",
      },
      { row: 1, col: 0, cells: [[`Source: ${sourceLabel}.`], ...pivot.notes.map((note) => [note])], style: "note" },
    ],
    tables: [
      {
        name: "DfESenBySchool",
        row: pivot.notes.length + 3,
        col: 0,
        headers: pivot.headers,
        rows: pivot.rows,
        numberFormat: ["@", null, "@", null, "0", "0", "0"],
      },
    ],
    columnWidths: [70, 260, 80, 140, 80, 80, 80],
  };
}

/** The pivoted table as a source for the district summary preview (header first, as a sheet would hold it). */
export function pivotTable(pivot: PivotResult): (string | number | null)[][] {
  return [[...pivot.headers], ...pivot.rows];
}
