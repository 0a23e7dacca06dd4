import { pickChannels, type ResultHelpData } from "../quiz/result-help";

/** Two or three help channels that fit the flags this person missed, right under the score. */
export function ResultHelp({ missed, data, lang }: { missed: readonly string[]; data: ResultHelpData; lang: string }) {
  const ids = pickChannels(missed, data);
  return (
    <section className="result-help" aria-labelledby="result-help-heading" data-result-help="">
      <h3 id="result-help-heading">{data.heading}</h3>
      <ul className="channels">
        {ids.map((id) => {
          const channel = data.channels[id];
          if (!channel) return null;
          return (
            <li key={id} className="channel" data-channel={id}>
              <p className="channel-name">
                <strong>{channel.name}</strong>
              </p>
              {channel.href ? (
                <a className={`button channel-link ${channel.kind}`} href={channel.href} {...(channel.href.startsWith("http") ? { rel: "noreferrer", "data-external": "" } : {})}>
                  {channel.action}
                </a>
              ) : (
                <p className="channel-link app">{channel.action}</p>
              )}
            </li>
          );
        })}
      </ul>
      <p>
        <a href={`/${lang}/help`}>{data.more}</a>
      </p>
    </section>
  );
}
