import { openResultsStore, type ResultsStore } from "@waspada/results";
import { chargeResults } from "../../result-limit.mjs";
import { settings } from "../../settings.mjs";

// One store per server process. The promise is kept on globalThis so that `npm run dev`'s
// module reloads do not open a new database connection on every change.
const globalStore = globalThis as unknown as { __waspadaStore?: Promise<ResultsStore> };

export function resultsStore(): Promise<ResultsStore> {
  if (!globalStore.__waspadaStore) {
    const { DATABASE_URL, DB_FILE, FACILITATOR_SESSIONS_PER_DAY, FACILITATOR_PEOPLE_PER_DAY } = settings();
    const facilitatorLimits = { sessionsPerDay: FACILITATOR_SESSIONS_PER_DAY, peoplePerDay: FACILITATOR_PEOPLE_PER_DAY };
    globalStore.__waspadaStore = openResultsStore({ ...(DATABASE_URL ? { databaseUrl: DATABASE_URL } : { file: DB_FILE }), facilitatorLimits }).then(
      countedAgainstLimit,
    );
  }
  return globalStore.__waspadaStore;
}

/**
 * The store every path that stores a result goes through (results API, batch, the quiz's form and
 * data posts): each result takes a token from its client's bucket first (result-limit.mjs), so
 * the limit counts results, however many a request carries.
 */
function countedAgainstLimit(store: ResultsStore): ResultsStore {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === "submit") {
        return (sub: unknown, catalogue: Parameters<ResultsStore["submit"]>[1]) => {
          chargeResults(1);
          return target.submit(sub, catalogue);
        };
      }
      if (prop === "submitBatch") {
        return (subs: readonly unknown[], catalogue: Parameters<ResultsStore["submitBatch"]>[1]) => {
          chargeResults(Array.isArray(subs) ? subs.length : 1);
          return target.submitBatch(subs, catalogue);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
