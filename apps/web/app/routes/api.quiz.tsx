import { coreQuiz } from "@waspada/content";

// GET /api/quiz: the quiz definition (ids, answers and branches; no words), for offline clients,
// load tests and anyone building a compatible result.
export function loader() {
  return Response.json(
    { quizzes: [coreQuiz] },
    { headers: { "Cache-Control": "public, max-age=300" } },
  );
}
