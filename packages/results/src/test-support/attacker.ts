/**
 * An independent check for suppression tests: someone who knows the published figures and the
 * true sums between them (written out by the test from the output, not taken from the code under
 * test) tries to recover hidden figures. A hidden figure is recoverable exactly when its column
 * is independent of the other unknowns' columns, i.e. when dropping it lowers the rank.
 * Ranks are exact (fraction-free integer elimination), unlike the float elimination in the code.
 */
export interface Attack {
  /** name -> value; null when hidden or never published. */
  known: Map<string, number | null>;
  /** Each equation: total = Σ parts, by name. */
  sums: { total: string; parts: string[] }[];
}

export function recoverable(attack: Attack, hiddenNames: readonly string[]): string[] {
  const unknowns = [...new Set(attack.sums.flatMap((s) => [s.total, ...s.parts]))].filter(
    (name) => (attack.known.get(name) ?? null) === null,
  );
  const matrix = attack.sums.map((s) =>
    unknowns.map((u) => BigInt((s.total === u ? 1 : 0) - s.parts.filter((p) => p === u).length)),
  );
  const full = rank(matrix);
  return hiddenNames.filter((name) => {
    const col = unknowns.indexOf(name);
    if (col < 0) return false;
    return rank(matrix.map((row) => row.filter((_, c) => c !== col))) < full;
  });
}

function rank(input: bigint[][]): number {
  const m = input.map((row) => [...row]);
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    const p = m[r]!;
    for (let i = r + 1; i < m.length; i++) {
      const row = m[i]!;
      const factor = row[c]!;
      if (factor === 0n) continue;
      for (let k = c; k < width; k++) row[k] = row[k]! * p[c]! - p[k]! * factor;
    }
    r++;
  }
  return r;
}
