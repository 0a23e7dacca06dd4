import type { ActionFunctionArgs } from "@remix-run/node";
import { handleResultsRequest } from "../api/results-api.server";

// See api.results.tsx: production answers this path in server.mjs with the same code.
export const action = ({ request }: ActionFunctionArgs) => handleResultsRequest(request, true);

export const loader = () => Response.json({ error: "Use POST." }, { status: 405 });
