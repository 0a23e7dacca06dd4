/**
 * Bumped whenever the state shape, its encoding, the draw or the scoring changes, because a state
 * or snapshot made under other rules would replay differently: those are refused, not migrated.
 */
export const ENGINE_VERSION = 1;

/** The largest room a tally may report; far above a village hall, low enough to keep states small. */
export const MAX_PRESENT = 1000;
