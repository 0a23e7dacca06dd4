import { catalogue } from "../api/catalogue.server";
import { dealtDraw } from "../quiz/draw.server";

// GET /api/quiz: the quiz definition (ids, answers and branches; no words), for offline clients,
// load tests and anyone building a compatible result. The answers are no secret (the quiz teaches
// them); what makes a solo result count is its draw.
export function loader() {
  return Response.json({ quizzes: catalogue.quizzes }, { headers: { "Cache-Control": "public, max-age=300" } });
}

// POST /api/quiz: deals a new solo quiz (rate-limited per client, like the quiz page that deals one
// too). A solo result must carry `draw`, use `id` as its id and answer exactly `questions`. In
// production server.mjs answers it on its fast path with the same dealtDraw(); this serves `npm run dev`.
export function action({ request }: { request: Request }) {
  if (request.method !== "POST") return Response.json({ error: "Use GET or POST." }, { status: 405 });
  return Response.json(dealtDraw(), { headers: { "Cache-Control": "no-store" } });
}
