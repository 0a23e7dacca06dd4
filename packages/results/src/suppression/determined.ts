import type { LinearSystem } from "./linear-system";

const EPS = 1e-9;

/**
 * The unknown variables whose value follows exactly from the known ones through some linear
 * combination of the equations: unknown u is determined iff the unit vector e_u lies in the row
 * space of the equations restricted to unknowns, i.e. iff some row of its reduced row echelon
 * form has u as its only non-zero entry.
 */
export function determinedUnknowns(system: LinearSystem, equationIds: readonly number[], unknown: readonly boolean[]): number[] {
  const columns = new Map<number, number>();
  for (const e of equationIds) {
    for (const [v] of system.equations[e]!) if (unknown[v] && !columns.has(v)) columns.set(v, columns.size);
  }
  if (!columns.size) return [];
  const rows = equationIds.map((e) => {
    const row = new Float64Array(columns.size);
    for (const [v, c] of system.equations[e]!) {
      const col = columns.get(v);
      if (col !== undefined) row[col]! += c;
    }
    return row;
  });
  const variables = [...columns.keys()];
  return reduce(rows, columns.size)
    .map((row) => nonZeroColumns(row))
    .filter((cols) => cols.length === 1)
    .map((cols) => variables[cols[0]!]!);
}

/** Gauss-Jordan elimination with partial pivoting; returns the non-zero rows of the RREF. */
function reduce(rows: Float64Array[], width: number): Float64Array[] {
  let pivotRow = 0;
  for (let col = 0; col < width && pivotRow < rows.length; col++) {
    let best = pivotRow;
    for (let r = pivotRow + 1; r < rows.length; r++) {
      if (Math.abs(rows[r]![col]!) > Math.abs(rows[best]![col]!)) best = r;
    }
    if (Math.abs(rows[best]![col]!) < EPS) continue;
    [rows[pivotRow], rows[best]] = [rows[best]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    const scale = pivot[col]!;
    for (let c = col; c < width; c++) pivot[c]! /= scale;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const factor = row[col]!;
      if (r === pivotRow || Math.abs(factor) < EPS) continue;
      for (let c = col; c < width; c++) row[c]! -= factor * pivot[c]!;
    }
    pivotRow++;
  }
  return rows.slice(0, pivotRow);
}

function nonZeroColumns(row: Float64Array): number[] {
  const cols: number[] = [];
  row.forEach((x, c) => {
    if (Math.abs(x) > EPS) cols.push(c);
  });
  return cols;
}
