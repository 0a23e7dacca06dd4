import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { staffHeaders, staffMeta } from "../staff/meta";
import { signInAction, signInPage } from "../staff/sign-in.server";

export const headers = staffHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffMeta(data?.text.title ?? "Waspada");

export const loader = ({ request }: LoaderFunctionArgs) => signInPage(request);

export const action = ({ request }: ActionFunctionArgs) => signInAction(request);

export default function StaffSignIn() {
  const loaded = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { text, csrf, next, action: postTo } = failed ?? loaded;
  const message = failed?.message;
  return (
    <>
      <a className="skip-link" href="#main">
        {text.skipToContent}
      </a>
      <header className="site-header">
        <div className="bar">
          <span className="brand">{text.siteName}</span>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{text.title}</h1>
        <p>{text.intro}</p>
        {loaded.notice && !message ? <p className="note">{loaded.notice}</p> : null}
        {message ? (
          <p className="error" role="alert" id="sign-in-error">
            {message}
          </p>
        ) : null}
        <form method="post" action={postTo} className="staff-sign-in">
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="next" value={next} />
          <p className="field">
            <label htmlFor="user">{text.user}</label>
            <input id="user" name="user" autoComplete="username" required maxLength={64} aria-describedby={message ? "sign-in-error" : undefined} />
          </p>
          <p className="field">
            <label htmlFor="password">{text.password}</label>
            <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={1024} />
          </p>
          <p>
            <button type="submit">{text.submit}</button>
          </p>
        </form>
      </main>
    </>
  );
}
