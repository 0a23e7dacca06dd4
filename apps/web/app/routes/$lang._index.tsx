import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { homePage } from "../campaign/home.server";
import { metaTags } from "../campaign/page-meta";
import { pageMeta } from "../campaign/page-meta.server";
import { FigureList } from "../components/figure-list";
import { CitedParagraph } from "../components/source-note";
import { pick, requireLanguage } from "../utils/i18n.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => metaTags(data?.meta);

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params.lang);
  const text = pick(lang, { title: "home:meta.title", description: "home:meta.description" });
  return { lang, page: homePage(lang), meta: pageMeta(request, lang, text) };
}

export default function Home() {
  const { lang, page } = useLoaderData<typeof loader>();
  const { hero, why, figures, learn, quizCall, village, helpTeaser, sourcesLabel } = page;
  return (
    <article className="home">
      <section className="hero">
        <h1>{hero.heading}</h1>
        <p className="lead">{hero.lead}</p>
        <p>
          <a className="button primary" href={`/${lang}/quiz`}>
            {hero.cta}
          </a>
        </p>
        <p className="hint">{hero.duration}</p>
      </section>

      <section>
        <h2>{why.heading}</h2>
        {why.paragraphs.map((p) => (
          <CitedParagraph key={p.text} text={p.text} sources={p.sources} label={sourcesLabel} />
        ))}
      </section>

      <section>
        <h2>{figures.heading}</h2>
        <p>{figures.note}</p>
        <FigureList figures={figures.items} sourcesLabel={sourcesLabel} />
      </section>

      <section>
        <h2>{learn.heading}</h2>
        <ul>
          {learn.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section className="callout">
        <h2>{quizCall.heading}</h2>
        <p>{quizCall.body}</p>
        {/* The hero holds the one primary button; this second way in is outlined. */}
        <a className="button" href={`/${lang}/quiz`}>
          {quizCall.button}
        </a>
      </section>

      <section>
        <h2>{village.heading}</h2>
        <p>{village.body}</p>
        <p>
          <a href={`/${lang}/session`}>{village.start}</a> · <a href={`/${lang}/facilitator`}>{village.link}</a>
        </p>
      </section>

      <section>
        <h2>{helpTeaser.heading}</h2>
        <p>{helpTeaser.body}</p>
        <p>
          <a href={`/${lang}/help`}>{helpTeaser.link}</a>
        </p>
      </section>
    </article>
  );
}
