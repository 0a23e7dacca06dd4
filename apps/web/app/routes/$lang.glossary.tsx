import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { glossaryPage } from "../campaign/glossary.server";
import { metaTags } from "../campaign/page-meta";
import { campaignPageLoader } from "../campaign/page-meta.server";
import { PageHeading } from "../components/page-heading";
import { SourceNote } from "../components/source-note";

export const meta: MetaFunction<typeof loader> = ({ data }) => metaTags(data?.meta);

export const loader = campaignPageLoader(glossaryPage);

export default function Glossary() {
  const { page } = useLoaderData<typeof loader>();
  const { text } = page;
  return (
    <article>
      <PageHeading title={text.title} intro={text.intro} />
      <dl className="glossary">
        {page.terms.map((entry) => (
          // Each term has an anchor, so other pages and shared links can point straight at it.
          <div key={entry.id} id={entry.id}>
            <dt>{entry.term}</dt>
            <dd>
              <p>{entry.definition}</p>
              {entry.note ? <p className="sources">{entry.note}</p> : null}
              <SourceNote label={text.sourcesLabel} sources={entry.sources} />
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
