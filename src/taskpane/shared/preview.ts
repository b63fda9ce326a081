/**
 * The HTML preview of a SheetModel: the same model the Excel writer writes, rendered as
 * accessible HTML tables, formulas shown by their preview values formatted per the block's number
 * format. DOM APIs only (createElement, textContent): no innerHTML, so text a user typed can
 * never become markup.
 */
import type { Block, ModelCell, SheetModel, TableSpec } from "../../sheets/sheet-model";
import { formatCellValue } from "../../sheets/number-format";
import { el } from "./dom";
import { copyTableButton } from "./table-copy";
import { yesNo } from "./words";

type PreviewValue = string | number | boolean | null;

function cellValue(cell: ModelCell): PreviewValue {
  if (cell !== null && typeof cell === "object") return cell.preview ?? "";
  return cell;
}

function formatFor(format: Block["numberFormat"], col: number): string | null | undefined {
  if (format === undefined) return undefined;
  if (typeof format === "string") return format;
  return format[col];
}

/** The values a block shows: its cells, or the spill's preview for a spilled formula. */
export function blockValues(block: Block): PreviewValue[][] {
  if (block.spill?.preview) return block.spill.preview.map((row) => [...row]);
  return block.cells.map((row) => row.map(cellValue));
}

function isNumeric(value: PreviewValue): boolean {
  return typeof value === "number";
}

/** How a row's cells are made: the first as a row header, how many cells, each cell's column header. */
interface RowShape {
  readonly rowHeader: boolean;
  readonly width: number;
  /** The table's column headers, given to each cell (data-label) when the table stacks on a narrow pane. */
  readonly labels?: readonly string[];
}

function appendRow(
  doc: Document,
  parent: HTMLElement,
  values: readonly PreviewValue[],
  formats: Block["numberFormat"],
  shape: RowShape,
): void {
  const tr = el(doc, "tr");
  for (let c = 0; c < shape.width; c += 1) {
    const value = values[c] ?? null;
    const isHeader = shape.rowHeader && c === 0;
    const cell = isHeader ? el(doc, "th") : el(doc, "td");
    if (isHeader) cell.setAttribute("scope", "row");
    // TRUE/FALSE are Excel's; people reading the preview get Yes/No.
    cell.textContent = typeof value === "boolean" ? yesNo(value) : formatCellValue(value, formatFor(formats, c));
    if (isNumeric(value)) cell.className = "num";
    const label = shape.labels?.[c];
    if (label) cell.dataset.label = label;
    tr.append(cell);
  }
  parent.append(tr);
}

function headerRow(doc: Document, headers: readonly PreviewValue[]): HTMLTableSectionElement {
  const thead = el(doc, "thead");
  const tr = el(doc, "tr");
  for (const header of headers) {
    const th = el(doc, "th", formatCellValue(header));
    th.setAttribute("scope", "col");
    tr.append(th);
  }
  thead.append(tr);
  return thead;
}

/**
 * Tables of this many columns or more stack on a narrow pane when the preview asks for it (a form's
 * checks and checklists: each row a block of "header: value" lines), so no column is cut off; the
 * district's wide table of figures scrolls sideways instead.
 */
const STACK_FROM_COLUMNS = 4;

/** The column headers each cell carries when the table stacks, or undefined when it does not. */
function stackLabels(
  table: HTMLTableElement,
  headers: readonly PreviewValue[],
  options: PreviewOptions,
): string[] | undefined {
  if (!options.stackNarrow || headers.length < STACK_FROM_COLUMNS) return undefined;
  table.classList.add("stack-narrow");
  return headers.map((header) => formatCellValue(header));
}

function renderTableSpec(
  doc: Document,
  table: TableSpec,
  caption: string | undefined,
  options: PreviewOptions,
): HTMLTableElement {
  const t = el(doc, "table", undefined, "preview-table");
  t.dataset.table = table.name;
  if (caption) t.append(el(doc, "caption", caption, "visually-hidden"));
  t.append(headerRow(doc, table.headers));
  const shape = { rowHeader: false, width: table.headers.length, labels: stackLabels(t, table.headers, options) };
  const tbody = el(doc, "tbody");
  for (const row of table.rows) appendRow(doc, tbody, row.map(cellValue), table.numberFormat, shape);
  t.append(tbody);
  return t;
}

type Item = { row: number; kind: "block"; block: Block } | { row: number; kind: "table"; table: TableSpec };

/**
 * The model's blocks and tables in sheet order: by row, then by column; a table right under a
 * heading in its column comes straight after that heading, so tables side by side on the sheet
 * each follow their own heading (and are named by it).
 */
function itemsInOrder(model: SheetModel): Item[] {
  const headingAbove = (table: TableSpec) =>
    model.blocks.some((b) => b.style === "heading" && b.row === table.row - 1 && b.col === table.col);
  const key = (item: Item): [number, number, number] => {
    if (item.kind === "block") return [item.row, item.block.col, 0];
    return headingAbove(item.table) ? [item.row - 1, item.table.col, 1] : [item.row, Number.MAX_SAFE_INTEGER, 0];
  };
  const items = [
    ...model.blocks.map((block): Item => ({ row: block.row, kind: "block", block })),
    ...(model.tables ?? []).map((table): Item => ({ row: table.row, kind: "table", table })),
  ];
  return items
    .map((item) => ({ item, k: key(item) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2])
    .map(({ item }) => item);
}

/** The block at `items[index]` when it starts right under `above`, in the same column (and, when given, of `style`). */
function blockRightUnder(
  items: readonly Item[],
  index: number,
  above: Block,
  style?: Block["style"],
): Block | undefined {
  const next = items[index];
  if (!next || next.kind !== "block") return undefined;
  const { block } = next;
  if (block.row !== above.row + above.cells.length || block.col !== above.col) return undefined;
  return style === undefined || block.style === style ? block : undefined;
}

/** A row's values as one line of text (blank cells left out). */
function lineText(values: readonly PreviewValue[]): string {
  return values
    .filter((v) => v !== null && v !== "")
    .map((v) => formatCellValue(v))
    .join(" ");
}

/** Where the preview is up to: the container, the items, the current heading and the scroll regions named so far. */
interface PreviewWalk {
  readonly doc: Document;
  readonly options: PreviewOptions;
  readonly container: HTMLElement;
  readonly items: readonly Item[];
  /** Index of the item being rendered; a renderer that takes the next items too moves it on. */
  index: number;
  lastHeading?: string;
  /** Each scroll region is a landmark: two tables under one heading get "…, table 2". */
  readonly regions: Map<string, number>;
}

function regionLabel(walk: PreviewWalk): string {
  const base = walk.lastHeading ?? "Table";
  const n = (walk.regions.get(base) ?? 0) + 1;
  walk.regions.set(base, n);
  return n === 1 ? base : `${base}, table ${n}`;
}

/** A title or heading block (h2 or h3, which later tables are captioned with), or note lines (p). */
function renderTextBlock(walk: PreviewWalk, block: Block): boolean {
  const { doc, container } = walk;
  const values = blockValues(block);
  if (block.style === "title" || block.style === "heading") {
    const text = lineText(values.flat());
    container.append(el(doc, block.style === "title" ? "h2" : "h3", text, `preview-${block.style}`));
    walk.lastHeading = text;
    return true;
  }
  if (block.style === "note" || block.style === "warning" || block.style === "ok") {
    for (const row of values) {
      const text = lineText(row);
      if (text !== "") container.append(el(doc, "p", text, `preview-${block.style}`));
    }
    return true;
  }
  return false;
}

/**
 * A block as a table: a "header" block becomes the column headers of the block right under it
 * (alone, it is a line of text); label blocks one under another (one block a row, each with its
 * own number format) make one table with row headers.
 */
function renderBlockTable(walk: PreviewWalk, block: Block): void {
  const { doc } = walk;
  const values = blockValues(block);
  const table = el(doc, "table", undefined, "preview-table");
  if (walk.lastHeading) table.append(el(doc, "caption", walk.lastHeading, "visually-hidden"));
  let body = block;
  let bodyValues = values;
  let width = Math.max(...values.map((row) => row.length), 0);
  let labels: string[] | undefined;
  if (block.style === "header") {
    const under = blockRightUnder(walk.items, walk.index + 1, block);
    if (!under) {
      // A header row with nothing under it: show it as plain text, not as an empty table.
      walk.container.append(el(doc, "p", (values[0] ?? []).map((v) => formatCellValue(v)).join(" "), "preview-note"));
      return;
    }
    table.append(headerRow(doc, values[0] ?? []));
    labels = stackLabels(table, values[0] ?? [], walk.options);
    body = under;
    bodyValues = blockValues(under);
    width = Math.max(width, ...bodyValues.map((row) => row.length));
    walk.index += 1;
  }
  const tbody = el(doc, "tbody");
  const rowHeaders = body.style === "label";
  const shape = { rowHeader: rowHeaders, width, labels };
  for (const row of bodyValues) appendRow(doc, tbody, row, body.numberFormat, shape);
  for (let next = rowHeaders ? blockRightUnder(walk.items, walk.index + 1, body, "label") : undefined; next;) {
    for (const row of blockValues(next)) appendRow(doc, tbody, row, next.numberFormat, shape);
    walk.index += 1;
    next = blockRightUnder(walk.items, walk.index + 1, next, "label");
  }
  table.append(tbody);
  appendTable(walk, table);
}

/** How a preview is rendered. */
export interface PreviewOptions {
  /** Stack tables of 4 or more columns on a narrow pane instead of scrolling them sideways. */
  readonly stackNarrow?: boolean;
  /** Where a table's Copy table button says what it copied: each table gets one when given. */
  readonly announce?: (message: string) => void;
}

/** A table in its scroll region, named after the heading above it, with its Copy table button under it. */
function appendTable(walk: PreviewWalk, table: HTMLTableElement): void {
  const label = regionLabel(walk);
  walk.container.append(scrollable(walk.doc, table, label));
  const announce = walk.options.announce;
  if (announce) walk.container.append(copyTableButton(walk.doc, table, label, announce));
}

/**
 * Render a sheet model into `container` (its previous content is replaced). Titles become h2,
 * headings h3; a "header" block directly above another block becomes that table's column headers;
 * label blocks get row headers.
 */
export function renderSheetPreview(container: HTMLElement, model: SheetModel, options: PreviewOptions = {}): void {
  const doc = container.ownerDocument;
  container.replaceChildren();
  const walk: PreviewWalk = { doc, options, container, items: itemsInOrder(model), index: 0, regions: new Map() };
  for (; walk.index < walk.items.length; walk.index += 1) {
    const item = walk.items[walk.index]!;
    if (item.kind === "table") {
      const table = renderTableSpec(doc, item.table, walk.lastHeading, options);
      appendTable(walk, table);
    } else if (!renderTextBlock(walk, item.block)) {
      renderBlockTable(walk, item.block);
    }
  }
}

/**
 * A wide table (the district summary has up to 11 columns) scrolls sideways inside the narrow task
 * pane instead of running off its edge; the scroll area is focusable so keyboard users can scroll it.
 */
function scrollable(doc: Document, table: HTMLTableElement, label: string | undefined): HTMLDivElement {
  const area = el(doc, "div", undefined, "table-scroll");
  area.setAttribute("role", "region");
  area.setAttribute("aria-label", label ?? "Table");
  area.tabIndex = 0;
  area.append(table);
  return area;
}
