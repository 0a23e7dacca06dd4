// Requests no page or API of ours can mean are refused first, with a 4xx and before any routing:
// methods we do not serve (TRACE, PUT, OPTIONS, …), a Host header that is not a host name, a target that is
// not a path, and malformed percent-escapes (which used to reach the router and log a stack trace
// with the attacker's path in it).
export class RequestError extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

// No CORS is served, so OPTIONS (a preflight) is refused like any other method we do not use.
const METHODS = new Set(["GET", "HEAD", "POST"]);
// A DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port.
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.?|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?$/;

export function requestGuards() {
  return (req, _res, next) => {
    if (!METHODS.has(req.method)) return next(new RequestError(405, "Method not allowed.", { Allow: [...METHODS].join(", ") }));
    const host = req.headers.host;
    if (host === undefined || host.length > 255 || !HOST.test(host)) return next(new RequestError(400, "Bad Host header."));
    const target = req.originalUrl;
    if (!target.startsWith("/") || target.length > 4096) return next(new RequestError(400, "Bad request target."));
    try {
      decodeURIComponent(target.split("?")[0]);
    } catch {
      return next(new RequestError(400, "Malformed percent-escape in the path."));
    }
    next();
  };
}
