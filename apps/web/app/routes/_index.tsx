import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { DEFAULT_LANGUAGE, LANGUAGES } from "../utils/i18n.server";
import { negotiateLanguage } from "../utils/language";

// `/` sends each visitor to their language: the browser's choice among ours, Indonesian by default.
export function loader({ request }: LoaderFunctionArgs) {
  const lang = negotiateLanguage(request.headers.get("accept-language"), LANGUAGES, DEFAULT_LANGUAGE);
  return redirect(`/${lang}`, { headers: { Vary: "Accept-Language" } });
}
