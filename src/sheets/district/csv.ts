/**
 * CSV parsing for a district table the user picks outside Excel (RFC 4180): fields separated by
 * commas, quoted with double quotes when they hold commas, quotes ("" inside quotes) or line
 * breaks; CRLF or LF line ends; a UTF-8 byte-order mark is dropped. Apostrophes are ordinary
 * characters. Pure: no DOM.
 */

/** Parse CSV text into rows of fields (strings). A trailing line break does not add an empty row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let inQuotes = false;
  let fieldStarted = false;
  while (i < n) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      i += 1;
      continue;
    }
    if (ch === ",") {
      row.push(field);
      field = "";
      fieldStarted = false;
      i += 1;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      fieldStarted = false;
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i += 1;
  }
  if (inQuotes) throw new Error('The CSV file ends inside a quoted field: a closing quote (") is missing.');
  if (fieldStarted || field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * A CSV field as Excel would hold it after opening the file: plain numbers become numbers,
 * blanks become null, everything else (including "£67,755" and "34%") stays text for the shared
 * coercers to judge, exactly as they judge a text cell in Excel.
 */
export function csvCellValue(field: string): string | number | null {
  const text = field.trim();
  if (text === "") return null;
  if (PLAIN_NUMBER.test(text)) return Number(text);
  return field;
}

/** Parse CSV text into rows of cell values (see csvCellValue). */
export function parseCsvValues(text: string): (string | number | null)[][] {
  return parseCsv(text).map((row) => row.map(csvCellValue));
}
