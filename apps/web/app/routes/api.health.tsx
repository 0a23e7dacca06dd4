import { resultsStore } from "../utils/db.server";

// GET /api/health: whether the service works (the server is up and its database answers), and
// nothing else: no count, no timing, nothing that changes when a result arrives.
export async function loader() {
  const headers = { "Cache-Control": "no-store" };
  try {
    await (await resultsStore()).ping();
    return Response.json({ ok: true }, { headers });
  } catch {
    return Response.json({ ok: false }, { status: 503, headers });
  }
}
