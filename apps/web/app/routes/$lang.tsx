import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { SiteFooter, SiteHeader } from "../components/site-chrome";
import { LANGUAGES, pick, requireLanguage } from "../utils/i18n.server";
import { switchLanguagePath } from "../utils/language";

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params.lang);
  const path = new URL(request.url).pathname;
  return {
    lang,
    path,
    labels: pick(lang, {
      siteName: "common:siteName",
      skipToContent: "common:skipToContent",
      quickExit: "common:quickExit.label",
      quickExitHint: "common:quickExit.hint",
      navLabel: "common:nav.label",
      home: "common:nav.home",
      quiz: "common:nav.quiz",
      redFlags: "common:nav.redFlags",
      migration: "common:nav.migration",
      help: "common:nav.help",
      languageLabel: "common:language.label",
      menu: "common:nav.menu",
      helpShort: "common:nav.helpShort",
    }),
    footer: pick(lang, {
      note: "common:footer.note",
      sourcesNote: "common:footer.sources",
      sources: "sources:title",
      glossary: "common:nav.glossary",
      facilitator: "common:nav.facilitator",
      about: "common:footer.aboutLink",
      privacy: "common:footer.privacyLink",
    }),
    languages: LANGUAGES.map((code) => ({
      code,
      name: pick(code, { name: "common:language.name" }).name,
      href: switchLanguagePath(path, code),
    })),
  };
}

export default function LanguageLayout() {
  const { lang, path, labels, footer, languages } = useLoaderData<typeof loader>();
  return (
    <>
      <SiteHeader lang={lang} path={path} labels={labels} languages={languages} />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter lang={lang} labels={footer} />
    </>
  );
}
