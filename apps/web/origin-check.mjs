// Cross-site request forgery: a request that changes anything (every method but GET and HEAD)
// is accepted only from our own origin. Browsers say where a request comes from in two
// headers; both are checked when present:
//  - Fetch Metadata `Sec-Fetch-Site` (every current browser): only `same-origin` passes;
//  - `Origin`: it must be our public origin (PUBLIC_URL, or the address the connection reached) or
//    the origin the request was sent to (scheme and Host);
//    `Origin: null` (sandboxed frames, data: URLs, or a page with `Referrer-Policy: no-referrer`)
//    names no origin at all and is refused.
// A request with neither header does not come from a current browser (curl, the village laptop's
// sync, a very old phone browser) and cannot be a forged post from another site's page in one; it
// passes and meets the same validation and limits as any other. Refusals are 403.
export class ForbiddenError extends Error {
  status = 403;
}

export function sameOriginOnly({ originOf }) {
  return (req, _res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const site = req.headers["sec-fetch-site"];
    const origin = req.headers.origin;
    if (site !== undefined && site !== "same-origin") {
      return next(new ForbiddenError("This form can only be sent from Waspada's own pages."));
    }
    if (origin !== undefined && origin !== originOf(req) && origin !== `${req.protocol}://${req.headers.host}`) {
      return next(new ForbiddenError("This form can only be sent from Waspada's own pages."));
    }
    next();
  };
}
