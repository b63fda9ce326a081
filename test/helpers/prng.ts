/**
 * Deterministic pseudo-random numbers in [0, 1) (mulberry32): the fuzz suite builds large ranges
 * from a seed fast-check chose, and the benchmark makes up budgets and mobility for the DfE
 * schools, both reproducibly and cheaply.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
