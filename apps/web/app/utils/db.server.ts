import { openResultsStore, type ResultsStore } from "@waspada/results";
import { settings } from "../../settings.mjs";

// One store per server process. The promise is kept on globalThis so that `npm run dev`'s
// module reloads do not open a new database connection on every change.
const globalStore = globalThis as unknown as { __waspadaStore?: Promise<ResultsStore> };

export function resultsStore(): Promise<ResultsStore> {
  if (!globalStore.__waspadaStore) {
    const { DATABASE_URL, DB_FILE, FACILITATOR_SESSIONS_PER_DAY, FACILITATOR_PEOPLE_PER_DAY } = settings();
    const facilitatorLimits = { sessionsPerDay: FACILITATOR_SESSIONS_PER_DAY, peoplePerDay: FACILITATOR_PEOPLE_PER_DAY };
    globalStore.__waspadaStore = openResultsStore({ ...(DATABASE_URL ? { databaseUrl: DATABASE_URL } : { file: DB_FILE }), facilitatorLimits });
  }
  return globalStore.__waspadaStore;
}
