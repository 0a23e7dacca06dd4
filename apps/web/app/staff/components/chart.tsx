import { scaleBand, scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import type { ChartSpec, Table } from "../tables";

const WIDTH = 640;
const LABEL = 200;
const BAR = 26;
const PAD = 8;

interface ChartProps {
  table: Table;
  hiddenLabel: string;
}

/** A row's name as a chart labels it: with its step, if it has one. */
function rowLabel(row: Table["rows"][number]): string {
  return row.subName ? `${row.name} (${row.subName})` : row.name;
}

/** Where the chart's column is and whether it is a percentage; the points with their values. */
function series(table: Table, chart: Extract<ChartSpec, { column: string }>) {
  const index = table.columns.findIndex((c) => c.key === chart.column);
  const column = table.columns[index];
  const points = table.rows.map((row) => ({ label: rowLabel(row), value: row.values[index] ?? null }));
  return { column, points, isPercent: column?.kind === "percent" };
}

function upper(values: (number | null)[], isPercent: boolean): number {
  if (isPercent) return 100;
  return Math.max(1, ...values.filter((v): v is number => v !== null));
}

/**
 * A chart drawn on the server as SVG, with d3-scale for positions and d3-shape for the line:
 * role="img" with a title and a description; the same numbers are in the table beside it.
 * A hidden figure gets no bar or point, only the word saying it is hidden.
 */
export function Chart({ table, hiddenLabel }: ChartProps) {
  if (!table.chart || !table.rows.length) return null;
  if (table.chart.type === "trend") return <TrendChart table={table} />;
  const { points, isPercent } = series(table, table.chart);
  const titleId = `${table.key}-chart-title`;
  const descId = `${table.key}-chart-desc`;
  const heading = (
    <>
      <title id={titleId}>{table.title}</title>
      <desc id={descId}>{table.description}</desc>
    </>
  );
  const max = upper(points.map((p) => p.value), isPercent);
  const format = (v: number) => (isPercent ? `${v}%` : v.toLocaleString("en-US"));

  if (table.chart.type === "line") {
    const height = 220;
    const x = scalePoint<string>().domain(points.map((p, i) => `${i}`)).range([48, WIDTH - 16]).padding(0.5);
    const y = scaleLinear().domain([0, max]).nice().range([height - 32, 16]);
    const path = line<{ value: number | null }>()
      .defined((p) => p.value !== null)
      .x((_, i) => x(`${i}`) ?? 0)
      .y((p) => y(p.value ?? 0))(points);
    const ticks = y.ticks(4);
    const every = Math.max(1, Math.ceil(points.length / 8));
    return (
      <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        {heading}
        {ticks.map((tick) => (
          <g key={tick} aria-hidden="true">
            <line className="chart-grid" x1={48} x2={WIDTH - 16} y1={y(tick)} y2={y(tick)} />
            <text className="chart-axis" x={40} y={y(tick) + 4} textAnchor="end">
              {format(tick)}
            </text>
          </g>
        ))}
        {path ? <path className="chart-line" d={path} aria-hidden="true" /> : null}
        {points.map((p, i) => (
          <g key={p.label} aria-hidden="true">
            {p.value !== null ? <circle className="chart-point" cx={x(`${i}`)} cy={y(p.value)} r={4} /> : null}
            {i % every === 0 ? (
              <text className="chart-axis" x={x(`${i}`)} y={height - 10} textAnchor="middle">
                {p.label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
    );
  }

  const height = points.length * BAR + 2 * PAD;
  const y = scaleBand<string>().domain(points.map((_, i) => `${i}`)).range([PAD, height - PAD]).padding(0.2);
  const x = scaleLinear().domain([0, max]).range([LABEL, WIDTH - 90]);
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      {heading}
      {points.map((p, i) => {
        const top = y(`${i}`) ?? 0;
        const middle = top + y.bandwidth() / 2 + 4;
        const end = p.value === null ? LABEL : x(p.value);
        return (
          <g key={`${p.label}-${i}`} aria-hidden="true">
            <text className="chart-label" x={LABEL - 8} y={middle} textAnchor="end">
              {p.label.length > 30 ? `${p.label.slice(0, 29)}…` : p.label}
            </text>
            {p.value !== null ? <rect className="chart-bar" x={LABEL} y={top} width={Math.max(0, end - LABEL)} height={y.bandwidth()} /> : null}
            <text className={p.value === null ? "chart-hidden" : "chart-value"} x={end + 6} y={middle}>
              {p.value === null ? hiddenLabel : format(p.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const TREND_ROW = 34;
const TREND_TOP = 28;
const TREND_RIGHT = 56;

/**
 * Small multiples of a trend: one row per table row (a red flag), a line across the columns
 * (months) on a 0–100% scale, d3-scale for positions and d3-shape for the line. A hidden value is
 * a gap in the line (`defined`), never a zero; shown values get a point, so a month standing alone
 * between gaps still shows. The last column's value, when shown, is written at the row's end;
 * every value is in the table beside it.
 */
function TrendChart({ table }: { table: Table }) {
  const titleId = `${table.key}-chart-title`;
  const descId = `${table.key}-chart-desc`;
  const keys = table.columns.map((c) => c.key);
  const height = TREND_TOP + table.rows.length * TREND_ROW + 8;
  const x = scalePoint<string>().domain(keys).range([LABEL, WIDTH - TREND_RIGHT]).padding(0.3);
  const row = scaleBand<number>().domain(table.rows.map((_, i) => i)).range([TREND_TOP, height - 8]).paddingInner(0.25);
  const every = Math.max(1, Math.ceil(keys.length / 6));
  return (
    <svg className="chart chart-trend" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{table.title}</title>
      <desc id={descId}>{table.description}</desc>
      <g aria-hidden="true">
        {table.columns.map((c, i) =>
          i % every === 0 || i === keys.length - 1 ? (
            <text key={c.key} className="chart-axis" x={x(c.key)} y={TREND_TOP - 10} textAnchor="middle">
              {c.label}
            </text>
          ) : null,
        )}
      </g>
      {table.rows.map((r, i) => {
        const top = row(i) ?? 0;
        const y = scaleLinear().domain([0, 100]).range([top + row.bandwidth(), top]);
        const points = r.values.map((value, j) => ({ key: keys[j]!, value }));
        const path = line<{ key: string; value: number | null }>()
          .defined((p) => p.value !== null)
          .x((p) => x(p.key) ?? 0)
          .y((p) => y(p.value ?? 0))(points);
        const latest = points.at(-1)?.value ?? null;
        const label = rowLabel(r);
        return (
          <g key={`${r.id}-${i}`} aria-hidden="true">
            <text className="chart-label" x={LABEL - 8} y={top + row.bandwidth() / 2 + 4} textAnchor="end">
              {label.length > 30 ? `${label.slice(0, 29)}…` : label}
            </text>
            <line className="chart-grid" x1={LABEL} x2={WIDTH - TREND_RIGHT} y1={y(0)} y2={y(0)} />
            <line className="chart-grid chart-grid-faint" x1={LABEL} x2={WIDTH - TREND_RIGHT} y1={y(100)} y2={y(100)} />
            {path ? <path className="chart-line" d={path} /> : null}
            {points.map((p) => (p.value !== null ? <circle key={p.key} className="chart-point" cx={x(p.key)} cy={y(p.value)} r={3} /> : null))}
            {latest !== null ? (
              <text className="chart-value" x={WIDTH - TREND_RIGHT + 8} y={top + row.bandwidth() / 2 + 4}>
                {`${latest}%`}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
