import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { metaTags } from "../campaign/page-meta";
import { pageMeta, pageTitle } from "../campaign/page-meta.server";
import { QuizIntro, QuizScreen } from "../components/quiz-screen";
import { buildQuizModel } from "../quiz/build-model";
import { eventFor, parseQuizForm } from "../quiz/quiz-form.server";
import { resultHelpData } from "../quiz/result-help.server";
import type { QuizPlay } from "../quiz/quiz-model";
import { serverTexts } from "../quiz/quiz-texts.server";
import {
  TamperedQuizError,
  advanceQuiz,
  drawnQuestionIds,
  openQuiz,
  quizView,
  replayQuiz,
  sealQuiz,
  startSoloQuiz,
  type SoloQuiz,
} from "../quiz/quiz.server";
import { useLocalQuiz, type ServerScreen } from "../quiz/use-local-quiz";
import type { RouteHandle } from "../utils/handle";
import { LANGUAGES, pick, requireLanguage } from "../utils/i18n.server";

export const handle: RouteHandle = { hydrate: true };

// The tags are made by the loader, so that the browser's bundle of this page needs no meta code.
export const meta: MetaFunction<typeof loader> = ({ data }) => data?.meta ?? [{ title: "Waspada" }];

function labelsFor(lang: string) {
  return pick(lang, {
    title: "common:quiz.title",
    intro: "common:quiz.intro",
    start: "common:quiz.start",
    answer: "common:quiz.answer",
    next: "common:quiz.next",
    finish: "common:quiz.finish",
    restart: "common:quiz.restart",
    yourAnswer: "common:quiz.yourAnswer",
    rightAnswer: "common:quiz.rightAnswer",
    redFlagPart: "common:quiz.redFlagPart",
    source: "common:quiz.source",
    pickOne: "common:quiz.pickOne",
    pickAll: "common:quiz.pickAll",
    spotted: "common:result.spotted",
    missed: "common:result.missed",
    instead: "common:result.instead",
    help: "common:result.help",
    card: "common:card.open",
    kindNote: "common:result.kindNote",
  });
}

/** The screen for `quiz`, and (until it is finished) what the browser needs to play on by itself. */
function screenFor(lang: string, quiz: SoloQuiz, notice?: string): ServerScreen {
  const sealed = sealQuiz(quiz);
  const shown = quizView(quiz);
  const model = buildQuizModel(serverTexts(lang), shown, sealed);
  const play: QuizPlay | undefined =
    shown.status === "finished" ? undefined : { sealed, submissionId: quiz.submissionId, state: quiz.state, questions: drawnQuestionIds(quiz) };
  return { model, ...(notice ? { notice } : {}), ...(play ? { play } : {}) };
}

// The quiz page's data is made once per visit; an action's answer is all a step needs.
export const shouldRevalidate: ShouldRevalidateFunction = () => false;

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params.lang);
  const labels = labelsFor(lang);
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
  const form = parseQuizForm(await request.formData());
  if (!form) throw new Response("Bad request", { status: 400 });

  let quiz: SoloQuiz;
  let notice: string | undefined;
  if (form.intent === "start" || !form.quiz) {
    quiz = startSoloQuiz();
  } else {
    try {
      // Steps the browser took by itself come first, then the one this form asks for.
      const played = await replayQuiz(openQuiz(form.quiz), form.events ?? [], lang);
      quiz = await advanceQuiz(played, eventFor(form), lang);
    } catch (error) {
      if (!(error instanceof TamperedQuizError)) throw error;
      // A changed or foreign state: say so kindly and begin again.
      quiz = startSoloQuiz();
      notice = pick(lang, { tampered: "common:quiz.tampered" }).tampered;
    }
  }
  if (quiz.state.st === "intro") quiz = startSoloQuiz();
  return screenFor(lang, quiz, notice);
}

export default function QuizRoute() {
  const { lang, labels, otherLanguages, start, resultHelp } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { screen, onStart, onSubmit } = useLocalQuiz({ lang, start, data });
  return (
    <section className="quiz" aria-labelledby="quiz-heading">
      <h1 id="quiz-heading">{labels.title}</h1>
      {screen ? (
        <QuizScreen lang={lang} labels={labels} screen={screen} onSubmit={onSubmit} otherLanguages={otherLanguages} resultHelp={resultHelp} />
      ) : (
        <QuizIntro labels={labels} onStart={onStart} />
      )}
    </section>
  );
}
