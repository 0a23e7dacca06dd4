import type { ActionFunctionArgs } from "@remix-run/node";
import { postBatch } from "../api/results-api.server";

export const action = ({ request }: ActionFunctionArgs) => postBatch(request);

export const loader = () => Response.json({ error: "Use POST." }, { status: 405 });
