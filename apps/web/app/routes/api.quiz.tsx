import { catalogue } from "../api/catalogue.server";

// GET /api/quiz: the quiz definition (ids, answers and branches; no words), for offline clients,
// load tests and anyone building a compatible result.
export function loader() {
  return Response.json(
    { quizzes: catalogue.quizzes },
    { headers: { "Cache-Control": "public, max-age=300" } },
  );
}
