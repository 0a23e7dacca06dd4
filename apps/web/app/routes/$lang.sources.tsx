import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { metaTags } from "../campaign/page-meta";
import { campaignPageLoader } from "../campaign/page-meta.server";
import { sourcesPage } from "../campaign/sources-page.server";
import { PageHeading } from "../components/page-heading";

export const meta: MetaFunction<typeof loader> = ({ data }) => metaTags(data?.meta);

export const loader = campaignPageLoader(sourcesPage);

export default function Sources() {
  const { page } = useLoaderData<typeof loader>();
  const { text } = page;
  return (
    <article className="sources-page">
      <PageHeading title={text.title} intro={text.intro} />
      <section>
        <h2>{text.studiesHeading}</h2>
        <p>{text.studiesIntro}</p>
        <ol className="studies">
          {page.studies.map((study) => (
            <li key={study.id} id={study.id}>
              <p>{study.full}</p>
              {study.citations.length ? (
                <details>
                  <summary>{study.researchers}</summary>
                  <p className="hint">{text.researchersNote}</p>
                  <ul className="sources">
                    {study.citations.map((citation) => (
                      <li key={citation}>{citation}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2 id="published">{text.pagesHeading}</h2>
        <p>{text.pagesIntro}</p>
        <ul className="published">
          {page.published.map((item) => (
            <li key={item.id} id={item.id}>
              <p>
                <strong>{item.name}</strong> <span className="checked">({item.checked})</span>
              </p>
              <ul>
                {item.pages.map((p) => (
                  <li key={p.url}>
                    {p.publisher}, {p.date}, <a href={p.url} data-external="" rel="noreferrer">{p.url}</a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
