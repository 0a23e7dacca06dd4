import type { LinksFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  isRouteErrorResponse,
  useMatches,
  useParams,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import type { ReactNode } from "react";
import stylesUrl from "./styles/app.css?url";
import { DEFAULT_LANGUAGE, LANGUAGES, pick } from "./utils/i18n.server";
import { useNonce } from "./utils/nonce";
import { routeHydrates } from "./utils/handle";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesUrl },
  { rel: "icon", href: "data:," },
];

/**
 * The languages the content has (a locale folder each, see @waspada/content) and the default one,
 * with the few words of the last-resort error page in each: nothing here names a language.
 */
export function loader() {
  return {
    defaultLanguage: DEFAULT_LANGUAGE,
    languages: LANGUAGES.map((code) => ({
      code,
      ...pick(code, { name: "common:language.name", notFound: "common:notFound.heading", error: "common:error.heading", home: "common:notFound.home" }),
    })),
  };
}

// The same for every request: fetched once per visit.
export const shouldRevalidate: ShouldRevalidateFunction = () => false;

/** The page's language: the path's (/id/…, /en/session) when the content has it, a staff page's, else the default. */
function usePageLanguage(staffLang: string | undefined): string | undefined {
  const root = useRouteLoaderData<typeof loader>("root");
  const { lang } = useParams();
  if (lang && root?.languages.some((l) => l.code === lang)) return lang;
  return staffLang ?? root?.defaultLanguage;
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  // Pages that need no interactivity ship no JavaScript but the tiny quick-exit script.
  const matches = useMatches();
  const hydrate = matches.some((m) => routeHydrates(m.handle));
  // Staff pages carry their language in the query (?lang=en), not in the path.
  const staffLang = matches.map((m) => (m.data as { staffLang?: string } | undefined)?.staffLang).find(Boolean);
  const lang = usePageLanguage(staffLang);
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
 * Last-resort page for errors outside a language (e.g. /xx): one line and one home link in every
 * language, from the root loader (the content package itself stays out of the client bundle).
 * Should even that loader have failed, "/" still leads to the visitor's language.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const languages = useRouteLoaderData<typeof loader>("root")?.languages ?? [];
  return (
    <main id="main" className="error-page">
      <h1>
        {languages.length
          ? languages.map((l, i) => (
              <span key={l.code} lang={l.code}>
                {i > 0 ? " · " : null}
                {notFound ? l.notFound : l.error}
              </span>
            ))
          : notFound ? "404" : "500"}
      </h1>
      <ul className="footer-links">
        {languages.length ? (
          languages.map((l) => (
            <li key={l.code}>
              <a href={`/${l.code}`} lang={l.code} hrefLang={l.code}>
                {l.home} ({l.name})
              </a>
            </li>
          ))
        ) : (
          <li>
            <a href="/">Waspada</a>
          </li>
        )}
      </ul>
    </main>
  );
}
