import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { metaTags } from "../campaign/page-meta";
import { pageMeta, pageTitle } from "../campaign/page-meta.server";
import { QuizIntro, QuizScreenView } from "../components/quiz-screen";
import { answerQuizForm, quizLabels, screenFor, startSoloQuiz } from "../quiz/quiz.server";
import { resultHelpData } from "../quiz/result-help.server";
import { useLocalQuiz } from "../quiz/use-local-quiz";
import type { RouteHandle } from "../utils/handle";
import { LANGUAGES, pick, requireLanguage } from "../utils/i18n.server";

export const handle: RouteHandle = { hydrate: true };

// The tags are made by the loader, so that the browser's bundle of this page needs no meta code.
export const meta: MetaFunction<typeof loader> = ({ data }) => data?.meta ?? [{ title: "Waspada" }];

// The quiz page's data is made once per visit; an action's answer is all a step needs.
export const shouldRevalidate: ShouldRevalidateFunction = () => false;

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params.lang);
  const labels = quizLabels(lang);
  return {
    lang,
    meta: metaTags(pageMeta(request, lang, { title: pageTitle(lang, labels.title), description: labels.intro })),
    // With JavaScript, "start" shows this quiz at once; the engine and the words to play on follow (use-local-quiz.ts).
    start: screenFor(lang, startSoloQuiz()),
    labels,
    resultHelp: resultHelpData(lang),
    // Switching language mid-quiz posts the quiz to the other language's page, so nobody loses their place.
    otherLanguages: LANGUAGES.filter((l) => l !== lang).map((code) => ({
      code,
      label: pick(code, { label: "common:language.continueIn" }).label,
    })),
  };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params.lang);
  const screen = await answerQuizForm(lang, await request.formData());
  // Not a form our quiz pages send (an unknown step, choice or province): refused, nothing stored.
  if (!screen) throw new Response("Bad request: this is not a quiz form of ours, and nothing was stored.", { status: 400 });
  return screen;
}

export default function QuizRoute() {
  const { lang, labels, otherLanguages, start, resultHelp } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { local, onStart, onSubmit } = useLocalQuiz({ lang, start, data });
  return (
    <section className="quiz" aria-labelledby="quiz-heading">
      <h1 id="quiz-heading">{labels.title}</h1>
      {local ? (
        <QuizScreenView lang={lang} labels={labels} local={local} onSubmit={onSubmit} otherLanguages={otherLanguages} resultHelp={resultHelp} />
      ) : (
        <QuizIntro labels={labels} onStart={onStart} />
      )}
    </section>
  );
}
