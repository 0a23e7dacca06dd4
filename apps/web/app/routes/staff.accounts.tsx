import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { accountsAction, accountsPage } from "../staff/accounts.server";
import { StaffFrame } from "../staff/components/staff-frame";
import { staffHeaders, staffMeta } from "../staff/meta";

export const headers = staffHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffMeta(data?.text.title ?? "Waspada");

export const loader = ({ request }: LoaderFunctionArgs) => accountsPage(request);

export const action = ({ request }: ActionFunctionArgs) => accountsAction(request);

export default function StaffAccounts() {
  const loaded = useLoaderData<typeof loader>();
  const page = useActionData<typeof action>() ?? loaded;
  const { text, shell } = page;
  return (
    <StaffFrame shell={shell}>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {page.done ? <p role="status">{text.done}</p> : null}
      {page.error ? (
        <p className="error" role="alert">
          {page.error}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="staff-table staff-accounts">
          <caption>{text.title}</caption>
          <thead>
            <tr>
              <th scope="col">{text.user}</th>
              <th scope="col">{text.role}</th>
              <th scope="col">{text.status}</th>
              <th scope="col">{text.reset}</th>
            </tr>
          </thead>
          <tbody>
            {page.accounts.map((a) => (
              <tr key={a.username}>
                <th scope="row">{a.username}</th>
                <td>{a.role}</td>
                <td>
                  {a.status}
                  {a.username !== page.self ? (
                    <form method="post">
                      <input type="hidden" name="csrf" value={shell.csrf} />
                      <input type="hidden" name="user" value={a.username} />
                      <button type="submit" name="intent" value={a.disabled ? "enable" : "disable"}>
                        {a.toggle}
                      </button>
                    </form>
                  ) : null}
                </td>
                <td>
                  <form method="post">
                    <input type="hidden" name="csrf" value={shell.csrf} />
                    <input type="hidden" name="user" value={a.username} />
                    <p className="field">
                      <label htmlFor={`password-${a.username}`}>{a.newPassword}</label>
                      <input id={`password-${a.username}`} name="password" type="password" autoComplete="new-password" minLength={15} required />
                    </p>
                    <p className="field">
                      <label htmlFor={`password-again-${a.username}`}>{a.passwordAgain}</label>
                      <input id={`password-again-${a.username}`} name="passwordAgain" type="password" autoComplete="new-password" minLength={15} required />
                    </p>
                    <button type="submit" name="intent" value="reset">
                      {text.reset}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{text.signIns}</h2>
      <div className="table-scroll">
        <table className="staff-table">
          <caption>{text.signIns}</caption>
          <thead>
            <tr>
              <th scope="col">{text.when}</th>
              <th scope="col">{text.user}</th>
              <th scope="col">{text.outcome}</th>
            </tr>
          </thead>
          <tbody>
            {page.signIns.map((s, i) => (
              <tr key={`${s.at}-${i}`}>
                <td>{s.at}</td>
                <td>{s.user}</td>
                <td>{s.outcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </StaffFrame>
  );
}
