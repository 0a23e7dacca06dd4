import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { cardPage, missedFromQuery } from "../campaign/card.server";
import { metaTags } from "../campaign/page-meta";
import { pageMeta, pageTitle } from "../campaign/page-meta.server";
import { requireLanguage } from "../utils/i18n.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => metaTags(data?.meta);

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params.lang);
  const url = new URL(request.url);
  const page = cardPage(lang, url.origin, missedFromQuery(url.searchParams.get("missed")));
  return { lang, page, meta: pageMeta(request, lang, { title: pageTitle(lang, page.text.title), description: page.text.intro }) };
}

export default function TakeHomeCard() {
  const { lang, page } = useLoaderData<typeof loader>();
  const { text } = page;
  return (
    <article className="take-home-card">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {page.missed.length ? (
        <section aria-labelledby="card-missed" className="card-missed">
          <h2 id="card-missed">{text.missedHeading}</h2>
          <ul>
            {page.missed.map((f) => (
              <li key={f.id} data-missed={f.id}>
                <strong>{f.name}</strong>
                <span className="instead">: {f.instead}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>{text.helpHeading}</h2>
      <ul className="card-help">
        {page.help.map((c) => (
          <li key={c.id}>
            {c.name}: {c.href ? <a href={c.href} data-external="">{c.value}</a> : c.value}
          </li>
        ))}
      </ul>
      <h2>{text.flagsHeading}</h2>
      {page.stages.map((s) => (
        <section key={s.stage} aria-labelledby={`card-${s.stage}`}>
          <h3 id={`card-${s.stage}`}>{s.name}</h3>
          <ul className="card-flags">
            {s.flags.map((f) => (
              <li key={f.id}>{f.name}</li>
            ))}
          </ul>
        </section>
      ))}
      <p className="sources">
        {text.sourcesNote} <a href={`/${lang}/sources`}>{text.sources}</a>
      </p>
      <p className="no-print">{text.printHint}</p>
      <p className="no-print">
        <a className="button primary" href={page.shareUrl} rel="noreferrer" data-share="whatsapp">
          {text.shareWhatsApp}
        </a>
      </p>
    </article>
  );
}
