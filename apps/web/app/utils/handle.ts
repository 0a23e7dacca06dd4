/** A route module's `handle`: `hydrate: true` marks a route whose page needs JavaScript. */
export interface RouteHandle {
  hydrate?: boolean;
}

export function routeHydrates(handle: unknown): boolean {
  return typeof handle === "object" && handle !== null && (handle as RouteHandle).hydrate === true;
}
