import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { QuizIntro, QuizScreen } from "../components/quiz-screen";
import { buildQuizModel } from "../quiz/quiz-model.server";
import { eventFor, parseQuizForm } from "../quiz/quiz-form.server";
import {
  TamperedQuizError,
  advanceQuiz,
  openQuiz,
  quizView,
  sealQuiz,
  startSoloQuiz,
  type SoloQuiz,
} from "../quiz/quiz.server";
import type { RouteHandle } from "../utils/handle";
import { LANGUAGES, pick, requireLanguage } from "../utils/i18n.server";

export const handle: RouteHandle = { hydrate: true };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.labels.title ?? "Waspada" }];

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

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLanguage(params.lang);
  return {
    lang,
    labels: labelsFor(lang),
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
      quiz = await advanceQuiz(openQuiz(form.quiz), eventFor(form), lang);
    } catch (error) {
      if (!(error instanceof TamperedQuizError)) throw error;
      // A changed or foreign state: say so kindly and begin again.
      quiz = startSoloQuiz();
      notice = pick(lang, { tampered: "common:quiz.tampered" }).tampered;
    }
  }
  const view = quizView(quiz);
  if (view.status === "intro") quiz = startSoloQuiz();
  return { notice, model: buildQuizModel(lang, quizView(quiz), sealQuiz(quiz)) };
}

export default function QuizRoute() {
  const { lang, labels, otherLanguages } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  return (
    <section className="quiz" aria-labelledby="quiz-heading">
      <h1 id="quiz-heading">{labels.title}</h1>
      {data ? <QuizScreen lang={lang} labels={labels} model={data.model} notice={data.notice} otherLanguages={otherLanguages} /> : <QuizIntro labels={labels} />}
    </section>
  );
}
