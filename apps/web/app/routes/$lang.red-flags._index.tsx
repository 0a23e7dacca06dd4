import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { metaTags } from "../campaign/page-meta";
import { pageMeta, pageTitle } from "../campaign/page-meta.server";
import { redFlagIndex } from "../campaign/red-flags.server";
import { PageHeading } from "../components/page-heading";
import { StageGroups } from "../components/stage-groups";
import { requireLanguage } from "../utils/i18n.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => metaTags(data?.meta);

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params.lang);
  const page = redFlagIndex(lang);
  const meta = pageMeta(request, lang, { title: pageTitle(lang, page.text.title), description: page.text.intro });
  return { lang, page, meta };
}

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
