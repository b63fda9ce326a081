/**
 * Excel: "Insert census formulas". Places SEND.SENNEEDCOUNTS and SEND.SENCENSUSCHECK for the
 * checked register table (table column references when it is an Excel table, else bounded ranges)
 * at the cell typed or, when blank, right of the register past every Excel table in the way, then
 * looks at every cell the two will spill into: a
 * spill into an Excel table is refused (Excel would show #SPILL!), cells that hold something are
 * cleared only after the user confirms, and nothing is written when they do not.
 */
import { rangeAddress } from "../../sheets/a1-address";
import type { CensusCheckModel, RegisterTable } from "../../sheets/register/census-check";
import { defaultCensusCell, placeCensusFormulas, type SpillTarget } from "../../sheets/register/census-placement";
import { insertSpillFormulas, readFormulaSpills, readRegisterSurroundingsIn } from "../../workbook/register-excel";
import type { SpillAreaContent } from "../../workbook/spill-cells";
import { orShowError } from "../shared/steps";
import { counted } from "../shared/words";
import { shownContent } from "./formula-action";
import type { RegisterTab } from "./register-state";
import { showOutcome } from "../shared/dom";

/** The cell field's problem beside it, with the focus. */
function refuse(tab: RegisterTab, message: string): void {
  tab.census.formulaCell.showProblem(message);
  tab.census.formulaCell.input.focus();
}

/** Ask before clearing the cells in the way; true when the user agrees. */
function confirmClear(tab: RegisterTab, sheetName: string, spills: readonly SpillAreaContent[]): Promise<boolean> {
  const filled = spills.flatMap((s) => s.filled);
  const shown = filled.slice(0, 3).map((f) => `${f.address} ${shownContent(f.content)}`);
  const more = filled.length > 3 ? `, and ${counted(filled.length - 3, "more cell")}` : "";
  const areas = spills.map((s) => `${sheetName}!${s.area}`).join(" and ");
  const n = filled.length;
  return tab.env.confirm({
    title: "Clear cells for the formulas?",
    message: `The formulas need ${areas} empty, or Excel shows #SPILL!. ${counted(n, "cell")} there ${n === 1 ? "holds" : "hold"} something: ${shown.join(", ")}${more}. Clear ${n === 1 ? "it" : "them"} and insert the formulas?`,
    confirmLabel: "Clear and insert",
  });
}

/** The formulas' place when no cell is typed, past the tables on the register's sheet. */
async function defaultAnchor(sheetName: string, table: RegisterTable, model: CensusCheckModel): Promise<string> {
  const { origin } = table;
  const address = rangeAddress(origin.row, origin.col, table.rows.length + 1, Math.max(table.headers.length, 1));
  const around = await readRegisterSurroundingsIn(sheetName, address);
  return defaultCensusCell(table, model, around.tables);
}

/** What was inserted, and what keeps the formulas working. */
function outcomeText(sheetName: string, needCounts: SpillTarget, check: SpillTarget, refused: number): string {
  const values =
    refused > 0 ? " SEND.SENNEEDCOUNTS shows #VALUE! until every provision and primary need is a code." : "";
  return `Inserted ${needCounts.formula} in ${sheetName}!${needCounts.cell} and ${check.formula} in ${sheetName}!${check.cell}. Keep the cells below the check empty: its list grows when a problem appears, and Excel shows #SPILL! when it has no room.${values}`;
}

export async function insertCensusFormulas(tab: RegisterTab): Promise<void> {
  const { table: read, census, env } = tab;
  if (!read?.model || !read.mapping || !read.where) return;
  const { model, mapping, where } = read;
  const { sheetName } = where;
  census.insertOutcome.hidden = true;
  census.formulaCell.showProblem(undefined);
  const typed = String(census.formulaCell.raw()).trim();
  await orShowError(env, "Could not insert the formulas: ", async () => {
    // Blank: the first place right of the register where both spills fit outside every Excel table.
    const anchor = typed !== "" ? typed : await defaultAnchor(sheetName, read.table, model);
    const placed = placeCensusFormulas(read.table, mapping, where, model, anchor);
    if (!placed.ok) return refuse(tab, placed.message);
    const { needCounts, check } = placed.placement;
    const spills = await readFormulaSpills(sheetName, [needCounts.area, check.area]);
    const inTable = spills.find((s) => s.tables.length > 0);
    if (inTable)
      return refuse(
        tab,
        `Cell for the census formulas: ${sheetName}!${inTable.area} lies in the table ${inTable.tables[0]}, and a formula cannot spill into an Excel table (#SPILL!). Choose a cell outside it.`,
      );
    const clear = spills.some((s) => s.filled.length > 0);
    if (clear && !(await confirmClear(tab, sheetName, spills)))
      return env.announce("Nothing inserted: the cells were kept as they were.");
    await insertSpillFormulas(sheetName, [needCounts, check], clear);
    showOutcome(env, census.insertOutcome, outcomeText(sheetName, needCounts, check, model.countsRefused.length));
  });
}
