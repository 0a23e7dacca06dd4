/** The header and footer around every page: skip link, quick exit, navigation, language. */

// Quick exit leaves for a neutral page; with JavaScript it also replaces the history entry.
export const QUICK_EXIT_URL = "https://www.google.com/search?q=cuaca+hari+ini";

interface HeaderProps {
  lang: string;
  labels: Record<
    "siteName" | "skipToContent" | "quickExit" | "quickExitHint" | "navLabel" | "home" | "quiz" | "languageLabel",
    string
  >;
  languages: { code: string; name: string; href: string }[];
}

export function SiteHeader({ lang, labels, languages }: HeaderProps) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {labels.skipToContent}
      </a>
      <div className="bar">
        <a className="brand" href={`/${lang}`}>
          {labels.siteName}
        </a>
        <a
          className="quick-exit"
          href={QUICK_EXIT_URL}
          rel="noreferrer"
          title={labels.quickExitHint}
          data-quick-exit=""
        >
          {labels.quickExit}
        </a>
      </div>
      <nav aria-label={labels.navLabel} className="nav">
        <a href={`/${lang}`}>{labels.home}</a>
        <a href={`/${lang}/quiz`}>{labels.quiz}</a>
        <span className="languages" role="group" aria-label={labels.languageLabel}>
          {languages.map((l) => (
            <a key={l.code} href={l.href} hrefLang={l.code} lang={l.code} aria-current={l.code === lang ? "true" : undefined}>
              {l.name}
            </a>
          ))}
        </span>
      </nav>
    </header>
  );
}

export function SiteFooter({ text }: { text: string }) {
  return (
    <footer className="site-footer">
      <p>{text}</p>
    </footer>
  );
}
