/**
 * The published figures of one aggregate and the sums that tie them together (a total is the
 * sum of its parts). Suppression works on this: a hidden figure must not follow from the shown
 * ones through any combination of these sums.
 */
export class LinearSystem {
  readonly values: number[] = [];
  /** How many different people at least stand behind each value (a red flag met in two questions counts twice). */
  readonly people: number[] = [];
  /** false for quantities that hold sums together but are never shown (e.g. people reaching a story step). */
  readonly published: boolean[] = [];
  /** Each equation is Σ coefficient·variable = 0. */
  readonly equations: [variable: number, coefficient: number][][] = [];

  variable(value: number, published = true, people = value): number {
    this.values.push(value);
    this.people.push(people);
    this.published.push(published);
    return this.values.length - 1;
  }

  /** total = Σ parts. Parts listed twice are summed, never dropped. */
  sum(total: number, parts: readonly number[]): void {
    const coefficients = new Map<number, number>([[total, 1]]);
    for (const part of parts) coefficients.set(part, (coefficients.get(part) ?? 0) - 1);
    const equation = [...coefficients].filter(([, c]) => c !== 0);
    if (equation.length) this.equations.push(equation);
  }
}

/** Splits a system into groups of equations that share no variable, so each is solved on its own. */
export function components(system: LinearSystem): number[][] {
  const parent = system.values.map((_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) {
      const up = parent[parent[v]!]!;
      parent[v] = up;
      v = up;
    }
    return v;
  };
  for (const equation of system.equations) {
    const [first] = equation;
    if (!first) continue;
    for (const [v] of equation) parent[find(v)] = find(first[0]);
  }
  const groups = new Map<number, number[]>();
  system.equations.forEach((equation, i) => {
    const root = find(equation[0]![0]);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()];
}
