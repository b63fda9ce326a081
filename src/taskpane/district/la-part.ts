/**
 * The District tab's LA choice, for a table or tables covering several LAs (the DfE file covers
 * England): the LAs the data offers with each table's number of schools in it, the one
 * preselected when the LA's own table names only one, and why; "All local authorities" keeps
 * every school. No Excel, no state.
 */
import { ALL_LAS_LABEL, type LaScope } from "../../sheets/district/join/la-scope";
import { el, hiddenFieldset, labelledControl, option, withId } from "../shared/dom";
import { counted, countText } from "../shared/words";

/** The option that summarises every LA in the tables. */
const ALL_LAS = "*";

export interface LaPart {
  readonly section: HTMLFieldSetElement;
  readonly select: HTMLSelectElement;
  readonly reason: HTMLElement;
}

/** `choose` gets an LA id, null for every LA, or undefined for "not chosen". */
export function createLaPart(doc: Document, on: { choose(la: string | null | undefined): void }): LaPart {
  const section = hiddenFieldset(doc, "Local authority");
  const select = withId(el(doc, "select"), "district-la");
  select.addEventListener("change", () =>
    on.choose(select.value === "" ? undefined : select.value === ALL_LAS ? null : select.value),
  );
  const reason = withId(el(doc, "p", undefined, "hint"), "district-la-reason");
  const hint = "The local authority whose schools the summary holds, such as Calderdale, or All local authorities.";
  section.append(labelledControl(doc, select, "The summary is for", hint), reason);
  return { section, select, reason };
}

/** An LA's schools in each table: "4 in DfE SEN by school, 5 in Budget 2025-26", or "60 schools" for one table. */
function schoolsText(schools: readonly number[], labels: readonly string[]): string {
  if (labels.length === 1) return counted(schools[0] ?? 0, "school");
  return schools
    .map((n, t) => (n > 0 ? `${countText(n)} in ${labels[t]}` : undefined))
    .filter((text): text is string => text !== undefined)
    .join(", ");
}

/** The LAs offered ("Made-up Borough (201): 4 in DfE SEN by school, 5 in Budget 2025-26"); hidden unless there are several. */
export function showLa(part: LaPart, scope: LaScope | undefined, labels: readonly string[]): void {
  part.section.hidden = !scope?.needed;
  if (!scope?.needed) return;
  const doc = part.select.ownerDocument;
  const options: HTMLOptionElement[] = [];
  if (scope.chosen === undefined) options.push(option(doc, "", "(choose the LA)"));
  for (const la of scope.offered) options.push(option(doc, la.id, `${la.label}: ${schoolsText(la.schools, labels)}`));
  const all = scope.offered.length;
  const everySchool = scope.offered.map((la) => la.schools[0] ?? 0).reduce((a, b) => a + b, 0);
  options.push(
    option(
      doc,
      ALL_LAS,
      labels.length === 1
        ? `${ALL_LAS_LABEL}: ${counted(everySchool, "school")} in ${countText(all)} LAs`
        : `${ALL_LAS_LABEL} (${countText(all)})`,
    ),
  );
  part.select.replaceChildren(...options);
  part.select.value = scope.chosen === null ? ALL_LAS : (scope.chosen ?? "");
  part.reason.textContent = scope.reason ?? "";
}
