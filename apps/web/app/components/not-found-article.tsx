import type { ReactNode } from "react";

/** A 404 inside the site's header: what is missing, in plain words, then the ways on (`children`). */
export function NotFoundArticle({ heading, body, children }: { heading: string; body: string; children: ReactNode }) {
  return (
    <article>
      <h1>{heading}</h1>
      <p>{body}</p>
      {children}
    </article>
  );
}
