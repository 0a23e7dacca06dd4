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
  const { page } = useLoaderData<typeof loader>();
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
        <h2>{text.seedsHeading}</h2>
        <dl className="seeds">
          {page.seeds.map((seed) => (
            <div key={seed.file}>
              <dt>{seed.file}</dt>
              <dd>{seed.description}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section>
        <h2 id="sources">{text.sourcesHeading}</h2>
        <p>{text.sourcesIntro}</p>
        <ul className="sources">
          {page.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
