import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { metaTags } from "../campaign/page-meta";
import { campaignPageLoader } from "../campaign/page-meta.server";
import { privacyPage } from "../campaign/privacy.server";
import { PageHeading } from "../components/page-heading";

export const meta: MetaFunction<typeof loader> = ({ data }) => metaTags(data?.meta);

export const loader = campaignPageLoader(privacyPage);

export default function Privacy() {
  const { page } = useLoaderData<typeof loader>();
  const { text } = page;
  return (
    <article>
      <PageHeading title={text.title} intro={text.intro} />
      <section>
        <h2>{text.storedHeading}</h2>
        <p>{text.storedIntro}</p>
        <ul>
          {page.stored.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{text.notStoredHeading}</h2>
        <ul>
          {page.notStored.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      {page.sections.map((section) => (
        <section key={section.id}>
          <h2>{section.heading}</h2>
          <p>{section.body}</p>
        </section>
      ))}
    </article>
  );
}
