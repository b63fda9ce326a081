/**
 * The district summary as a pure model: one row per school, referencing the source table's
 * cells, with the guide hours as live SEND.SENCOHOURS formulas (previews from the same rule),
 * the allocated hours, the difference and a below-guide flag; the district totals as live
 * formulas; a chart of schools by hours; and every row with bad data, with its reason.
 *
 * Validation of each school's inputs uses the shared coercers (the ones SEND.SENCOHOURS uses),
 * so a row is reported as bad exactly when the formula would give an error, in the same words.
 * The hours come from src/rules (sencoHours): no rule is re-implemented here.
 *
 * Pure: no DOM, no Office. Fast enough for 24,000 schools (one pass, no per-row closures).
 */
import { countArg, moneyArg, numberArg, percentArg, type Coercer } from "../../values/coerce";
import { isRuleError, type FieldNamer } from "../../rules/errors";
import { ALLOCATED_HOURS_LIMITS, sencoHours } from "../../rules/senco-time";
import { checkStageCounts } from "../../rules/sen-stage-counts";
import { cellAddress, columnLetters } from "../a1-address";
import type { Block, ChartSpec, ModelCell, SheetModel, TableSpec } from "../sheet-model";
import { quoteSheetName } from "../sheet-names";
import { headerUnit, type ColumnMapping } from "./header-detection";

/** The table the summary is built from, as read from Excel (or a CSV). */
export interface DistrictSource {
  /** The sheet holding the table (for references such as ='Schools'!B2). */
  readonly sheetName: string;
  /** Zero-based sheet row of the header row. */
  readonly headerRow: number;
  /** Zero-based sheet column of the table's first column. */
  readonly firstCol: number;
  readonly headers: readonly unknown[];
  /** Data rows below the header, as Excel's values (numbers, text, booleans, blanks). */
  readonly rows: readonly (readonly unknown[])[];
}

export interface DistrictSummaryOptions {
  /** Sheet title wanted (the writer makes it valid and free). Default "District summary". */
  readonly title?: string;
  /** Label of the source shown on the sheet, e.g. "Schools!A1:H115" or "sample-district.csv". */
  readonly sourceLabel?: string;
}

/** One school that passed validation, with the rule's guide hours. */
export interface SchoolResult {
  /** Zero-based index of the row in source.rows. */
  readonly index: number;
  readonly name: string;
  readonly guideHours: number;
  readonly allocatedHours: number | undefined;
  readonly belowGuide: boolean;
}

/** A row left out of the summary, with why. */
export interface BadRow {
  /** Row number as Excel shows it on the source sheet (1-based). */
  readonly sheetRow: number;
  readonly name: string;
  readonly reason: string;
}

export interface DistrictTotals {
  readonly schools: number;
  readonly totalGuideHours: number;
  /** Undefined when the table has no allocated-hours column. */
  readonly totalAllocatedHours: number | undefined;
  readonly schoolsWithAllocated: number;
  readonly belowGuide: number | undefined;
  /** Share of the schools with allocated hours that are below the guide (0 to 1). */
  readonly shareBelowGuide: number | undefined;
  readonly meanGuideHours: number | undefined;
  readonly medianGuideHours: number | undefined;
  readonly badRows: number;
  readonly blankRows: number;
}

export interface DistrictSummary {
  readonly model: SheetModel;
  readonly schools: readonly SchoolResult[];
  readonly badRows: readonly BadRow[];
  readonly totals: DistrictTotals;
}

export const BELOW_GUIDE_TEXT = "Below guide";
export const NOT_GIVEN_TEXT = "Not given";
/** Chart bins: whole hours 0 .. MAX_BIN-1, then "MAX_BIN or more". */
const MAX_BIN = 12;

// The same coercers SEND.SENCOHOURS uses for its arguments (src/functions/senco.ts).
const BUDGET: Coercer<number> = moneyArg("notional_sen_budget");
const SCHOOL_ACTION: Coercer<number> = countArg("school_action");
const SCHOOL_ACTION_PLUS: Coercer<number> = countArg("school_action_plus");
const STATEMENTS: Coercer<number> = countArg("statements");
const MOBILITY: Coercer<number | undefined> = percentArg("pupil_mobility", { optional: true });
const ALLOCATED: Coercer<number | undefined> = numberArg("allocated_senco_hours", ALLOCATED_HOURS_LIMITS, {
  optional: true,
});
const TOTAL_PUPILS: Coercer<number> = countArg("total_pupils");

/** How the mobility column's numbers are read. */
export interface MobilityUnits {
  /** "fraction": 0.13 is 13% (as Excel holds 13%); "percent": whole numbers are percentages (13 is 13%). */
  readonly mode: "fraction" | "percent";
  /** Said once in the mapping notes when the numbers are read as percentages. */
  readonly note?: string;
  /** The column mixes shares (0.13) and whole percentages (13): the user fixes it; nothing is guessed row by row. */
  readonly problem?: string;
}

/**
 * Decide once, for the whole mobility column, what its numbers mean: when its header names a
 * percentage ("Mobility %", "Turnover rate") or it holds numbers above 1, whole numbers are
 * percentages (13 means 13%); a column holding both shares between 0 and 1 (0.13) and numbers
 * above 1 (13) is a problem to fix. Text such as "13%" is read as written either way.
 */
export function mobilityUnits(source: DistrictSource, mapping: ColumnMapping): MobilityUnits | undefined {
  const column = mapping.mobility;
  if (column === undefined) return undefined;
  const header = source.headers[column];
  const name =
    header === null || header === undefined || String(header).trim() === ""
      ? `column ${column + 1}`
      : `"${String(header).trim()}"`;
  let fractionRow = -1;
  let overOneRow = -1;
  const rows = source.rows;
  for (let i = 0; i < rows.length; i += 1) {
    const v = rows[i]![column];
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    if (v > 0 && v < 1 && fractionRow < 0) fractionRow = i;
    else if (v > 1 && overOneRow < 0) overOneRow = i;
    if (fractionRow >= 0 && overOneRow >= 0) break;
  }
  const sheetRow = (i: number): number => source.headerRow + 2 + i;
  if (fractionRow >= 0 && overOneRow >= 0)
    return {
      mode: "fraction",
      problem: `${name} mixes shares such as ${String(rows[fractionRow]![column])} (row ${sheetRow(fractionRow)}) with whole percentages such as ${String(rows[overOneRow]![column])} (row ${sheetRow(overOneRow)}): write every mobility the same way (13% or 0.13) before building the summary, or choose no mobility column.`,
    };
  if (overOneRow >= 0 || (headerUnit(header) === "percent" && fractionRow < 0))
    return {
      mode: "percent",
      note: `${name} ${overOneRow >= 0 ? "holds numbers above 1" : "is headed as a percentage"}: its numbers are read as percentages for the whole column (13 means 13%).`,
    };
  return { mode: "fraction" };
}

function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function rowIsBlank(row: readonly unknown[]): boolean {
  for (let i = 0; i < row.length; i += 1) if (!isBlankCell(row[i])) return false;
  return true;
}

/**
 * The district surface's names for the fields: each input's column header as the user's table
 * spells it ("SEN Support"), so a reason points at the column to fix.
 */
function columnNamer(source: DistrictSource, mapping: ColumnMapping): FieldNamer {
  const columns: Record<string, number | undefined> = {
    notional_sen_budget: mapping.budget,
    school_action: mapping.schoolAction,
    school_action_plus: mapping.schoolActionPlus,
    statements: mapping.statements,
    pupil_mobility: mapping.mobility,
    allocated_senco_hours: mapping.allocated,
    total_pupils: mapping.pupils,
  };
  return (ref) => {
    const col = columns[ref.key];
    const header = col === undefined ? undefined : source.headers[col];
    if (header === undefined || header === null || String(header).trim() === "") return ref.key;
    return `"${String(header).trim()}"`;
  };
}

function reasonOf(error: unknown, namer: FieldNamer): string {
  if (isRuleError(error)) return error.render(namer);
  return error instanceof Error ? error.message : String(error);
}

function nameOf(row: readonly unknown[], mapping: ColumnMapping): string {
  const name = mapping.name !== undefined ? row[mapping.name] : undefined;
  const urn = mapping.urn !== undefined ? row[mapping.urn] : undefined;
  const parts: string[] = [];
  if (!isBlankCell(name)) parts.push(String(name).trim());
  if (!isBlankCell(urn))
    parts.push(mapping.name !== undefined ? `(URN ${String(urn).trim()})` : `URN ${String(urn).trim()}`);
  return parts.length > 0 ? parts.join(" ") : "(no name)";
}

function median(sortedCounts: number[], count: number): number | undefined {
  // sortedCounts[h] = number of schools with guide h hours (h small whole numbers).
  if (count === 0) return undefined;
  const lower = Math.floor((count - 1) / 2);
  const upper = Math.floor(count / 2);
  let seen = 0;
  let lowValue: number | undefined;
  for (let h = 0; h < sortedCounts.length; h += 1) {
    seen += sortedCounts[h] ?? 0;
    if (lowValue === undefined && seen > lower) lowValue = h;
    if (seen > upper) return (lowValue! + h) / 2;
  }
  return lowValue;
}

interface Column {
  readonly header: string;
  readonly format: string | null;
  readonly width: number;
}

/**
 * Build the district summary. `mapping` gives the column (within source.headers) of each field;
 * it must have a name or URN, the budget, School Action / SEN support and statements / EHC plans.
 */
export function buildDistrictSummary(
  source: DistrictSource,
  mapping: ColumnMapping,
  options: DistrictSummaryOptions = {},
): DistrictSummary {
  if (mapping.name === undefined && mapping.urn === undefined)
    throw new Error("Choose the column holding the school name or URN.");
  if (mapping.budget === undefined) throw new Error("Choose the column holding the notional SEN budget.");
  if (mapping.schoolAction === undefined)
    throw new Error("Choose the column holding School Action or SEN support (K).");
  if (mapping.statements === undefined) throw new Error("Choose the column holding statements or EHC plans (E).");
  const units = mobilityUnits(source, mapping);
  if (units?.problem) throw new Error(units.problem);
  const mobilityPercent = units?.mode === "percent";
  const hasPupils = mapping.pupils !== undefined;
  const hasUrn = mapping.urn !== undefined;
  const firstRowOfUrn = new Map<string, number>();

  const hasPlus = mapping.schoolActionPlus !== undefined;
  const hasMobility = mapping.mobility !== undefined;
  const hasAllocated = mapping.allocated !== undefined;
  const sheetRef = `${quoteSheetName(source.sheetName)}!`;
  const srcCol = (index: number): string => columnLetters(source.firstCol + index);

  // Summary columns, left to right.
  const columns: Column[] = [];
  const col = {
    name: -1,
    urn: -1,
    budget: -1,
    sa: -1,
    sap: -1,
    st: -1,
    mob: -1,
    guide: -1,
    alloc: -1,
    diff: -1,
    flag: -1,
  };
  const add = (key: keyof typeof col, header: string, format: string | null, width: number): void => {
    col[key] = columns.length;
    columns.push({ header, format, width });
  };
  if (mapping.name !== undefined) add("name", "School", null, 220);
  if (mapping.urn !== undefined) add("urn", "URN", "0", 60);
  add("budget", "Notional SEN budget", "£#,##0", 90);
  add("sa", "School Action or SEN support (K)", "0", 80);
  if (hasPlus) add("sap", "School Action Plus", "0", 70);
  add("st", "Statements or EHC plans (E)", "0", 80);
  if (hasMobility) add("mob", "Pupil mobility", "0%", 60);
  add("guide", "Guide hours per week (SEND.SENCOHOURS)", "0", 90);
  if (hasAllocated) {
    add("alloc", "Allocated SENCO hours", "0.0", 80);
    add("diff", "Difference (allocated minus guide)", "+0.0;-0.0;0.0", 90);
    add("flag", "Below guide?", null, 80);
  }
  const width = columns.length;
  const L = columns.map((_c, i) => columnLetters(i)); // summary column letters

  // Pass 1: validate every row with the shared coercers, compute guide hours with the rule.
  const schools: SchoolResult[] = [];
  const badRows: BadRow[] = [];
  const inputs: {
    budget: number;
    sa: number;
    sap: number;
    st: number;
    mob: number | undefined;
    alloc: number | undefined;
  }[] = [];
  let blankRows = 0;
  const rows = source.rows;
  const namer = columnNamer(source, mapping);
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    if (rowIsBlank(row)) {
      blankRows += 1;
      continue;
    }
    try {
      const budget = BUDGET.coerce(row[mapping.budget]);
      const sa = SCHOOL_ACTION.coerce(row[mapping.schoolAction]);
      const sap = hasPlus ? SCHOOL_ACTION_PLUS.coerce(row[mapping.schoolActionPlus!]) : 0;
      const st = STATEMENTS.coerce(row[mapping.statements]);
      const rawMob = hasMobility ? row[mapping.mobility!] : undefined;
      // Whole percentages (13) are read as the text "13%" would be, so a bad one is named as written ("150%").
      const mob = hasMobility
        ? MOBILITY.coerce(mobilityPercent && typeof rawMob === "number" ? `${rawMob}%` : rawMob)
        : undefined;
      const alloc = hasAllocated ? ALLOCATED.coerce(row[mapping.allocated!]) : undefined;
      const rawPupils = hasPupils ? row[mapping.pupils!] : undefined;
      const pupils = isBlankCell(rawPupils) ? undefined : TOTAL_PUPILS.coerce(rawPupils);
      checkStageCounts(
        [
          { key: "school_action", value: sa },
          { key: "school_action_plus", value: sap },
          { key: "statements", value: st },
        ],
        pupils,
      );
      if (hasUrn) {
        const urn = row[mapping.urn!];
        if (!isBlankCell(urn)) {
          const key = String(urn).trim();
          const first = firstRowOfUrn.get(key);
          if (first !== undefined)
            throw new Error(
              `URN ${key} is in the table again (first in row ${first}): this row is left out so the school is not counted twice.`,
            );
          firstRowOfUrn.set(key, source.headerRow + 2 + i);
        }
      }
      const guideHours = sencoHours({
        notionalSenBudget: budget,
        schoolAction: sa,
        schoolActionPlus: sap,
        statements: st,
        pupilMobility: mob,
      });
      schools.push({
        index: i,
        name: nameOf(row, mapping),
        guideHours,
        allocatedHours: alloc,
        belowGuide: alloc !== undefined && alloc < guideHours,
      });
      inputs.push({ budget, sa, sap, st, mob, alloc });
    } catch (error) {
      badRows.push({ sheetRow: source.headerRow + 2 + i, name: nameOf(row, mapping), reason: reasonOf(error, namer) });
    }
  }

  // Totals, computed here for the previews (the sheet holds live formulas).
  let totalGuide = 0;
  let totalAllocated = 0;
  let withAllocated = 0;
  let below = 0;
  let maxGuide = 0;
  const guideCounts: number[] = [];
  for (const s of schools) {
    totalGuide += s.guideHours;
    guideCounts[s.guideHours] = (guideCounts[s.guideHours] ?? 0) + 1;
    if (s.guideHours > maxGuide) maxGuide = s.guideHours;
    if (s.allocatedHours !== undefined) {
      totalAllocated += s.allocatedHours;
      withAllocated += 1;
      if (s.belowGuide) below += 1;
    }
  }
  const n = schools.length;
  const totals: DistrictTotals = {
    schools: n,
    totalGuideHours: totalGuide,
    totalAllocatedHours: hasAllocated ? Math.round(totalAllocated * 1e6) / 1e6 : undefined,
    schoolsWithAllocated: withAllocated,
    belowGuide: hasAllocated ? below : undefined,
    shareBelowGuide: hasAllocated ? (withAllocated === 0 ? 0 : below / withAllocated) : undefined,
    meanGuideHours: n === 0 ? undefined : totalGuide / n,
    medianGuideHours: median(guideCounts, n),
    badRows: badRows.length,
    blankRows,
  };

  // Layout (zero-based rows).
  const blocks: Block[] = [];
  const title = options.title ?? "District summary";
  blocks.push({
    row: 0,
    col: 0,
    cells: [["District summary: SENCO essential-duties time (guide minimum per week)"]],
    style: "title",
  });
  const sourceLabel = options.sourceLabel ?? `${source.sheetName}`;
  blocks.push({
    row: 1,
    col: 0,
    cells: [
      [
        `Source: ${sourceLabel}. Inputs are references to the source table and the guide hours are live SEND.SENCOHOURS formulas, so they follow changes to it.`,
      ],
      [
        "SEN support (K) pupils are counted like School Action (x 1), the default of SEND.SENCOHOURSFROMREGISTER; the guide is a floor.",
      ],
    ],
    style: "note",
  });

  // Totals block at rows 4.. (labels in A, values in B).
  const totalsTop = 4;
  blocks.push({ row: totalsTop - 1, col: 0, cells: [["District totals"]], style: "heading" });
  // Table position depends on the bad-rows block and the chart data; computed below, referenced lazily in formulas.
  const binCount = Math.max(1, Math.min(MAX_BIN, Math.max(maxGuide, maxAllocatedBin(schools)) + 1));
  const totalsRowsCount = hasAllocated ? 8 : 5;
  const chartTop = totalsTop + totalsRowsCount + 2;
  const chartDataRows = binCount + 1; // bins + "or more"
  const badTop = chartTop + chartDataRows + 3;
  const badRowsCount = badRows.length;
  const badBlockRows = badRowsCount === 0 ? 1 : badRowsCount + 1;
  const tableHeading = badTop + badBlockRows + 2;
  const tableRow = tableHeading + 1;
  const first = tableRow + 2; // 1-based Excel row of the first school (below the header row)
  const last = Math.max(first, tableRow + 1 + n); // 1-based row of the last school; one row when there are none
  const colRange = (key: keyof typeof col): string => `${L[col[key]]}${first}:${L[col[key]]}${last}`;

  const guideRange = colRange("guide");
  const totalsCells: ModelCell[][] = [
    ["Schools in the summary", { formula: `=COUNT(${guideRange})`, preview: n }],
    ["Total guide hours per week", { formula: `=SUM(${guideRange})`, preview: totalGuide }],
    [
      "Mean guide hours per school",
      { formula: `=IF(COUNT(${guideRange})=0,"",AVERAGE(${guideRange}))`, preview: totals.meanGuideHours ?? "" },
    ],
    [
      "Median guide hours per school",
      { formula: `=IF(COUNT(${guideRange})=0,"",MEDIAN(${guideRange}))`, preview: totals.medianGuideHours ?? "" },
    ],
  ];
  const totalsFormats: (string | null)[][] = [["0"], ["#,##0"], ["0.00"], ["0.0"]];
  if (hasAllocated) {
    const allocRange = colRange("alloc");
    const flagRange = colRange("flag");
    totalsCells.push(
      [
        "Total allocated SENCO hours per week",
        { formula: `=SUM(${allocRange})`, preview: totals.totalAllocatedHours ?? 0 },
      ],
      ["Schools with allocated hours given", { formula: `=COUNT(${allocRange})`, preview: withAllocated }],
      ["Schools below the guide", { formula: `=COUNTIF(${flagRange},"${BELOW_GUIDE_TEXT}")`, preview: below }],
      [
        "Share of those schools below the guide",
        {
          formula: `=IF(COUNT(${allocRange})=0,0,COUNTIF(${flagRange},"${BELOW_GUIDE_TEXT}")/COUNT(${allocRange}))`,
          preview: totals.shareBelowGuide ?? 0,
        },
      ],
    );
    totalsFormats.push(["#,##0.0"], ["0"], ["0"], ["0.0%"]);
  }
  totalsCells.push(["Rows with bad data (listed below, not in the totals)", badRowsCount]);
  totalsFormats.push(["0"]);
  // Totals: one block per row so each value keeps its own number format.
  totalsCells.forEach((cells, r) => {
    blocks.push({
      row: totalsTop + r,
      col: 0,
      cells: [cells],
      numberFormat: [null, totalsFormats[r]![0]!],
      style: "label",
    });
  });
  if (!hasAllocated) {
    blocks.push({
      row: totalsTop + totalsCells.length,
      col: 0,
      cells: [["No allocated SENCO hours column was chosen: add one to compare schools with the guide."]],
      style: "note",
    });
  }

  // Chart data: schools by whole hours per week, guide and allocated, as live COUNTIFS.
  blocks.push({
    row: chartTop - 1,
    col: 0,
    cells: [["Schools by SENCO hours per week (chart data)"]],
    style: "heading",
  });
  const chartHeader: ModelCell[] = hasAllocated
    ? ["Hours per week", "Schools at this guide", "Schools with this allocation"]
    : ["Hours per week", "Schools at this guide"];
  const chartRows: ModelCell[][] = [];
  const allocBins: number[] = [];
  const guideBins: number[] = [];
  for (const s of schools) {
    const g = Math.min(s.guideHours, binCount);
    guideBins[g] = (guideBins[g] ?? 0) + 1;
    if (s.allocatedHours !== undefined) {
      const a = Math.min(Math.floor(s.allocatedHours), binCount);
      allocBins[a] = (allocBins[a] ?? 0) + 1;
    }
  }
  for (let b = 0; b <= binCount; b += 1) {
    const lastBin = b === binCount;
    const label = lastBin ? `${b} or more` : b === 0 ? "Under 1" : `${b} to under ${b + 1}`;
    const countFormula = (range: string): string =>
      lastBin ? `=COUNTIFS(${range},">=${b}")` : `=COUNTIFS(${range},">=${b}",${range},"<${b + 1}")`;
    const cells: ModelCell[] = [label, { formula: countFormula(guideRange), preview: guideBins[b] ?? 0 }];
    if (hasAllocated) cells.push({ formula: countFormula(colRange("alloc")), preview: allocBins[b] ?? 0 });
    chartRows.push(cells);
  }
  blocks.push({ row: chartTop, col: 0, cells: [chartHeader], style: "header" });
  blocks.push({ row: chartTop + 1, col: 0, cells: chartRows, numberFormat: [null, "0", "0"] });
  const chartCols = chartHeader.length;
  const charts: ChartSpec[] = [
    {
      type: "ColumnClustered",
      title: hasAllocated
        ? "Schools by SENCO hours per week: guide and allocated"
        : "Schools by guide SENCO hours per week",
      dataRange: `A${chartTop + 1}:${columnLetters(chartCols - 1)}${chartTop + 1 + chartDataRows}`,
      row: totalsTop - 1,
      col: 4,
    },
  ];

  // Bad rows, with their reason.
  blocks.push({
    row: badTop - 1,
    col: 0,
    cells: [["Rows with bad data (left out of the summary until fixed)"]],
    style: "heading",
  });
  if (badRowsCount === 0) {
    blocks.push({ row: badTop, col: 0, cells: [["None: every row with data is in the summary."]], style: "ok" });
  } else {
    blocks.push({ row: badTop, col: 0, cells: [["Source row", "School", "Reason"]], style: "header" });
    const badCells: ModelCell[][] = new Array(badRowsCount);
    for (let i = 0; i < badRowsCount; i += 1) {
      const b = badRows[i]!;
      badCells[i] = [b.sheetRow, b.name, b.reason];
    }
    blocks.push({ row: badTop + 1, col: 0, cells: badCells, numberFormat: ["0", null, null], style: "warning" });
  }

  // The schools table.
  blocks.push({ row: tableHeading, col: 0, cells: [["Schools"]], style: "heading" });
  const tableRows: ModelCell[][] = new Array(n);
  const colName = mapping.name;
  const colUrn = mapping.urn;
  const budgetLetters = srcCol(mapping.budget);
  const saLetters = srcCol(mapping.schoolAction);
  const sapLetters = hasPlus ? srcCol(mapping.schoolActionPlus!) : "";
  const stLetters = srcCol(mapping.statements);
  const mobLetters = hasMobility ? srcCol(mapping.mobility!) : "";
  const allocLetters = hasAllocated ? srcCol(mapping.allocated!) : "";
  const nameLetters = colName !== undefined ? srcCol(colName) : "";
  const urnLetters = colUrn !== undefined ? srcCol(colUrn) : "";
  const Lb = L[col.budget]!;
  const Lsa = L[col.sa]!;
  const Lsap = hasPlus ? L[col.sap]! : "";
  const Lst = L[col.st]!;
  const Lmob = hasMobility ? L[col.mob]! : "";
  const Lguide = L[col.guide]!;
  const Lalloc = hasAllocated ? L[col.alloc]! : "";
  for (let k = 0; k < n; k += 1) {
    const s = schools[k]!;
    const v = inputs[k]!;
    const srcRow = source.headerRow + 2 + s.index; // 1-based row on the source sheet
    const r = first + k; // 1-based row on the summary sheet
    const cells: ModelCell[] = new Array(width);
    if (colName !== undefined)
      cells[col.name] = {
        formula: `=${sheetRef}${nameLetters}${srcRow}&""`,
        preview: String(source.rows[s.index]![colName] ?? ""),
      };
    if (colUrn !== undefined) {
      const urn = source.rows[s.index]![colUrn];
      cells[col.urn] = {
        formula: `=${sheetRef}${urnLetters}${srcRow}`,
        preview: typeof urn === "number" || typeof urn === "string" ? urn : "",
      };
    }
    cells[col.budget] = { formula: `=${sheetRef}${budgetLetters}${srcRow}`, preview: v.budget };
    cells[col.sa] = { formula: `=${sheetRef}${saLetters}${srcRow}`, preview: v.sa };
    if (hasPlus) cells[col.sap] = { formula: `=${sheetRef}${sapLetters}${srcRow}`, preview: v.sap };
    cells[col.st] = { formula: `=${sheetRef}${stLetters}${srcRow}`, preview: v.st };
    if (hasMobility)
      cells[col.mob] = {
        formula: mobilityPercent
          ? `=IF(ISBLANK(${sheetRef}${mobLetters}${srcRow}),"",IF(ISNUMBER(${sheetRef}${mobLetters}${srcRow}),${sheetRef}${mobLetters}${srcRow}/100,${sheetRef}${mobLetters}${srcRow}))`
          : `=IF(ISBLANK(${sheetRef}${mobLetters}${srcRow}),"",${sheetRef}${mobLetters}${srcRow})`,
        preview: v.mob ?? "",
      };
    const args = `${Lb}${r},${Lsa}${r},${hasPlus ? `${Lsap}${r}` : "0"},${Lst}${r}${hasMobility ? `,${Lmob}${r}` : ""}`;
    cells[col.guide] = { formula: `=SEND.SENCOHOURS(${args})`, preview: s.guideHours };
    if (hasAllocated) {
      const ref = `${sheetRef}${allocLetters}${srcRow}`;
      const a = `${Lalloc}${r}`;
      cells[col.alloc] = { formula: `=IF(ISBLANK(${ref}),"",--${ref})`, preview: v.alloc ?? "" };
      cells[col.diff] = {
        formula: `=IF(${a}="","",${a}-${Lguide}${r})`,
        preview: v.alloc === undefined ? "" : Math.round((v.alloc - s.guideHours) * 1e6) / 1e6,
      };
      cells[col.flag] = {
        formula: `=IF(${a}="","${NOT_GIVEN_TEXT}",IF(${a}<${Lguide}${r},"${BELOW_GUIDE_TEXT}",""))`,
        preview: v.alloc === undefined ? NOT_GIVEN_TEXT : s.belowGuide ? BELOW_GUIDE_TEXT : "",
      };
    }
    tableRows[k] = cells;
  }
  const table: TableSpec = {
    name: "DistrictSummary",
    row: tableRow,
    col: 0,
    headers: columns.map((c) => c.header),
    rows: tableRows,
    numberFormat: columns.map((c) => c.format),
  };
  const model: SheetModel = {
    title,
    blocks,
    tables: n > 0 ? [table] : [],
    charts: n > 0 ? charts : [],
    columnWidths: columns.map((c, i) => (i === 0 ? Math.max(c.width, 260) : c.width)),
  };
  if (n === 0)
    blocks.push({
      row: tableRow,
      col: 0,
      cells: [["No school has usable data: see the rows with bad data above."]],
      style: "warning",
    });
  return { model, schools, badRows, totals };
}

function maxAllocatedBin(schools: readonly SchoolResult[]): number {
  let max = 0;
  for (const s of schools)
    if (s.allocatedHours !== undefined && s.allocatedHours > max) max = Math.floor(s.allocatedHours);
  return max;
}

/** The first school's row on the summary sheet (1-based), for messages and tests. */
export function summaryCell(summary: DistrictSummary, schoolIndex: number, column: number): string {
  const table = summary.model.tables?.[0];
  if (!table) throw new Error("The summary has no schools table.");
  return cellAddress(table.row + 1 + schoolIndex, table.col + column);
}
