import { SourceNote } from "./source-note";

export interface HelpContactView {
  id: string;
  name: string;
  does: string;
  sources: string[];
  checked: string;
  phone?: string;
  url?: string;
  /** Where the phone number or website was verified, and when. */
  contactSource?: string;
}

/** One organisation on the help page: what it does, its source and when it was checked. */
export function HelpContactCard({ contact, sourcesLabel }: { contact: HelpContactView; sourcesLabel: string }) {
  return (
    <li className="card" id={contact.id}>
      <h4>{contact.name}</h4>
      <p>{contact.does}</p>
      {contact.phone || contact.url ? (
        <p className="contact">
          {contact.phone ? <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>{contact.phone}</a> : null}
          {contact.phone && contact.url ? " · " : null}
          {contact.url ? <a href={contact.url}>{contact.url}</a> : null}
          {contact.contactSource ? <span className="checked"> ({contact.contactSource})</span> : null}
        </p>
      ) : null}
      <SourceNote label={sourcesLabel} sources={contact.sources} />
      <p className="checked">{contact.checked}</p>
    </li>
  );
}
