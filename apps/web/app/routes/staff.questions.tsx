import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DashboardPage } from "../staff/components/dashboard-page";
import { loadDashboard } from "../staff/dashboard.server";
import { staffHeaders, staffMeta } from "../staff/meta";

export const headers = staffHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffMeta(data?.text.title ?? "Waspada");

export const loader = ({ request }: LoaderFunctionArgs) => loadDashboard(request, "questions");

export default function StaffQuestions() {
  return <DashboardPage data={useLoaderData<typeof loader>()} />;
}
