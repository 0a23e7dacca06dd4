/** The header and footer around every page: skip link, quick exit, navigation, language. */

// Quick exit leaves for a neutral page; with JavaScript it also replaces the history entry.
/** Quick exit goes through our own /exit (quick-exit.mjs), which clears this site's cache and moves on to a neutral page. */
export const QUICK_EXIT_PATH = "/exit";

// The header keeps the five places most people need, short enough for a phone; the rest sit in the footer.
const HEADER_LINKS = [
  { key: "home", path: "" },
  { key: "quiz", path: "/quiz" },
  { key: "redFlags", path: "/red-flags" },
  { key: "migration", path: "/migration" },
  { key: "help", path: "/help" },
] as const;

const FOOTER_LINKS = [
  { key: "glossary", path: "/glossary" },
  { key: "facilitator", path: "/facilitator" },
  { key: "about", path: "/about" },
  { key: "sources", path: "/sources" },
  { key: "privacy", path: "/privacy" },
] as const;

type HeaderLink = (typeof HEADER_LINKS)[number]["key"];
type FooterLink = (typeof FOOTER_LINKS)[number]["key"];

interface HeaderProps {
  lang: string;
  /** The current path, so the link to this very page can say so. */
  path: string;
  labels: Record<"siteName" | "skipToContent" | "quickExit" | "quickExitHint" | "navLabel" | "languageLabel" | "menu" | "helpShort" | HeaderLink, string>;
  languages: { code: string; name: string; href: string }[];
}

/**
 * One row at 360 px: the name, a menu (a <details>, so it opens without JavaScript), help one tap
 * away, and quick exit. The menu holds the pages and the language switch.
 */
export function SiteHeader({ lang, path, labels, languages }: HeaderProps) {
  const helpHref = `/${lang}/help`;
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {labels.skipToContent}
      </a>
      <div className="bar">
        <a className="brand" href={`/${lang}`}>
          {labels.siteName}
        </a>
        <details className="menu">
          <summary>
            <span aria-hidden="true">☰</span>
            <span className="visually-hidden">{labels.menu}</span>
          </summary>
          <nav aria-label={labels.navLabel} className="nav">
            {HEADER_LINKS.map((link) => {
              const href = `/${lang}${link.path}`;
              return (
                <a key={link.key} href={href} aria-current={href === path ? "page" : undefined}>
                  {labels[link.key]}
                </a>
              );
            })}
            <span className="languages" role="group" aria-label={labels.languageLabel}>
              {languages.map((l) => (
                <a key={l.code} href={l.href} hrefLang={l.code} lang={l.code} aria-current={l.code === lang ? "true" : undefined}>
                  {l.name}
                </a>
              ))}
            </span>
          </nav>
        </details>
        <a className="help-link" href={helpHref} data-help-link="" aria-current={helpHref === path ? "page" : undefined}>
          {labels.helpShort}
        </a>
        <a
          className="quick-exit"
          href={QUICK_EXIT_PATH}
          rel="noreferrer"
          title={labels.quickExitHint}
          data-quick-exit=""
        >
          {labels.quickExit}
        </a>
      </div>
    </header>
  );
}

interface FooterProps {
  lang: string;
  labels: Record<"note" | "sourcesNote" | FooterLink, string>;
}

export function SiteFooter({ lang, labels }: FooterProps) {
  return (
    <footer className="site-footer">
      <p>{labels.note}</p>
      <p>{labels.sourcesNote}</p>
      <ul className="footer-links">
        {FOOTER_LINKS.map((link) => (
          <li key={link.key}>
            <a href={`/${lang}${link.path}`}>{labels[link.key]}</a>
          </li>
        ))}
      </ul>
    </footer>
  );
}
