/**
 * Months as the sheets' sentences say them ("July 2029") and dates day first ("01/03/2027"), in
 * TypeScript for the previews and as Excel formulas that work them out the same way in every
 * locale (no TEXT, whose format codes are the user's locale's).
 */

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A month's name and year, as the sentences say it (and their formulas work it out): "July 2029". */
export function monthWords(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The same in a formula, for a cell holding a date: CHOOSE(MONTH(x),"January",...)&" "&YEAR(x). */
export function monthWordsFormula(cell: string, names: readonly string[] = MONTH_NAMES): string {
  return `CHOOSE(MONTH(${cell}),${names.map((n) => `"${n}"`).join(",")})&" "&YEAR(${cell})`;
}

/** A date day first in a formula: RIGHT("0"&DAY(x),2)&"/"&RIGHT("0"&MONTH(x),2)&"/"&YEAR(x). */
export function ddMmYyyyFormula(cell: string): string {
  return `RIGHT("0"&DAY(${cell}),2)&"/"&RIGHT("0"&MONTH(${cell}),2)&"/"&YEAR(${cell})`;
}
