/** The sources of one fact or paragraph, printed right under it (every fact on the site names its source). */
export function SourceNote({ label, sources }: { label: string; sources: readonly string[] }) {
  if (!sources.length) return null;
  return (
    <p className="sources">
      {label}: {sources.join("; ")}
    </p>
  );
}

/** A paragraph followed by its sources. */
export function CitedParagraph({ text, sources, label }: { text: string; sources: readonly string[]; label: string }) {
  return (
    <>
      <p>{text}</p>
      <SourceNote label={label} sources={sources} />
    </>
  );
}
