import type { Question, QuizResult, QuizView } from "@waspada/quiz-engine";
import type { FeedbackItem, FlagModel, QuestionModel, QuizModel, ResultModel } from "./quiz-model";

/**
 * The words a quiz model is made of. The server answers from the whole content package
 * (quiz-texts.server.ts); the browser from the pack of the questions it drew (quiz-pack.ts).
 * Both build the model with the same code below, so a step looks the same wherever it ran.
 */
export interface QuizTexts {
  t(key: string, vars?: Record<string, string | number>): string;
  /** A question's sources, formatted for reading. */
  sources(questionId: string): string[];
  look(questionId: string): "advert" | "chat" | undefined;
  isRedFlag(id: string): boolean;
}

type T = QuizTexts["t"];

/** Turns the engine's view of a solo quiz into the words the page shows. */
export function buildQuizModel(texts: QuizTexts, view: QuizView, sealed: string): QuizModel {
  const { t } = texts;
  const current = Math.min(view.index + 1, view.total);
  const base = {
    progress: t("common:quiz.progress", { current, total: view.total }),
    current,
    total: view.total,
    sealed,
  };
  if (view.status === "finished" && view.result) {
    return { ...base, status: "finished", result: buildResult(texts, view.result) };
  }
  if (view.status === "feedback" && view.question && view.feedback) {
    const q = view.question;
    const chosen = new Set(view.feedback.answer.selected);
    return {
      ...base,
      status: "feedback",
      feedback: {
        outcome: view.feedback.outcome,
        heading: t(`common:quiz.outcome.${view.feedback.outcome}`),
        why: t(`questions:${q.id}.why`),
        items: feedbackItems(t, q, view, chosen),
        flags: q.redFlags.filter(texts.isRedFlag).map((id) => flagModel(texts, id)),
        sources: texts.sources(q.id),
      },
    };
  }
  if (!view.question) throw new Error(`A quiz in status ${view.status} has no question to show.`);
  return { ...base, status: "question", question: buildQuestion(texts, view.question, view) };
}

function buildQuestion({ t, look: lookOf }: QuizTexts, q: Question, view: QuizView): QuestionModel {
  const order = view.optionOrder ?? [];
  const prompt = t(`questions:${q.id}.prompt`);
  const look = lookOf(q.id);
  switch (q.kind) {
    case "single":
      return { id: q.id, kind: q.kind, prompt, multiple: false, choices: order.map((id) => ({ id, label: t(`questions:${q.id}.options.${id}.label`) })) };
    case "trueFalse":
      return { id: q.id, kind: q.kind, prompt, multiple: false, choices: order.map((id) => ({ id, label: t(`common:quiz.${id}`) })) };
    case "spot":
      return { id: q.id, kind: q.kind, look, prompt, multiple: true, choices: order.map((id) => ({ id, label: t(`questions:${q.id}.parts.${id}.text`) })) };
    case "scenario": {
      const stepId = view.scenarioStep ?? q.start;
      return {
        id: q.id,
        kind: q.kind,
        prompt,
        stepText: t(`questions:${q.id}.steps.${stepId}.text`),
        multiple: false,
        choices: order.map((id) => ({ id, label: t(`questions:${q.id}.steps.${stepId}.choices.${id}.label`) })),
      };
    }
  }
}

function feedbackItems(t: T, q: Question, view: QuizView, chosen: Set<string>): FeedbackItem[] {
  const key = `questions:${q.id}`;
  switch (q.kind) {
    case "single":
      return (view.optionOrder ?? q.options.map((o) => o.id)).map((id) => ({
        id,
        label: t(`${key}.options.${id}.label`),
        explanation: t(`${key}.options.${id}.explanation`),
        chosen: chosen.has(id),
        correct: q.options.find((o) => o.id === id)?.correct === true,
      }));
    case "trueFalse":
      return ["true", "false"].map((id) => ({
        id,
        label: t(`common:quiz.${id}`),
        explanation: t(`${key}.options.${id}.explanation`),
        chosen: chosen.has(id),
        correct: (id === "true") === q.answer,
      }));
    case "spot":
      return q.parts.map((p) => ({
        id: p.id,
        label: t(`${key}.parts.${p.id}.text`),
        explanation: t(`${key}.parts.${p.id}.explanation`),
        chosen: chosen.has(p.id),
        correct: p.redFlag !== undefined,
      }));
    case "scenario":
      // The story as the player walked it: each choice taken, and whether it was the safe one.
      return view.feedback!.answer.selected.flatMap((choiceId) => {
        const step = q.steps.find((s) => s.choices.some((c) => c.id === choiceId));
        const choice = step?.choices.find((c) => c.id === choiceId);
        if (!step || !choice) return [];
        return [
          {
            id: choiceId,
            label: t(`${key}.steps.${step.id}.choices.${choiceId}.label`),
            explanation: t(`${key}.steps.${step.id}.choices.${choiceId}.explanation`),
            chosen: true,
            correct: choice.safe,
          },
        ];
      });
  }
}

function flagModel({ t, isRedFlag }: QuizTexts, id: string): FlagModel {
  return {
    id,
    name: isRedFlag(id) ? t(`redFlags:${id}.name`) : id,
    instead: isRedFlag(id) ? t(`redFlags:${id}.instead`) : "",
  };
}

function buildResult(texts: QuizTexts, result: QuizResult): ResultModel {
  const { t } = texts;
  const spotted = new Set<string>();
  const missed = new Set<string>();
  for (const q of result.questions) {
    for (const f of q.flags) {
      if (f.missed > 0) missed.add(f.id);
      else if (f.spotted > 0) spotted.add(f.id);
    }
  }
  for (const id of missed) spotted.delete(id);
  return {
    heading: t("common:result.heading"),
    summary: t("common:result.summary", { spotted: spotted.size, total: spotted.size + missed.size }),
    spotted: [...spotted].map((id) => flagModel(texts, id)),
    missed: [...missed].map((id) => flagModel(texts, id)),
  };
}
