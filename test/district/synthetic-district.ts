/**
 * A made-up district of any size, for scale tests and the benchmark (`npm run bench`): the
 * invented figures follow a fixed pseudo-random sequence so every run sees the same data.
 */
import type { DistrictSource } from "../../src/sheets/district/read/read-types";
import { detectColumns, type ColumnMapping } from "../../src/sheets/district/read/header-detection";

export const SYNTHETIC_HEADERS = [
  "URN",
  "School name",
  "Notional SEN budget",
  "SEN support (K)",
  "School Action Plus",
  "EHC plans (E)",
  "Pupil mobility",
  "Allocated SENCO hours",
];

export function syntheticDistrictSource(
  count: number,
  seed = 20240101,
): { source: DistrictSource; mapping: ColumnMapping } {
  let state = seed >>> 0;
  const next = (): number => {
    // xorshift32: deterministic, no dependency
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const rows: (string | number | null)[][] = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const pupils = 50 + Math.floor(next() * 1500);
    rows[i] = [
      900000 + i,
      `Made-up School ${i + 1}, Town ${i % 97}`,
      Math.round(pupils * (20 + next() * 60)),
      Math.floor(pupils * next() * 0.2),
      Math.floor(next() * 10),
      Math.floor(pupils * next() * 0.05),
      Math.round(next() * 50) / 100,
      next() < 0.1 ? null : Math.round(next() * 16 * 2) / 2,
    ];
  }
  const source: DistrictSource = { sheetName: "Schools", headerRow: 0, firstCol: 0, headers: SYNTHETIC_HEADERS, rows };
  return { source, mapping: detectColumns(SYNTHETIC_HEADERS).mapping };
}
