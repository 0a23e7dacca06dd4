import type { ActionFunctionArgs } from "@remix-run/node";
import { signOutAction } from "../staff/sign-out.server";

// POST only (with the session's CSRF token); a GET here is a 405 from Remix.
export const action = ({ request }: ActionFunctionArgs) => signOutAction(request);
