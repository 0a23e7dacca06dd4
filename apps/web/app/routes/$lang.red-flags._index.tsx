import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { metaTags } from "../campaign/page-meta";
import { campaignPageLoader } from "../campaign/page-meta.server";
import { redFlagIndex } from "../campaign/red-flags.server";
import { PageHeading } from "../components/page-heading";
import { StageGroups } from "../components/stage-groups";

export const meta: MetaFunction<typeof loader> = ({ data }) => metaTags(data?.meta);

export const loader = campaignPageLoader((lang) => redFlagIndex(lang));

export default function RedFlagIndex() {
  const { lang, page } = useLoaderData<typeof loader>();
  return (
    <article>
      <PageHeading title={page.text.title} intro={page.text.intro} />
      <section>
        <h2>{page.text.coreHeading}</h2>
        <StageGroups groups={page.core} />
      </section>
      <section>
        <h2>{page.text.contextHeading}</h2>
        <p>{page.text.contextIntro}</p>
        <StageGroups groups={page.context} />
      </section>
      <p>
        <a className="button primary" href={`/${lang}/quiz`}>
          {page.text.quizLink}
        </a>
      </p>
    </article>
  );
}
