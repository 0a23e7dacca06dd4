import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFoundData, useNotFound } from "../campaign/not-found";
import { metaTags } from "../campaign/page-meta";
import { pageMeta, pageTitle } from "../campaign/page-meta.server";
import { redFlagNotFound, redFlagPage } from "../campaign/red-flags.server";
import { NotFoundArticle } from "../components/not-found-article";
import { requireLanguage } from "../utils/i18n.server";

/** This route's own 404 is an unknown id. */
type Text = ReturnType<typeof redFlagNotFound>;

export const meta: MetaFunction<typeof loader> = ({ data, error }) => metaTags(data?.meta, notFoundData<Text>(error)?.text.title);

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params.lang);
  const page = redFlagPage(lang, params.id);
  if (!page) throw data({ lang, text: redFlagNotFound(lang, params.id) }, { status: 404 });
  const meta = pageMeta(request, lang, { title: pageTitle(lang, page.name), description: page.why });
  return { lang, page, meta };
}

export default function RedFlagPage() {
  const { lang, page } = useLoaderData<typeof loader>();
  const { text } = page;
  return (
    <article className="red-flag">
      <h1>{page.name}</h1>
      <dl className="facts">
        <dt>{text.stagesLabel}</dt>
        <dd>{page.stages.join(", ")}</dd>
        <dt>{text.typeLabel}</dt>
        <dd>{page.type}</dd>
      </dl>
      <h2>{text.whyHeading}</h2>
      <p>{page.why}</p>
      <h2>{text.insteadHeading}</h2>
      <p>{page.instead}</p>
      <h2>{text.sourcesHeading}</h2>
      <ul className="sources">
        {page.sources.map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ul>
      <p>
        <a className="button primary" href={`/${lang}/quiz`}>
          {text.quizLink}
        </a>
      </p>
      <p>
        <a href={`/${lang}/red-flags`}>{text.backToList}</a>
      </p>
    </article>
  );
}

/** An id the catalogue does not have: a 404 that still offers the way back to every red flag. */
export function ErrorBoundary() {
  const { lang, text } = useNotFound<Text>();
  return (
    <NotFoundArticle heading={text.heading} body={text.body}>
      <p>
        <a href={`/${lang}/red-flags`}>{text.backToList}</a>
      </p>
    </NotFoundArticle>
  );
}
