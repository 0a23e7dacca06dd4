import { isRouteErrorResponse, useRouteError } from "@remix-run/react";

/** What a page's loader throws (with status 404) for an address it does not have: the language and the words. */
export type NotFound<Text> = { lang: string; text: Text };

/** The route's own 404, as opposed to an error from elsewhere (such as an unknown language). */
export function notFoundData<Text>(error: unknown): NotFound<Text> | undefined {
  if (!isRouteErrorResponse(error) || error.status !== 404) return undefined;
  const body = error.data as Partial<NotFound<Text>> | string | null;
  return typeof body === "object" && body?.text && body.lang ? (body as NotFound<Text>) : undefined;
}

/** For an ErrorBoundary: the route's own 404, or the error is thrown on to the next boundary. */
export function useNotFound<Text>(): NotFound<Text> {
  const error = useRouteError();
  const notFound = notFoundData<Text>(error);
  if (!notFound) throw error;
  return notFound;
}
