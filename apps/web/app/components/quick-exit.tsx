import { useEffect } from "react";

/**
 * With JavaScript, quick exit replaces this page in the history, so Back does not return to the
 * quiz. Without JavaScript the link still leaves at once (a browser offers no way to rewrite history
 * without scripts). The Escape key twice also leaves, for people who cannot reach the button fast.
 */
export function QuickExitEnhancer() {
  useEffect(() => {
    let lastEscape = 0;
    const leave = (href: string) => window.location.replace(href);
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[data-quick-exit]");
      if (!(link instanceof HTMLAnchorElement)) return;
      event.preventDefault();
      leave(link.href);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const now = event.timeStamp;
      const link = document.querySelector<HTMLAnchorElement>("a[data-quick-exit]");
      if (link && now - lastEscape < 800) leave(link.href);
      lastEscape = now;
    };
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKey);
    };
  }, []);
  return null;
}
