import type { Generated } from "kysely";

/**
 * The tables. `submissions` holds exactly what the privacy page lists (and a content hash for
 * idempotency); everything else is derived from it at ingestion so aggregates never scan answers.
 */
export interface Database {
  submissions: SubmissionsTable;
  quizzes: QuizzesTable;
  cells: CellsTable;
  items: ItemsTable;
  rollups: RollupsTable;
  staff_accounts: StaffAccountsTable;
  staff_sessions: StaffSessionsTable;
  staff_sign_ins: StaffSignInsTable;
  forwarded: ForwardedTable;
  facilitators: FacilitatorsTable;
  facilitator_days: FacilitatorDaysTable;
}

/**
 * Facilitator codes: each names a partner organisation (never a person) and vouches for the
 * village sessions sent with it. Only the code's SHA-256 is kept; the code is shown once.
 */
export interface FacilitatorsTable {
  id: Generated<number>;
  name: string;
  code_hash: string;
  /** UTC days, YYYY-MM-DD. */
  created_day: string;
  disabled_day: string | null;
  /** When its sessions were voided (removed from storage and every figure), if ever. */
  voided_day: string | null;
}

/** What each code sent per UTC day, for its daily limit. */
export interface FacilitatorDaysTable {
  facilitator_id: number;
  day: string;
  sessions: number;
  people: number;
}

/** Village sessions this server has forwarded to another (npm run results:sync), by target origin. */
export interface ForwardedTable {
  target: string;
  submission_id: string;
}

export interface SubmissionsTable {
  id: string;
  content_hash: string;
  quiz_id: string;
  quiz_version: number;
  lang: string;
  mode: string;
  /** null when the person chose not to say. */
  province: string | null;
  head_count: number;
  /** UTC day received, YYYY-MM-DD. */
  day: string;
  /** The answers as canonical JSON. */
  answers: string;
  /** Village sessions: the opening and closing check as canonical JSON; null otherwise. */
  checks: string | null;
  /** Village sessions: the facilitator code's row (never the code); null for solo results. */
  facilitator_id: number | null;
}

/** Quiz definitions (ids only) seen at ingestion: aggregates read their structure, dumps carry them. */
export interface QuizzesTable {
  quiz_id: string;
  version: number;
  definition: string;
}

/**
 * One cell per day, quiz, language, mode and province: completions counters, and the key the
 * rollups hang from. province is a code or NO_PROVINCE. Each submission also counts in two
 * twins: province ALL (every province of that day, quiz, language and mode), and province,
 * lang and mode all ALL (everything of that day and quiz), so an aggregate reads the smallest
 * set of cells that answers its filters.
 */
export interface CellsTable {
  id: Generated<number>;
  day: string;
  quiz_id: string;
  lang: string;
  mode: string;
  province: string;
  submissions: number;
  people: number;
}

/** What a rollup row counts: a question's outcomes, an option's people, an abstention or a red flag. */
export interface ItemsTable {
  id: Generated<number>;
  quiz_id: string;
  question_id: string;
  kind: string;
  key: string;
}

/** Counters per cell and item; what a, b, c, d mean depends on the item kind (see ingest/items.ts). */
export interface RollupsTable {
  cell_id: number;
  item_id: number;
  a: number;
  b: number;
  c: number;
  d: number;
}

export const NO_PROVINCE = "-";
/** In a cell's province, lang or mode: "all of them". Never a valid code, tag or mode. */
export const ALL = "*";

/** Times are epoch milliseconds; PostgreSQL's bigint arrives as a string, so readers use Number(). */
type Time = number | string;

export interface StaffAccountsTable {
  id: Generated<number>;
  username: string;
  role: string;
  password_hash: string;
  created_at: Time;
  disabled_at: Time | null;
  failures: Generated<number>;
  window_start: Time | null;
  lockouts: Generated<number>;
  locked_until: Time | null;
}

export interface StaffSessionsTable {
  /** SHA-256 (hex) of the session token. */
  id: string;
  account_id: number;
  created_at: Time;
  last_seen_at: Time;
}

export interface StaffSignInsTable {
  id: Generated<number>;
  at: Time;
  account_id: number | null;
  outcome: string;
}
