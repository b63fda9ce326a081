/**
 * Show a cell value the way Excel would with the few number formats our sheet models use:
 * "£#,##0.00", "£#,##0", "#,##0.0", "0.0", "0", "0%", "0.0%", "dd/mm/yyyy", "@" and general; and
 * the way people type a value into a form (typedText). Pure (no DOM), so the preview, the forms
 * and the tests read the same text.
 */
import { formatSerialDdMmYyyy, isExcelDateSerial } from "../rules/excel-dates";

export const MONEY_FORMAT = "£#,##0.00";
export const WHOLE_MONEY_FORMAT = "£#,##0";
export const DATE_FORMAT = "dd/mm/yyyy";
export const HOURS_FORMAT = "#,##0.0";
export const TEXT_FORMAT = "@";

/** A whole count with thousands separators (en-GB): "1,234". */
export function countText(n: number): string {
  return n.toLocaleString("en-GB");
}

/** "1 cell", "2 cells", "1,234 rows": the count with its noun, singular for exactly 1. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${countText(n)} ${n === 1 ? singular : plural}`;
}

function grouped(value: number, decimals: number, group: boolean): string {
  return value.toLocaleString("en-GB", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: group,
  });
}

/** Text Excel would show for `value` under `format` (undefined or null: general). */
export function formatCellValue(value: string | number | boolean | null | undefined, format?: string | null): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#NUM!";
  const f = format ?? "General";
  if (f === DATE_FORMAT) return isExcelDateSerial(value) ? formatSerialDdMmYyyy(value) : "#########";
  const percent = /^0(?:\.(0+))?%$/.exec(f);
  if (percent) return `${grouped(value * 100, percent[1]?.length ?? 0, false)}%`;
  const money = f.startsWith("£");
  const body = money ? f.slice(1) : f;
  const match = /^(#,##)?0(?:\.(0+))?$/.exec(body);
  if (match) {
    const decimals = match[2]?.length ?? 0;
    const text = grouped(Math.abs(value), decimals, match[1] !== undefined);
    const negative = value < 0 && Number(text.replace(/,/g, "")) !== 0;
    return `${negative ? "-" : ""}${money ? "£" : ""}${text}`;
  }
  // General: up to 10 significant digits, like Excel's general format in a normal-width column.
  return String(Number(value.toPrecision(10)));
}

/**
 * A value read from a sheet as people type it into a form field, for a cell of number format
 * `format`: money with its pound sign and thousands ("£9,000", pence only when there are some:
 * "£9,000.50"), a percentage as one ("18%", "33.5%": every digit kept), a date as dd/mm/yyyy, any
 * other number without float noise, text as it is. A yes/no stays a boolean (a checkbox).
 */
export function typedText(value: unknown, format: string | null | undefined): string | boolean {
  if (typeof value === "boolean") return value;
  if (value === null || value === undefined) return "";
  if (typeof value !== "number" || !Number.isFinite(value)) return String(value);
  const f = format ?? "General";
  if (f === DATE_FORMAT) return isExcelDateSerial(value) ? formatSerialDdMmYyyy(value) : String(value);
  if (f.endsWith("%")) return `${Number((value * 100).toPrecision(12))}%`;
  if (f.startsWith("£")) {
    const pence = Math.round(Math.abs(value) * 100) % 100 !== 0;
    const amount = Math.abs(value).toLocaleString("en-GB", {
      minimumFractionDigits: pence ? 2 : 0,
      maximumFractionDigits: 2,
    });
    return `${value < 0 ? "-" : ""}£${amount}`;
  }
  return String(Number(value.toPrecision(12)));
}
