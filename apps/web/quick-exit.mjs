// Quick exit: every page's "quick exit" link goes to /exit, which sends the reader on to a neutral
// page and tells the browser to drop what it cached of this site (`Clear-Site-Data: "cache"`, which
// also empties the back/forward cache), so Back cannot bring the quiz back from a cache even
// without JavaScript. With JavaScript (public/quick-exit.js) the current page is also replaced in
// the history. Storage is not cleared: the village outbox lives there until it is synced.
export const QUICK_EXIT_URL = "https://www.google.com/search?q=cuaca+hari+ini";

export function quickExit(_req, res) {
  res.setHeader("Clear-Site-Data", '"cache"');
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Referrer-Policy", "no-referrer");
  res.redirect(303, QUICK_EXIT_URL);
}
