// Valid synthetic results for load tests, built from the quiz definition that GET /api/quiz serves.
// `n` varies the answers so that aggregates see a spread, deterministically.

function answerFor(question, n) {
  switch (question.kind) {
    case "single":
      return [question.options[n % question.options.length].id];
    case "trueFalse":
      return [n % 2 ? "true" : "false"];
    case "spot":
      return question.parts.filter((_, i) => (n + i) % 3 !== 0).map((p) => p.id);
    case "scenario": {
      // Walk the story from its start, taking choice n mod k at each step, until an ending.
      const path = [];
      let step = question.steps.find((s) => s.id === question.start);
      while (step) {
        const choice = step.choices[n % step.choices.length];
        path.push(choice.id);
        step = choice.next ? question.steps.find((s) => s.id === choice.next) : undefined;
      }
      return path;
    }
  }
  throw new Error(`unknown question kind ${question.kind}`);
}

export function validSubmission(quiz, id, n, { count = 10, lang = n % 3 ? "id" : "en" } = {}) {
  const start = n % quiz.questions.length;
  const questions = Array.from({ length: Math.min(count, quiz.questions.length) }, (_, i) => quiz.questions[(start + i) % quiz.questions.length]);
  return {
    id,
    quizId: quiz.id,
    quizVersion: quiz.version,
    lang,
    mode: "solo",
    headCount: 1,
    answers: questions.map((q) => ({ questionId: q.id, selected: answerFor(q, n) })),
  };
}
