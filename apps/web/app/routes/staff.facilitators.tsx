import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { StaffFrame } from "../staff/components/staff-frame";
import { facilitatorsAction, facilitatorsPage } from "../staff/facilitators.server";
import { staffHeaders, staffMeta } from "../staff/meta";

export const headers = staffHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffMeta(data?.text.title ?? "Waspada");

export const loader = ({ request }: LoaderFunctionArgs) => facilitatorsPage(request);

export const action = ({ request }: ActionFunctionArgs) => facilitatorsAction(request);

export default function StaffFacilitators() {
  const loaded = useLoaderData<typeof loader>();
  const page = useActionData<typeof action>() ?? loaded;
  const { text, shell } = page;
  const csrf = <input type="hidden" name="csrf" value={shell.csrf} />;
  return (
    <StaffFrame shell={shell}>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {text.createdNotice ? (
        <p role="status" className="new-code">
          {text.createdNotice}
        </p>
      ) : null}
      {page.message ? <p role="status">{page.message}</p> : null}
      {page.error ? (
        <p className="error" role="alert">
          {page.error}
        </p>
      ) : null}
      <form method="post" className="staff-accounts">
        {csrf}
        <p className="field">
          <label htmlFor="facilitator-name">{text.newName}</label>
          <input id="facilitator-name" name="name" required maxLength={80} />
        </p>
        <button type="submit" name="intent" value="create">
          {text.create}
        </button>
      </form>
      {page.codes.length ? (
        <div className="table-scroll">
          <table className="staff-table">
            <caption>{text.title}</caption>
            <thead>
              <tr>
                <th scope="col">{text.name}</th>
                <th scope="col">{text.createdDay}</th>
                <th scope="col">{text.disabledDay}</th>
                <th scope="col">{text.voidedDay}</th>
                <th scope="col" className="num">{text.sessions}</th>
                <th scope="col" className="num">{text.people}</th>
                <th scope="col">{text.actions}</th>
              </tr>
            </thead>
            <tbody>
              {page.codes.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{c.createdDay}</td>
                  <td>{c.disabledDay ?? ""}</td>
                  <td>{c.voidedDay ?? ""}</td>
                  <td className="num">{c.sessions ?? text.hidden}</td>
                  <td className="num">{c.people ?? text.hidden}</td>
                  <td>
                    {c.disabledDay ? null : (
                      <form method="post">
                        {csrf}
                        <input type="hidden" name="id" value={c.id} />
                        <button type="submit" name="intent" value="disable">
                          {c.disable}
                        </button>
                      </form>
                    )}
                    <form method="post">
                      {csrf}
                      <input type="hidden" name="id" value={c.id} />
                      <p>
                        <input type="checkbox" id={`confirm-${c.id}`} name="confirm" value="yes" required />{" "}
                        <label htmlFor={`confirm-${c.id}`}>{text.confirmVoid}</label>
                      </p>
                      <button type="submit" name="intent" value="void">
                        {c.void}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{text.none}</p>
      )}
    </StaffFrame>
  );
}
