import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { facilitatorPage } from "../campaign/facilitator.server";
import { metaTags } from "../campaign/page-meta";
import { campaignPageLoader } from "../campaign/page-meta.server";
import { PageHeading } from "../components/page-heading";
import { CitedParagraph, SourceNote } from "../components/source-note";

export const meta: MetaFunction<typeof loader> = ({ data }) => metaTags(data?.meta);

export const loader = campaignPageLoader(facilitatorPage);

export default function FacilitatorGuide() {
  const { lang, page } = useLoaderData<typeof loader>();
  const { text, safeguarding } = page;
  return (
    <article>
      <PageHeading title={text.title} intro={text.intro} />
      <p>
        <a className="button primary" href={`/${lang}/session`}>
          {text.start}
        </a>
      </p>
      <CitedParagraph text={page.context.text} sources={page.context.sources} label={text.sourcesLabel} />
      {/* Safeguarding in one line before anything else; the full section closes the guide. */}
      <p className="notice">{safeguarding.short}</p>
      {page.sections.map((section) => (
        <section key={section.id}>
          <h2>{section.heading}</h2>
          <ul>
            {section.points.map((point) => (
              <li key={point.text}>{point.href ? <a href={point.href}>{point.text}</a> : point.text}</li>
            ))}
          </ul>
        </section>
      ))}
      <section>
        <h2>{text.closingHeading}</h2>
        <p>{text.closing}</p>
      </section>
      <section className="safeguarding">
        <h2 id="safeguarding">{safeguarding.heading}</h2>
        <p>{safeguarding.intro}</p>
        <ul>
          {safeguarding.points.map((point) => (
            <li key={point.text}>
              {point.text}
              <SourceNote label={text.sourcesLabel} sources={point.sources} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
