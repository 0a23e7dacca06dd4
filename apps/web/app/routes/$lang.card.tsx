import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { cardPage } from "../campaign/card.server";
import { metaTags } from "../campaign/page-meta";
import { campaignPageLoader } from "../campaign/page-meta.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => metaTags(data?.meta);

export const loader = campaignPageLoader(cardPage);

export default function TakeHomeCard() {
  const { lang, page } = useLoaderData<typeof loader>();
  const { text } = page;
  return (
    <article className="take-home-card">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
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
      <h2>{text.helpHeading}</h2>
      <ul>
        {page.help.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      <p className="sources">
        {text.sourcesNote} <a href={`/${lang}/about`}>{text.about}</a>
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
