import { questionFlags, scenarioCountKey, type Question, type QuizDefinition } from "@waspada/quiz-engine";

/**
 * Item kinds and what their counters a, b, c, d mean:
 * - QUESTION (key ""): a people answering, b right, c partly right, d wrong.
 * - OPTION (key option or part id; "step/choice" in stories): a people who chose it.
 * - NO_CHOICE (key step id, "" outside stories): a people present who raised no hand.
 * - FLAG (question "", key red-flag id): a times spotted, b times missed (summed over the
 *   questions that teach it), c and d the people behind a and b at least (per submission, the
 *   most in any one question), so suppression can tell 18 sightings of 9 people from 18 people.
 */
export const ItemKind = { QUESTION: "q", OPTION: "o", NO_CHOICE: "n", FLAG: "f" } as const;
export type ItemKind = (typeof ItemKind)[keyof typeof ItemKind];

export interface ItemRef {
  quizId: string;
  questionId: string;
  kind: ItemKind;
  key: string;
}

export function itemKey(ref: ItemRef): string {
  return `${ref.quizId}\u0000${ref.questionId}\u0000${ref.kind}\u0000${ref.key}`;
}

export interface QuestionItems {
  outcome: number;
  options: ReadonlyMap<string, number>;
  noChoice: ReadonlyMap<string, number>;
}

/**
 * Every item a quiz can count, numbered 0..n-1 in the quiz. Ingestion adds into dense arrays by
 * these numbers instead of building string keys for each of the ~50 counters a submission
 * touches; the database ids are looked up per quiz, once.
 */
export interface QuizItems {
  refs: readonly ItemRef[];
  questions: ReadonlyMap<string, QuestionItems>;
  flags: ReadonlyMap<string, number>;
}

const cache = new WeakMap<QuizDefinition, QuizItems>();

export function quizItems(quiz: QuizDefinition): QuizItems {
  let items = cache.get(quiz);
  if (!items) {
    items = build(quiz);
    cache.set(quiz, items);
  }
  return items;
}

function build(quiz: QuizDefinition): QuizItems {
  const refs: ItemRef[] = [];
  const add = (questionId: string, kind: ItemKind, key: string) => refs.push({ quizId: quiz.id, questionId, kind, key }) - 1;
  const questions = new Map<string, QuestionItems>();
  const flags = new Map<string, number>();
  for (const q of quiz.questions) {
    const outcome = add(q.id, ItemKind.QUESTION, "");
    const options = new Map(optionKeys(q).map((key) => [key, add(q.id, ItemKind.OPTION, key)]));
    const noChoice = new Map(noChoiceKeys(q).map((key) => [key, add(q.id, ItemKind.NO_CHOICE, key)]));
    questions.set(q.id, { outcome, options, noChoice });
    for (const flag of questionFlags(q)) if (!flags.has(flag)) flags.set(flag, add("", ItemKind.FLAG, flag));
  }
  return { refs, questions, flags };
}

function optionKeys(q: Question): string[] {
  switch (q.kind) {
    case "single":
      return q.options.map((o) => o.id);
    case "trueFalse":
      return ["true", "false"];
    case "spot":
      return q.parts.map((p) => p.id);
    case "scenario":
      return q.steps.flatMap((s) => s.choices.map((c) => scenarioCountKey(s.id, c.id)));
  }
}

function noChoiceKeys(q: Question): string[] {
  if (q.kind === "single" || q.kind === "trueFalse") return [""];
  return q.kind === "scenario" ? q.steps.map((s) => s.id) : [];
}

