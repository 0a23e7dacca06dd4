import type { Table } from "../tables";

export interface TableLabels {
  hidden: string;
  notShown: string;
}

/** The table beside a chart: the same rows and numbers, hidden figures in words. */
export function DataTable({ table, labels }: { table: Table; labels: TableLabels }) {
  const hasSub = table.rows.some((r) => r.subName);
  return (
    <div className="table-scroll">
      <table className="staff-table">
        <caption>{table.title}</caption>
        <thead>
          <tr>
            <th scope="col">{table.nameLabel || table.idLabel}</th>
            {hasSub ? <th scope="col">{table.subLabel}</th> : null}
            {table.columns.map((c) => (
              <th scope="col" key={c.key} className="num">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={`${row.id}-${row.subId ?? ""}-${i}`}>
              <th scope="row">
                {row.name}
                {row.name !== row.id ? <span className="row-id"> {row.id}</span> : null}
              </th>
              {hasSub ? <td>{row.subName}</td> : null}
              {row.values.map((v, j) => {
                const column = table.columns[j];
                if (v !== null) return <td key={column?.key ?? j} className="num">{column?.kind === "percent" ? `${v}%` : v.toLocaleString("en-US")}</td>;
                // A hidden count is "fewer than 10 (hidden)"; a percentage of too few people is simply not shown.
                return (
                  <td key={column?.key ?? j} className="num hidden-figure">
                    {column?.kind === "percent" ? labels.notShown : labels.hidden}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
