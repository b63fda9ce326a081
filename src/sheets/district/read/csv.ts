/**
 * CSV files as Excel and school and LA systems save them: the bytes decoded (UTF-8 with or without
 * a byte-order mark, UTF-16 LE or BE with one, as Excel's "Unicode Text" writes, else
 * Windows-1252, the code page of Excel's plain "CSV" on Windows in the UK, so "£" and curly
 * apostrophes survive), the delimiter found (comma, semicolon as Excel writes where the decimal
 * mark is a comma, tab; or an Excel "sep=" first line), then the fields parsed (RFC 4180): quoted
 * with double quotes when they hold delimiters, quotes ("" inside quotes) or line breaks; CRLF or
 * LF line ends. Apostrophes and a leading "=" are ordinary characters: fields stay text.
 *
 * Hand-written (no CSV library): the parser scans with charCodeAt and slices whole fields, and a
 * CsvReader hands out one row at a time so a long file can be read in slices with a progress bar.
 * Pure: no DOM (TextDecoder is part of both browsers and Node; Windows-1252 is decoded here).
 */

export type CsvEncoding = "UTF-8" | "UTF-8 with byte-order mark" | "UTF-16 LE" | "UTF-16 BE" | "Windows-1252";
export type CsvDelimiter = "," | ";" | "\t";

/** The encoding a file's first bytes say (a byte-order mark), and where its text starts; UTF-8 when they say none. */
export function csvEncodingOf(bytes: Uint8Array): { encoding: CsvEncoding; skip: number } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return { encoding: "UTF-16 LE", skip: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: "UTF-16 BE", skip: 2 };
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return { encoding: "UTF-8 with byte-order mark", skip: 3 };
  return { encoding: "UTF-8", skip: 0 };
}

/** The decoder for an encoding a byte-order mark or none says: UTF-8 without one throws on bytes that are not UTF-8. */
export function csvDecoder(encoding: CsvEncoding): TextDecoder {
  if (encoding === "UTF-16 LE") return new TextDecoder("utf-16le");
  if (encoding === "UTF-16 BE") return new TextDecoder("utf-16be");
  return new TextDecoder("utf-8", { fatal: encoding === "UTF-8" });
}

/** Decode a file's bytes, saying which encoding was used. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const { encoding, skip } = csvEncodingOf(bytes);
  try {
    return { text: csvDecoder(encoding).decode(bytes.subarray(skip)), encoding };
  } catch {
    // Not valid UTF-8: Excel's "CSV (Comma delimited)" on Windows writes the ANSI code page, Windows-1252 in the UK.
    return { text: decodeWindows1252(bytes), encoding: "Windows-1252" };
  }
}

/**
 * Windows-1252's characters for the bytes 0x80 to 0x9F (0 where the code page has none: the
 * byte is kept as its C1 control, as browsers do); every other byte is the same as Latin-1.
 * Decoded here rather than by TextDecoder("windows-1252"): Node's decoder reads those bytes as
 * Latin-1 controls, so "’" (0x92) would be lost in tests and the benchmark.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunk = 8192;
  const codes = new Uint16Array(Math.min(chunk, bytes.length));
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(bytes.length, start + chunk);
    for (let i = start; i < end; i += 1) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b;
    }
    parts.push(String.fromCharCode.apply(null, codes.subarray(0, end - start) as unknown as number[]));
  }
  return parts.join("");
}

export const DELIMITER_NAMES: Readonly<Record<CsvDelimiter, string>> = {
  ",": "comma-separated",
  ";": "semicolon-separated",
  "\t": "tab-separated",
};

/** Counts of each candidate delimiter on each of the first lines, outside quotes. */
function delimiterCounts(text: string, start: number, maxLines: number): Record<CsvDelimiter, number[]> {
  const counts: Record<CsvDelimiter, number[]> = { ",": [0], ";": [0], "\t": [0] };
  let line = 0;
  let inQuotes = false;
  const end = Math.min(text.length, start + 200000);
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === 44) counts[","][line]! += 1;
    else if (c === 59) counts[";"][line]! += 1;
    else if (c === 9) counts["\t"][line]! += 1;
    else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line += 1;
      if (line >= maxLines || i + 1 >= end) break;
      counts[","].push(0);
      counts[";"].push(0);
      counts["\t"].push(0);
    }
  }
  return counts;
}

/**
 * The delimiter of a CSV text: an Excel "sep=;" first line when there is one (it is then skipped),
 * else the candidate found the same number of times (at least once) on each of the first lines,
 * the most often; else the one found most often on the first line; comma when none is found.
 */
export function detectDelimiter(text: string): { delimiter: CsvDelimiter; skip: number } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const sep = /^sep=(.)\r?\n/i.exec(text.slice(bom, bom + 8));
  if (sep && (sep[1] === "," || sep[1] === ";" || sep[1] === "\t"))
    return { delimiter: sep[1] as CsvDelimiter, skip: bom + sep[0].length };
  const counts = delimiterCounts(text, bom, 10);
  const candidates: CsvDelimiter[] = [",", ";", "\t"];
  let best: CsvDelimiter | undefined;
  let bestCount = 0;
  for (const d of candidates) {
    const lines = counts[d].length > 1 && counts[d][counts[d].length - 1] === 0 ? counts[d].slice(0, -1) : counts[d];
    const first = lines[0]!;
    if (first > bestCount && lines.every((n) => n === first)) {
      best = d;
      bestCount = first;
    }
  }
  if (best) return { delimiter: best, skip: bom };
  for (const d of candidates)
    if (counts[d][0]! > bestCount) {
      best = d;
      bestCount = counts[d][0]!;
    }
  return { delimiter: best ?? ",", skip: bom };
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads a CSV text one row at a time (for long files read in slices); `position` says how far it
 * has got. `scan()` finds the next row's field boundaries without making any strings, and
 * `field(i)` makes only the fields asked for: a long file whose rows are mostly skipped (the DfE
 * long format) is read with almost no allocation. `next()` gives every field of the next row.
 */
export class CsvReader {
  private pos: number;
  private readonly delim: number;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private quoted = new Uint8Array(64);
  private count = 0;

  constructor(
    private readonly text: string,
    delimiter: CsvDelimiter = ",",
    start?: number,
  ) {
    this.pos = start ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
    this.delim = delimiter.charCodeAt(0);
  }

  get position(): number {
    return this.pos;
  }

  get length(): number {
    return this.text.length;
  }

  /** Fields in the row last scanned. */
  get fieldCount(): number {
    return this.count;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const quoted = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    quoted.set(this.quoted);
    this.starts = starts;
    this.ends = ends;
    this.quoted = quoted;
  }

  /**
   * Find the next row's fields: returns how many it has, or -1 at the end (a trailing line break
   * does not add an empty row). Throws when the text ends inside a quoted field.
   */
  scan(): number {
    const text = this.text;
    const n = text.length;
    const d = this.delim;
    let i = this.pos;
    if (i >= n) {
      this.count = 0;
      return -1;
    }
    let count = 0;
    for (;;) {
      if (count === this.starts.length) this.grow();
      let j: number;
      if (text.charCodeAt(i) === QUOTE) {
        let q = i + 1;
        for (;;) {
          q = text.indexOf('"', q);
          if (q < 0) throw new Error('The CSV file ends inside a quoted field: a closing quote (") is missing.');
          if (text.charCodeAt(q + 1) === QUOTE) {
            q += 2;
            continue;
          }
          break;
        }
        j = q + 1;
        this.quoted[count] = 1;
      } else {
        j = i;
        this.quoted[count] = 0;
      }
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === d || c === LF || c === CR) break;
        j += 1;
      }
      this.starts[count] = i;
      this.ends[count] = j;
      count += 1;
      i = j;
      if (i >= n) {
        this.pos = n;
        break;
      }
      const c = text.charCodeAt(i);
      if (c === d) {
        i += 1;
        if (i >= n) {
          if (count === this.starts.length) this.grow();
          this.starts[count] = n;
          this.ends[count] = n;
          this.quoted[count] = 0;
          count += 1;
          this.pos = n;
          break;
        }
        continue;
      }
      this.pos = i + (c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1);
      break;
    }
    this.count = count;
    return count;
  }

  /** Field i of the row last scanned ("" beyond its last field), unquoted. */
  field(i: number): string {
    if (i < 0 || i >= this.count) return "";
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (this.quoted[i] === 0) return this.text.slice(start, end);
    const text = this.text;
    let value = "";
    let from = start + 1;
    for (;;) {
      const q = text.indexOf('"', from);
      if (text.charCodeAt(q + 1) === QUOTE) {
        value += text.slice(from, q + 1);
        from = q + 2;
        continue;
      }
      value += text.slice(from, q);
      return q + 1 < end ? value + text.slice(q + 1, end) : value;
    }
  }

  /** The next row's fields, or undefined at the end. */
  next(): string[] | undefined {
    const count = this.scan();
    if (count < 0) return undefined;
    const row: string[] = new Array(count);
    for (let i = 0; i < count; i += 1) row[i] = this.field(i);
    return row;
  }
}

/** Parse CSV text into rows of fields (strings). A trailing line break does not add an empty row. */
export function parseCsv(text: string, delimiter: CsvDelimiter = ",", start?: number): string[][] {
  const reader = new CsvReader(text, delimiter, start);
  const rows: string[][] = [];
  for (let row = reader.next(); row !== undefined; row = reader.next()) rows.push(row);
  return rows;
}

const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * A CSV field as Excel would hold it after opening the file: plain numbers become numbers,
 * blanks become null, everything else (including "£67,755", "34%" and "=1+1") stays text for the
 * shared coercers to judge, exactly as they judge a text cell in Excel.
 */
export function csvCellValue(field: string): string | number | null {
  const text = field.trim();
  if (text === "") return null;
  if (PLAIN_NUMBER.test(text)) return Number(text);
  return field;
}

/** Parse CSV text into rows of cell values (see csvCellValue). */
export function parseCsvValues(
  text: string,
  delimiter: CsvDelimiter = ",",
  start?: number,
): (string | number | null)[][] {
  return parseCsv(text, delimiter, start).map((row) => row.map(csvCellValue));
}

/** A CSV file's bytes as text and rows, with what was detected (for the pane to say). */
export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  /** Where the rows start in `text` (after a byte-order mark or a "sep=" line). */
  readonly start: number;
  /** "UTF-8, comma-separated" */
  readonly detected: string;
}

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const { text, encoding } = decodeCsvBytes(bytes);
  return decodedCsv(text, encoding);
}

/** A decoded text with its delimiter found. */
export function decodedCsv(text: string, encoding: CsvEncoding): DecodedCsv {
  const { delimiter, skip } = detectDelimiter(text);
  return { text, encoding, delimiter, start: skip, detected: `${encoding}, ${DELIMITER_NAMES[delimiter]}` };
}
