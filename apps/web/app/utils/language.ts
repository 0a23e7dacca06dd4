/**
 * Picks the site language from an Accept-Language header: the supported language the browser
 * ranks highest, or the default (Indonesian) when it names none of ours.
 */
export function negotiateLanguage(
  header: string | null,
  supported: readonly string[],
  fallback: string,
): string {
  if (!header) return fallback;
  const ranked = header
    .split(",")
    .slice(0, 32)
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.toLowerCase().split("-")[0] ?? "", quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((x) => x.quality > 0 && supported.includes(x.base))
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return ranked[0]?.base ?? fallback;
}

/** The same path in another language: /id/quiz → /en/quiz. */
export function switchLanguagePath(pathname: string, to: string): string {
  const rest = pathname.replace(/^\/[^/]+/, "");
  return `/${to}${rest}`;
}
