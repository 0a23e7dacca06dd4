import type { Table } from "../tables";
import { Chart } from "./chart";
import { DataTable, type TableLabels } from "./data-table";

/** One figure of the dashboard: heading, description, the chart and its table side by side. */
export function TableSection({ table, labels, level = 2 }: { table: Table; labels: TableLabels; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className="staff-figure" aria-labelledby={`${table.key}-heading`}>
      <Heading id={`${table.key}-heading`}>{table.title}</Heading>
      <p>{table.description}</p>
      <div className="figure-pair">
        {table.chart ? <Chart table={table} hiddenLabel={labels.hidden} /> : null}
        <DataTable table={table} labels={labels} />
      </div>
    </section>
  );
}
