import type { ActionFunctionArgs } from "@remix-run/node";
import { handleResultsRequest } from "../api/results-api.server";

// In production server.mjs answers this path itself (through the same ingestOne), skipping the
// router on the hot path; this route serves `npm run dev` and any other Remix adapter.
export const action = ({ request }: ActionFunctionArgs) => handleResultsRequest(request, false);

export const loader = () => Response.json({ error: "Use POST." }, { status: 405 });
