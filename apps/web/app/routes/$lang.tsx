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
    labels: pick(lang, {
      siteName: "common:siteName",
      skipToContent: "common:skipToContent",
      quickExit: "common:quickExit.label",
      quickExitHint: "common:quickExit.hint",
      navLabel: "common:nav.label",
      home: "common:nav.home",
      quiz: "common:nav.quiz",
      languageLabel: "common:language.label",
      footer: "common:footer.note",
    }),
    languages: LANGUAGES.map((code) => ({
      code,
      name: pick(code, { name: "common:language.name" }).name,
      href: switchLanguagePath(path, code),
    })),
  };
}

export default function LanguageLayout() {
  const { lang, labels, languages } = useLoaderData<typeof loader>();
  return (
    <>
      <SiteHeader lang={lang} labels={labels} languages={languages} />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter text={labels.footer} />
    </>
  );
}
