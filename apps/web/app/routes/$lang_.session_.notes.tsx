import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { metaTags } from "../campaign/page-meta";
import { pageMeta, pageTitle } from "../campaign/page-meta.server";
import { NotesWindow } from "../session/notes-window";
import type { SessionKit } from "../session/session-kit";
import { sessionKit } from "../session/session-kit.server";
import type { RouteHandle } from "../utils/handle";
import { requireLanguage } from "../utils/i18n.server";
import sessionStyles from "../session/session.css?url";

// The facilitator's notes on the laptop's own screen, kept in step with the presenter window.
export const handle: RouteHandle = { hydrate: true };

export const meta: MetaFunction<typeof loader> = ({ data }) => data?.meta ?? [{ title: "Waspada" }];

export const links: LinksFunction = () => [{ rel: "stylesheet", href: sessionStyles }];

export const shouldRevalidate: ShouldRevalidateFunction = () => false;

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params.lang);
  const kit = sessionKit(lang, new URL(request.url).origin);
  return {
    kit,
    meta: metaTags(pageMeta(request, lang, { title: pageTitle(lang, kit.words["notes.title"] ?? ""), description: kit.words.intro ?? "" })),
  };
}

export default function SessionNotesPage() {
  const { kit } = useLoaderData<typeof loader>();
  return <NotesWindow kit={kit as unknown as SessionKit} />;
}
