import type { ResultsStore } from "../store";
import type { Facilitator } from "./codes";

/** A new code for a partner organisation; the only time the code is shown. */
export function addFacilitator(store: ResultsStore, name: string, code?: string): Promise<{ id: number; name: string; code: string }> {
  return store.facilitators().add(name, code);
}

/** Every code's name, days and the sessions and people stored with it (never the code). */
export function listFacilitators(store: ResultsStore): Promise<Facilitator[]> {
  return store.facilitators().list();
}

/** Refuses a code from now on. False when no code has that id. */
export function disableFacilitator(store: ResultsStore, id: number): Promise<boolean> {
  return store.facilitators().disable(id);
}

/** Removes a code's sessions from storage and every figure, and disables it; returns how many. */
export function voidFacilitatorSessions(store: ResultsStore, id: number): Promise<number> {
  return store.facilitators().voidSessions(id);
}
