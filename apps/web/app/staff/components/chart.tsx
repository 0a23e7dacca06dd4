import { scaleBand, scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import type { Table } from "../tables";

const WIDTH = 640;
const LABEL = 200;
const BAR = 26;
const PAD = 8;

interface ChartProps {
  table: Table;
  hiddenLabel: string;
}

/** Where the chart's column is and whether it is a percentage; the points with their values. */
function series(table: Table) {
  const index = table.columns.findIndex((c) => c.key === table.chart?.column);
  const column = table.columns[index];
  const points = table.rows.map((row) => ({ label: row.subName ? `${row.name} (${row.subName})` : row.name, value: row.values[index] ?? null }));
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
  const { points, isPercent } = series(table);
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
