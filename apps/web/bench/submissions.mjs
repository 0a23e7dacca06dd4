// Valid synthetic results for load tests, built from the quiz definition that GET /api/quiz serves
// and a draw that POST /api/quiz deals (a solo result answers exactly its draw's questions, under
// its id). `n` varies the answers so that aggregates see a spread, deterministically.

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

/** Deals `count` draws from a running server (POST /api/quiz), a few at a time. */
export async function fetchDraws(base, count, concurrency = 8) {
  const draws = [];
  const one = async () => {
    const response = await fetch(`${base}/api/quiz`, { method: "POST" });
    if (!response.ok) throw new Error(`POST /api/quiz answered ${response.status}`);
    return response.json();
  };
  while (draws.length < count) draws.push(...(await Promise.all(Array.from({ length: Math.min(concurrency, count - draws.length) }, one))));
  return draws;
}

/** A solo result for `draw` ({ draw, id, questions } as POST /api/quiz answers). */
export function validSubmission(quiz, draw, n, { lang = n % 3 ? "id" : "en" } = {}) {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const questions = draw.questions.map((id) => byId.get(id));
  return {
    id: draw.id,
    draw: draw.draw,
    quizId: quiz.id,
    quizVersion: quiz.version,
    lang,
    mode: "solo",
    headCount: 1,
    answers: questions.map((q) => ({ questionId: q.id, selected: answerFor(q, n) })),
  };
}
