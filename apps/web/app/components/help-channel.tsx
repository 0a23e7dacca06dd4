import type { HelpChannel, PublishedSource } from "@waspada/content";

/** One channel as every page shows it, built by the server (campaign/help.server.ts). */
export interface HelpChannelView {
  id: string;
  org: string;
  name: string;
  when: string;
  kind: HelpChannel["kind"];
  /** Exactly as published. */
  value: string;
  /** tel:, https://wa.me/ or the website; none for an app. */
  href?: string;
  /** "Call 0800-1000", "WhatsApp …". */
  action: string;
  /** "2 published sources, checked on 6 December 2026". */
  checked: string;
  sourcesLabel: string;
  sources: PublishedSource[];
}

/** The pages a number or fact was found on, folded away under how it was checked. */
export function PublishedSources({ checked, label, sources }: { checked: string; label: string; sources: readonly PublishedSource[] }) {
  return (
    <details className="published-sources">
      <summary>{checked}</summary>
      <ul aria-label={label}>
        {sources.map((s) => (
          <li key={s.url}>
            {s.publisher}, {s.date}:{" "}
            <a href={s.url} data-external="" rel="noreferrer">{s.url.replace(/^https?:\/\//, "").slice(0, 60)}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One help channel: a big link to call, message or open, what it is for, and how it was checked. */
export function HelpChannelItem({ channel, anchor, compact = false }: { channel: HelpChannelView; anchor?: string; compact?: boolean }) {
  const external = channel.kind === "web" || channel.kind === "whatsapp";
  return (
    <li className="channel" id={anchor} data-channel={channel.id}>
      <p className="channel-name">
        <strong>{channel.name}</strong>
        {compact ? null : <span className="org"> · {channel.org}</span>}
      </p>
      {channel.href ? (
        <a className={`button channel-link ${channel.kind}`} href={channel.href} {...(external ? { rel: "noreferrer", "data-external": "" } : {})}>
          {channel.action}
        </a>
      ) : (
        <p className="channel-link app">{channel.action}</p>
      )}
      {compact ? null : (
        <>
          <p>{channel.when}</p>
          <PublishedSources checked={channel.checked} label={channel.sourcesLabel} sources={channel.sources} />
        </>
      )}
    </li>
  );
}
