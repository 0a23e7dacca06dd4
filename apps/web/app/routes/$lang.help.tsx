import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { helpPage } from "../campaign/help.server";
import { metaTags } from "../campaign/page-meta";
import { campaignPageLoader } from "../campaign/page-meta.server";
import { HelpChannelItem, PublishedSources } from "../components/help-channel";
import { HelpContactCard } from "../components/help-contact";
import { PageHeading } from "../components/page-heading";
import { CitedParagraph } from "../components/source-note";

export const meta: MetaFunction<typeof loader> = ({ data }) => metaTags(data?.meta);

export const loader = campaignPageLoader((lang) => helpPage(lang));

export default function Help() {
  const { page } = useLoaderData<typeof loader>();
  const { text } = page;
  return (
    <article className="help-page">
      <PageHeading title={text.title} intro={text.intro} />
      <nav aria-label={text.jump} className="situations-nav">
        <ul>
          {page.situations.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.heading}</a>
            </li>
          ))}
        </ul>
      </nav>
      {page.situations.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-heading`} className="situation">
          <h2 id={`${s.id}-heading`}>{s.heading}</h2>
          <p>{s.intro}</p>
          {s.places.map((place) => (
            <div key={place.id} className="place">
              {place.heading ? <h3>{place.heading}</h3> : null}
              <ul className="channels">
                {place.channels.map((channel) => (
                  <HelpChannelItem key={channel.id} channel={channel} anchor={`${s.id}-${channel.id}`} />
                ))}
              </ul>
            </div>
          ))}
          {s.facts.map((fact) => (
            <div key={fact.id} className="fact" id={`fact-${fact.id}`}>
              <p>{fact.text}</p>
              <PublishedSources checked={fact.checked} label={text.sourcesLabel} sources={fact.sources} />
            </div>
          ))}
          {s.id === "family"
            ? page.family.map((p) => <CitedParagraph key={p.text} text={p.text} sources={p.sources} label={text.sourcesLabel} />)
            : null}
        </section>
      ))}
      <p className="hint">{text.howChecked}</p>
      <section aria-labelledby="others-heading">
        <h2 id="others-heading">{text.othersHeading}</h2>
        <p>{text.othersIntro}</p>
        {page.groups.map((group) => (
          <section key={group.kind}>
            <h3>{group.heading}</h3>
            <ul className="cards">
              {group.contacts.map((contact) => (
                <HelpContactCard key={contact.id} contact={contact} sourcesLabel={text.sourcesLabel} />
              ))}
            </ul>
          </section>
        ))}
        <p className="hint">{text.namesNote}</p>
      </section>
    </article>
  );
}
