import type { ReactNode } from "react";
import type { Dashboard } from "../dashboard.server";
import { FiltersForm } from "./filters-form";
import { StaffFrame } from "./staff-frame";
import { TableSection } from "./table-section";

/** A dashboard view: title, filters, the privacy note, the CSV link, then its figures. */
export function DashboardPage({ data, children }: { data: Dashboard; children?: ReactNode }) {
  const { text } = data;
  return (
    <StaffFrame shell={data.shell}>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <FiltersForm form={data.form} action={data.action} />
      {data.widened ? (
        <p className="note" role="status">
          {data.widened}
        </p>
      ) : null}
      <p className="note">{text.suppressionNote}</p>
      {data.invalid ? (
        <p className="error" role="alert">
          {text.invalid}
        </p>
      ) : (
        <>
          <p className="no-print">
            <a href={data.csvHref} download>
              {text.export}
            </a>
          </p>
          {data.total ? (
            <dl className="totals">
              <div>
                <dt>{text.total}</dt>
                <dd>{data.total.submissions === null ? data.labels.hidden : data.total.submissions.toLocaleString("en-US")}</dd>
              </div>
              <div>
                <dt>{text.people}</dt>
                <dd>{data.total.people === null ? data.labels.hidden : data.total.people.toLocaleString("en-US")}</dd>
              </div>
            </dl>
          ) : null}
          {children}
          {data.questions.length
            ? data.questions.map((q) => (
                <section key={q.questionId} className="staff-question" aria-labelledby={`q-${q.questionId}`}>
                  <h2 id={`q-${q.questionId}`}>
                    {q.text} <span className="row-id">{q.questionId}</span>
                  </h2>
                  <TableSection table={q.outcomes} labels={data.labels} level={3} />
                  <TableSection table={q.options} labels={data.labels} level={3} />
                </section>
              ))
            : data.tables.map((table) => <TableSection key={table.key} table={table} labels={data.labels} />)}
        </>
      )}
    </StaffFrame>
  );
}
