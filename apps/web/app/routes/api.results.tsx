import type { ActionFunctionArgs } from "@remix-run/node";
import { postOne } from "../api/results-api.server";

export const action = ({ request }: ActionFunctionArgs) => postOne(request);

export const loader = () => Response.json({ error: "Use POST." }, { status: 405 });
