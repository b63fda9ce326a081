/**
 * The district summary of joined tables (join.ts): the joined table summarised by the summary
 * model as one table is, with its inputs as live INDEX/MATCH lookups into the user's own tables
 * (lookups.ts), the tables it reads named on the sheet, each bad row named by its row in each
 * table, and what did not match listed (match-lists.ts). Pure.
 */
import { schoolRowsText } from "../join/join";
import type { DistrictJoin, JoinTable } from "../join/join-types";
import { buildLookups, type JoinLookups } from "../join/lookups";
import { matchLists } from "../join/match-lists";
import { mobilityUnits, type MobilityUnits } from "../read/mobility-units";
import { buildDistrictSummary } from "./summary-model";
import type { DistrictSummary, DistrictSummaryOptions, JoinedSheet, NameMatchedTable } from "./summary-types";

/**
 * How the mobility column is read, decided on the whole table it comes from (not on the schools
 * of one LA, which could hold only small numbers of a column of whole percentages).
 */
export function joinedMobility(tables: readonly JoinTable[], join: DistrictJoin): MobilityUnits | undefined {
  const f = join.fields.find((x) => x.field === "mobility");
  if (f?.table === undefined || f.column === undefined) return undefined;
  const table = tables[f.table]!;
  const units = mobilityUnits(table, { ...join.tables[f.table]!.mapping, mobility: f.column });
  if (!units || tables.length < 2) return units;
  const where = `In ${table.label}, `;
  return {
    ...units,
    ...(units.note ? { note: where + units.note } : {}),
    ...(units.problem ? { problem: where + units.problem } : {}),
  };
}

/** The accepted matches by name, table by table: "St Mary's CofE Primary School (DfE SEN by school row 12) = ...". */
export function nameMatchedTables(tables: readonly JoinTable[], join: DistrictJoin): NameMatchedTable[] {
  const spine = tables[join.spine!]!;
  const where = (table: JoinTable, r: number): string => `${table.label} row ${table.headerRow + 2 + r}`;
  return join.names.map((m) => ({
    table: tables[m.table]!.label,
    spine: spine.label,
    matches: m.proposals
      .filter((p) => p.accepted === true)
      .map((p) => `${p.spineName} (${where(spine, p.spineRow)}) = ${p.name} (${where(tables[m.table]!, p.row)})`),
  }));
}

/** What the sheet of a join writes besides the joined values. Throws when the join still has problems. */
export function joinedSheet(tables: readonly JoinTable[], join: DistrictJoin): JoinedSheet {
  const lookups: JoinLookups = buildLookups(tables, join);
  return {
    lookups,
    whereRow: (index) => schoolRowsText(tables, join.schools[index]!),
    lists: matchLists(tables, join) ?? [],
    mobility: joinedMobility(tables, join),
    nameMatches: nameMatchedTables(tables, join),
    tableLabels: tables.map((t) => t.label),
  };
}

/** The source line of the sheet: "DfE SEN by school, Budget 2025-26 and SENCO survey, for Made-up Borough (201)". */
export function joinedSourceLabel(tables: readonly JoinTable[], join: DistrictJoin): string {
  const labels = tables.map((t) => t.label);
  const names = labels.length > 1 ? `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}` : labels[0]!;
  const la = join.la;
  if (la?.chosen === null) return `${names}, for every LA in them`;
  const chosen = la?.offered.find((o) => o.id === la.chosen);
  return chosen ? `${names}, for ${chosen.label}` : names;
}

/** The district summary of a join whose `joined` table is ready. Throws a message for the pane otherwise. */
export function buildJoinedSummary(
  tables: readonly JoinTable[],
  join: DistrictJoin,
  options: Omit<DistrictSummaryOptions, "joined"> = {},
): DistrictSummary & { readonly joined: JoinedSheet } {
  if (!join.joined) throw new Error(`The tables cannot be joined yet: ${join.problems.join(" ")}`);
  const joined = joinedSheet(tables, join);
  const summary = buildDistrictSummary(join.joined.source, join.joined.mapping, {
    sourceLabel: joinedSourceLabel(tables, join),
    ...options,
    joined,
  });
  return { ...summary, joined };
}
