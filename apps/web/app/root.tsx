import type { LinksFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  isRouteErrorResponse,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import stylesUrl from "./styles/app.css?url";
import { useNonce } from "./utils/nonce";
import { routeHydrates } from "./utils/handle";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesUrl },
  { rel: "icon", href: "data:," },
];

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  // Pages that need no interactivity ship no JavaScript but the tiny quick-exit script.
  const matches = useMatches();
  const hydrate = matches.some((m) => routeHydrates(m.handle));
  // Staff pages carry their language in the query (?lang=en), not in the path.
  const staffLang = matches.map((m) => (m.data as { staffLang?: string } | undefined)?.staffLang).find(Boolean);
  // The language comes from the language layout's loader, which accepts only the languages the
  // content has (a locale folder each), or from a staff page's; outside both the default applies.
  const lang = useRouteLoaderData<{ lang?: string }>("routes/$lang")?.lang ?? staffLang ?? "id";
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        {/* Quick exit and Escape twice on every public page, even those that otherwise ship no
            JavaScript. The staff dashboard has no quick exit and ships no script at all. */}
        {staffLang ? null : <script src="/quick-exit.js" nonce={nonce} defer suppressHydrationWarning />}
        {/* No ScrollRestoration: it keeps scroll positions in sessionStorage, a trace of the visit. */}
        {hydrate ? <Scripts nonce={nonce} /> : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/**
 * Last-resort page for errors outside a language (e.g. /xx). It cannot reach the content
 * package (that would put every sentence in the client bundle), so its two short lines are here,
 * in both languages at once.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" className="error-page">
      <h1>{notFound ? "Halaman tidak ditemukan · Page not found" : "Maaf, ada kesalahan · Sorry, something went wrong"}</h1>
      <p>
        <a href="/id">Beranda (Bahasa Indonesia)</a> · <a href="/en">Home (English)</a>
      </p>
    </main>
  );
}
