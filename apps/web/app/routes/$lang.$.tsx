import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { notFoundData, useNotFound } from "../campaign/not-found";
import { metaTags } from "../campaign/page-meta";
import { pageTitle } from "../campaign/page-meta.server";
import { NotFoundArticle } from "../components/not-found-article";
import { pick, requireLanguage } from "../utils/i18n.server";

/**
 * Any address under a language that no page has: a 404 inside the site's header (so quick exit and
 * help stay one tap away), saying plainly that the page does not exist.
 */
function notFoundText(lang: string) {
  const text = pick(lang, { heading: "common:notFound.heading", body: "common:notFound.body", home: "common:notFound.home", help: "common:nav.help" });
  return { ...text, title: pageTitle(lang, text.heading) };
}

type Text = ReturnType<typeof notFoundText>;

export const meta: MetaFunction = ({ error }) => metaTags(undefined, notFoundData<Text>(error)?.text.title);

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLanguage(params.lang);
  throw data({ lang, text: notFoundText(lang) }, { status: 404 });
}

export default function NotFoundPage() {
  return null;
}

export function ErrorBoundary() {
  const { lang, text } = useNotFound<Text>();
  return (
    <NotFoundArticle heading={text.heading} body={text.body}>
      <p>
        <a className="button primary" href={`/${lang}`}>
          {text.home}
        </a>
      </p>
      <p>
        <a href={`/${lang}/help`}>{text.help}</a>
      </p>
    </NotFoundArticle>
  );
}
