import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { migrationPage } from "../campaign/migration.server";
import { metaTags } from "../campaign/page-meta";
import { campaignPageLoader } from "../campaign/page-meta.server";
import { PageHeading } from "../components/page-heading";
import { CitedParagraph, SourceNote } from "../components/source-note";

export const meta: MetaFunction<typeof loader> = ({ data }) => metaTags(data?.meta);

export const loader = campaignPageLoader(migrationPage);

export default function Migration() {
  const { lang, page } = useLoaderData<typeof loader>();
  const { text } = page;
  return (
    <article>
      <PageHeading title={text.title} intro={text.intro} />
      <section>
        <h2>{text.basicsHeading}</h2>
        {page.basics.map((basic) => (
          <CitedParagraph key={basic.id} text={basic.text} sources={basic.sources} label={text.sourcesLabel} />
        ))}
      </section>
      <section>
        <h2>{text.stepsHeading}</h2>
        <p>{text.stepsIntro}</p>
        <ol className="steps">
          {page.steps.map((step) => (
            <li key={step.id} className={step.inference ? "card inference" : "card"}>
              <h3>{step.title}</h3>
              <p>{step.body}</p>
              <p className="basis">{step.basis}</p>
              <SourceNote label={text.sourcesLabel} sources={step.sources} />
            </li>
          ))}
        </ol>
        <p className="notice">{text.gapNote}</p>
      </section>
      <p>
        <a href={`/${lang}/help`}>{text.helpLink}</a>
      </p>
    </article>
  );
}
