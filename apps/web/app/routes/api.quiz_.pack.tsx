import type { LoaderFunctionArgs } from "@remix-run/node";
import { MAX_PACK_QUESTIONS, isQuestionId, quizTexts } from "../quiz/quiz.server";
import { isLanguage } from "../utils/i18n.server";

// GET /api/quiz/pack?lang=id&questions=q01,q02: the words of the drawn questions (QuizTexts), so that
// with JavaScript the quiz steps in the browser (see app/quiz/use-local-quiz.ts).
export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang") ?? "";
  const ids = (url.searchParams.get("questions") ?? "").split(",");
  if (!isLanguage(lang)) return Response.json({ error: "Unknown language." }, { status: 400 });
  if (ids.length > MAX_PACK_QUESTIONS || !ids.every(isQuestionId)) {
    return Response.json({ error: `Name 1 to ${MAX_PACK_QUESTIONS} known question ids.` }, { status: 400 });
  }
  return Response.json(quizTexts(lang, ids), { headers: { "Cache-Control": "public, max-age=300" } });
}
