import { useParams, useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "../root";

/**
 * The sources of one fact or paragraph, printed right under it in words ("who, in which study");
 * the label links to the sources page, where each study is described in full.
 */
export function SourceNote({ label, sources }: { label: string; sources: readonly string[] }) {
  const { lang } = useParams();
  const fallback = useRouteLoaderData<typeof rootLoader>("root")?.defaultLanguage;
  if (!sources.length) return null;
  return (
    <p className="sources">
      <a href={`/${lang ?? fallback}/sources`}>{label}</a>: {sources.join("; ")}
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
