import { InvalidFiltersError, toCsv, type CsvCell } from "@waspada/results";
import { resultsStore } from "../utils/db.server";
import { requireStaff } from "./auth.server";
import { VIEWS, viewTables, type ViewName } from "./dashboard.server";
import { readFilters } from "./filters.server";
import { STAFF_HEADERS } from "./meta";
import type { Table } from "./tables";

export const CSV_COLUMNS = ["table", "id", "name", "sub_id", "sub_name", "measure", "unit", "value", "suppressed"] as const;

/**
 * One line per figure, names next to ids, in the dashboard language. A hidden figure has an empty
 * value and suppressed=1, exactly where the page says "fewer than 10"; a percentage of too few
 * people is left out, as on the page.
 */
export function tablesToCsv(tables: readonly Table[]): string {
  const lines: CsvCell[][] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      table.columns.forEach((column, i) => {
        const v = row.values[i] ?? null;
        if (v === null && column.kind === "percent") return;
        lines.push([table.key, row.id, row.name, row.subId ?? "", row.subName ?? "", column.key, column.kind, v, v === null ? 1 : 0]);
      });
    }
  }
  return toCsv(CSV_COLUMNS, lines);
}

export async function exportCsv(request: Request): Promise<Response> {
  const { lang } = await requireStaff(request);
  const url = new URL(request.url);
  const view = url.searchParams.get("view") as ViewName;
  if (!VIEWS.includes(view)) return new Response("Unknown view", { status: 400, headers: STAFF_HEADERS });
  try {
    const { filters } = readFilters(url);
    const { tables } = await viewTables(await resultsStore(), view, filters, lang);
    return new Response(tablesToCsv(tables), {
      headers: {
        ...STAFF_HEADERS,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="waspada-${view}.csv"`,
      },
    });
  } catch (error) {
    if (error instanceof InvalidFiltersError) return new Response(error.message, { status: 400, headers: STAFF_HEADERS });
    throw error;
  }
}
