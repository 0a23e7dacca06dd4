/** Headers of every staff response: never stored by a browser or proxy, never indexed. */
export const STAFF_HEADERS = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow" } as const;

export const staffHeaders = () => STAFF_HEADERS;

export const staffMeta = (title: string) => [{ title }, { name: "robots", content: "noindex, nofollow" }];
