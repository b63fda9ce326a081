/**
 * The columns of the district summary's schools table, left to right: each with its header,
 * number format and width, the source column it needs (the summary has the column only when the
 * user's table has that one), and how it makes one school's cell: a reference to the source
 * table, or a live formula over the row's own cells, with its preview. Adding a column is one
 * entry here. A summary of joined tables also has one "Row in ..." column per table it reads (the
 * school's MATCH in it), and its inputs are INDEX lookups on those (lookups.ts) instead of
 * references to the source's rows.
 */
import type { ModelCell } from "../../sheet-model";
import type { DistrictField } from "../read/header-detection";
import { lookupFormula, lookupReference, type JoinLookups } from "../join/lookups";
import type { DistrictContext, SchoolRow, SchoolValues, SummaryColumn, SummaryColumnKey } from "./context-types";

export const BELOW_GUIDE_TEXT = "Below guide";
export const NOT_GIVEN_TEXT = "Not given";

/** This school's cell in another summary column: H12. */
function summaryCell(context: DistrictContext, key: SummaryColumnKey, row: SchoolRow): string {
  return `${context.letters[key]}${row.summaryRow}`;
}

/**
 * A field's cell as a formula, `body` made from the reference to the school's value: its INDEX
 * lookup on the school's MATCH (blank where the school has no row in that table); a joined field
 * with no lookup (the URN, the key itself) is its value.
 */
function inputCell(
  context: DistrictContext,
  field: DistrictField,
  row: SchoolRow,
  body: (ref: string) => string,
  preview: string | number,
): ModelCell {
  const found = context.fieldLookups[field];
  if (!found) return preview;
  const rowCell = `${found.matchLetter}${row.summaryRow}`; // the school's MATCH in that table
  return { formula: lookupFormula(found.lookup, rowCell, body(lookupReference(found.lookup, rowCell))), preview };
}

/** A plain reference to the input, previewing the checked value. */
function referenceCell(field: DistrictField, value: (v: SchoolValues) => number) {
  return (context: DistrictContext, row: SchoolRow): ModelCell =>
    inputCell(context, field, row, (ref) => ref, value(row.values));
}

function nameCell(context: DistrictContext, row: SchoolRow): ModelCell {
  const name = context.source.rows[row.school.index]![context.mapping.name!];
  return inputCell(context, "name", row, (ref) => `${ref}&""`, String(name ?? ""));
}

function urnCell(context: DistrictContext, row: SchoolRow): ModelCell {
  const urn = context.source.rows[row.school.index]![context.mapping.urn!];
  // Joined tables give the URN as read ("100000", from "1e+05" too): written as the number it is.
  const value = typeof urn === "string" && /^\d+$/.test(urn) && context.options.joined ? Number(urn) : urn;
  return inputCell(
    context,
    "urn",
    row,
    (ref) => ref,
    typeof value === "number" || typeof value === "string" ? value : "",
  );
}

/** Mobility: blank stays blank; whole percentages (13) are divided by 100 when the column holds them. */
function mobilityCell(context: DistrictContext, row: SchoolRow): ModelCell {
  const body = (ref: string): string =>
    context.mobilityPercent
      ? `IF(ISBLANK(${ref}),"",IF(ISNUMBER(${ref}),${ref}/100,${ref}))`
      : `IF(ISBLANK(${ref}),"",${ref})`;
  return inputCell(context, "mobility", row, body, row.values.mob ?? "");
}

/** The guide: SEND.SENCOHOURS over the row's own cells (0 for a missing School Action Plus). */
function guideCell(context: DistrictContext, row: SchoolRow): ModelCell {
  const { letters } = context;
  const r = row.summaryRow;
  const plus = letters.sap !== undefined ? `${letters.sap}${r}` : "0";
  const mobility = letters.mob !== undefined ? `,${letters.mob}${r}` : "";
  return {
    formula: `=SEND.SENCOHOURS(${letters.budget}${r},${letters.sa}${r},${plus},${letters.st}${r}${mobility})`,
    preview: row.school.guideHours,
  };
}

function allocatedCell(context: DistrictContext, row: SchoolRow): ModelCell {
  return inputCell(context, "allocated", row, (ref) => `IF(ISBLANK(${ref}),"",--${ref})`, row.values.alloc ?? "");
}

function differenceCell(context: DistrictContext, row: SchoolRow): ModelCell {
  const a = summaryCell(context, "alloc", row);
  const alloc = row.values.alloc;
  return {
    formula: `=IF(${a}="","",${a}-${summaryCell(context, "guide", row)})`,
    preview: alloc === undefined ? "" : Math.round((alloc - row.school.guideHours) * 1e6) / 1e6,
  };
}

function belowGuideCell(context: DistrictContext, row: SchoolRow): ModelCell {
  const a = summaryCell(context, "alloc", row);
  return {
    formula: `=IF(${a}="","${NOT_GIVEN_TEXT}",IF(${a}<${summaryCell(context, "guide", row)},"${BELOW_GUIDE_TEXT}",""))`,
    preview: row.values.alloc === undefined ? NOT_GIVEN_TEXT : row.school.belowGuide ? BELOW_GUIDE_TEXT : "",
  };
}

export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  { key: "name", header: "School", format: null, width: 220, needs: "name", cell: nameCell },
  { key: "urn", header: "URN", format: "0", width: 60, needs: "urn", cell: urnCell },
  {
    key: "budget",
    header: "Notional SEN budget",
    format: "£#,##0",
    width: 90,
    cell: referenceCell("budget", (v) => v.budget),
  },
  {
    key: "sa",
    header: "School Action or SEN support (K)",
    format: "0",
    width: 80,
    cell: referenceCell("schoolAction", (v) => v.sa),
  },
  {
    key: "sap",
    header: "School Action Plus",
    format: "0",
    width: 70,
    needs: "schoolActionPlus",
    cell: referenceCell("schoolActionPlus", (v) => v.sap),
  },
  {
    key: "st",
    header: "Statements or EHC plans (E)",
    format: "0",
    width: 80,
    cell: referenceCell("statements", (v) => v.st),
  },
  { key: "mob", header: "Pupil mobility", format: "0%", width: 60, needs: "mobility", cell: mobilityCell },
  { key: "guide", header: "Guide hours per week (SEND.SENCOHOURS)", format: "0", width: 90, cell: guideCell },
  { key: "alloc", header: "Allocated SENCO hours", format: "0.0", width: 80, needs: "allocated", cell: allocatedCell },
  {
    key: "diff",
    header: "Difference (allocated minus guide)",
    format: "+0.0;-0.0;0.0",
    width: 90,
    needs: "allocated",
    cell: differenceCell,
  },
  { key: "flag", header: "Below guide?", format: null, width: 80, needs: "allocated", cell: belowGuideCell },
];

/**
 * One column per table read, holding each school's MATCH in it (its row there, from 1); a school
 * no key or name finds alone holds its row as read (a snapshot, which the title notes say).
 */
export function lookupColumns(lookups: JoinLookups): SummaryColumn[] {
  return lookups.rows.map((lookup, j) => ({
    key: `row${j}` as const,
    header: lookup.header,
    format: "0",
    width: 90,
    cell: (_context: DistrictContext, row: SchoolRow): ModelCell => {
      const formula = lookup.formulas[row.school.index];
      const position = lookup.positions[row.school.index];
      if (position === undefined) return null;
      return formula === undefined ? position : { formula, preview: position };
    },
  }));
}
