import type { ReactNode } from "react";
import type { StaffShell } from "../shell.server";

/** The dashboard's frame: skip link, name, sections, language, who is signed in and sign-out. */
export function StaffFrame({ shell, children }: { shell: StaffShell; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        {shell.text.skipToContent}
      </a>
      <header className="site-header staff-header">
        <div className="bar">
          <span className="brand">{shell.text.siteName}</span>
          <form method="post" action={shell.signOutAction} className="sign-out">
            <input type="hidden" name="csrf" value={shell.csrf} />
            <span className="signed-in">{shell.text.signedInAs}</span> <button type="submit">{shell.text.signOut}</button>
          </form>
        </div>
        <nav className="nav" aria-label={shell.text.navLabel}>
          {shell.sections.map((s) => (
            <a key={s.key} href={s.href} aria-current={shell.path === s.href.split("?")[0] ? "page" : undefined}>
              {s.label}
            </a>
          ))}
          <span className="languages" role="group" aria-label={shell.text.language}>
            {shell.languages.map((l) => (
              <a key={l.code} href={l.href} lang={l.code} hrefLang={l.code} aria-current={shell.staffLang === l.code ? "true" : undefined}>
                {l.name}
              </a>
            ))}
          </span>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="staff-main">
        {children}
      </main>
    </>
  );
}
