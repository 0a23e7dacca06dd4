import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { helpPage } from "../campaign/help.server";
import { metaTags } from "../campaign/page-meta";
import { campaignPageLoader } from "../campaign/page-meta.server";
import { HelpContactCard } from "../components/help-contact";
import { PageHeading } from "../components/page-heading";
import { CitedParagraph } from "../components/source-note";

export const meta: MetaFunction<typeof loader> = ({ data }) => metaTags(data?.meta);

export const loader = campaignPageLoader((lang) => helpPage(lang));

export default function Help() {
  const { page } = useLoaderData<typeof loader>();
  const { text } = page;
  return (
    <article>
      <PageHeading title={text.title} intro={text.intro} />
      <p className="notice">{text.noNumbers}</p>
      <section>
        <h2>{text.familyHeading}</h2>
        {page.family.map((p) => (
          <CitedParagraph key={p.text} text={p.text} sources={p.sources} label={text.sourcesLabel} />
        ))}
      </section>
      {page.groups.map((group) => (
        <section key={group.kind}>
          <h2>{group.heading}</h2>
          <ul className="cards">
            {group.contacts.map((contact) => (
              <HelpContactCard key={contact.id} contact={contact} sourcesLabel={text.sourcesLabel} />
            ))}
          </ul>
        </section>
      ))}
      <p className="hint">{text.namesNote}</p>
    </article>
  );
}
