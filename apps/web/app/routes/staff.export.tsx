import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportCsv } from "../staff/export.server";

// A resource route: the current view, with its filters, as a CSV file.
export const loader = ({ request }: LoaderFunctionArgs) => exportCsv(request);
