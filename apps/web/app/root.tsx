import type { LinksFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useMatches,
  useParams,
  useRouteError,
} from "@remix-run/react";
import type { ReactNode } from "react";
import stylesUrl from "./styles/app.css?url";
import { QuickExitEnhancer } from "./components/quick-exit";
import { useNonce } from "./utils/nonce";
import { routeHydrates } from "./utils/handle";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesUrl },
  { rel: "icon", href: "data:," },
];

export function Layout({ children }: { children: ReactNode }) {
  const params = useParams();
  const nonce = useNonce();
  // Pages that need no interactivity ship no JavaScript at all.
  const matches = useMatches();
  const hydrate = matches.some((m) => routeHydrates(m.handle));
  // Staff pages carry their language in the query (?lang=en), not in the path.
  const staffLang = matches.map((m) => (m.data as { staffLang?: string } | undefined)?.staffLang).find(Boolean);
  const lang = params.lang ?? staffLang;
  return (
    <html lang={lang === "en" ? "en" : "id"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        {hydrate ? (
          <>
            <QuickExitEnhancer />
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
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
