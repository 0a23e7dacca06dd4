import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { aboutPage } from "../campaign/about.server";
import { metaTags } from "../campaign/page-meta";
import { campaignPageLoader } from "../campaign/page-meta.server";
import { PageHeading } from "../components/page-heading";
import { CitedParagraph } from "../components/source-note";

export const meta: MetaFunction<typeof loader> = ({ data }) => metaTags(data?.meta);

export const loader = campaignPageLoader(aboutPage);

export default function About() {
  const { lang, page } = useLoaderData<typeof loader>();
  const { text } = page;
  return (
    <article>
      <PageHeading title={text.title} intro={text.intro} />
      <section>
        <h2>{text.howMadeHeading}</h2>
        {page.howMade.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
      <section>
        <h2>{text.framingHeading}</h2>
        <CitedParagraph text={page.framing.text} sources={page.framing.sources} label={text.sourcesLabel} />
        <p>{text.noRanking}</p>
      </section>
      <section>
        <h2>{text.limitsHeading}</h2>
        <p>{text.limits}</p>
      </section>
      <section>
        <h2 id="sources">{text.sourcesHeading}</h2>
        <p>
          {text.sourcesIntro} <a href={`/${lang}/sources`}>{text.sourcesLink}</a>
        </p>
      </section>
    </article>
  );
}
