import { resultsStore } from "../utils/db.server";

// GET /api/health: the server is up and its database answers. The count says nothing about anyone.
export async function loader() {
  const store = await resultsStore();
  return Response.json({ ok: true, database: store.dialect, stored: await store.count() }, { headers: { "Cache-Control": "no-store" } });
}
