import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Chart } from "./components/chart";
import type { Table } from "./tables";

const trend: Table = {
  key: "trend",
  title: "Trend: share missed per month",
  description: "One line per red flag; a gap is a month whose percentage is not shown.",
  idLabel: "id",
  nameLabel: "Red flag",
  columns: ["2026-01", "2026-02", "2026-03", "2026-04"].map((m) => ({ key: m, label: m, kind: "percent" as const })),
  rows: [
    { id: "rf01", name: "Salary too good to be true", values: [40, null, 20, 30] },
    { id: "rf02", name: "Fees before departure", values: [null, null, null, null] },
    { id: "rf03", name: "No contract", values: [0, 100, null, null] },
  ],
  chart: { type: "trend" },
};

function markup(table: Table): string {
  return renderToStaticMarkup(createElement(Chart, { table, hiddenLabel: "fewer than 10 (hidden)" }));
}

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m.slice(1));

/** Each row's group of the chart: its label, line, points, 0% and 100% lines and end value. */
function rowsOf(svg: string) {
  return svg
    .split('<g aria-hidden="true">')
    .slice(1)
    .filter((g) => g.includes('class="chart-label"'))
    .map((g) => ({
      label: all(g, /class="chart-label"[^>]*>([^<]*)</g)[0]?.[0],
      path: all(g, /<path class="chart-line" d="([^"]*)"/g)[0]?.[0],
      points: all(g, /<circle class="chart-point" cx="([\d.]+)" cy="([\d.]+)"/g).map(([, cy]) => Number(cy)),
      zero: Number(all(g, /<line class="chart-grid" [^>]*y1="([\d.]+)"/g)[0]?.[0]),
      hundred: Number(all(g, /<line class="chart-grid chart-grid-faint" [^>]*y1="([\d.]+)"/g)[0]?.[0]),
      end: all(g, /class="chart-value"[^>]*>([^<]*)</g)[0]?.[0],
    }));
}

describe("the trend chart", () => {
  it("is an image with the table's title and description, months on its axis", () => {
    const svg = markup(trend);
    expect(svg).toMatch(/^<svg class="chart chart-trend" viewBox="[^"]+" role="img" aria-labelledby="trend-chart-title trend-chart-desc">/);
    expect(all(svg, /<title id="trend-chart-title">([^<]*)</g)).toEqual([[trend.title]]);
    expect(all(svg, /<desc id="trend-chart-desc">([^<]*)</g)).toEqual([[trend.description]]);
    expect(all(svg, /class="chart-axis"[^>]*>([^<]*)</g).flat()).toEqual(["2026-01", "2026-02", "2026-03", "2026-04"]);
  });

  it("draws one line per flag with a point for every shown month, and a gap (not a zero) for a hidden one", () => {
    const rows = rowsOf(markup(trend));
    expect(rows.map((r) => r.label)).toEqual(trend.rows.map((r) => r.name));
    const [first, empty, third] = rows as [ReturnType<typeof rowsOf>[number], ReturnType<typeof rowsOf>[number], ReturnType<typeof rowsOf>[number]];
    const share = (row: typeof first, y: number) => (row.zero - y) / (row.zero - row.hundred);

    // rf01: 40, gap, 20, 30 — two pieces of line (a new M after the gap), three points at their shares.
    expect(first.path?.match(/M/g)).toHaveLength(2);
    expect(first.points.map((y) => share(first, y))).toEqual([0.4, 0.2, 0.3].map((v) => expect.closeTo(v, 5)));
    // The line runs through the same points (d3-path writes three decimals).
    expect(all(first.path ?? "", /[ML][\d.]+,([\d.]+)/g).map(([y]) => Number(y))).toEqual(first.points.map((y) => expect.closeTo(y, 2)));
    expect(first.end).toBe("30%");

    // A flag with no shown month has no line, no point and no end value.
    expect(empty.path).toBeUndefined();
    expect(empty.points).toEqual([]);
    expect(empty.end).toBeUndefined();

    // 0% is a real point on the row's baseline and 100% on its top line; the hidden last month leaves no end value.
    expect(third.points).toEqual([third.zero, third.hundred]);
    expect(third.end).toBeUndefined();
  });
});
