export { openResultsStore, MAX_BATCH, type ResultsStore } from "./store";
export {
  Facilitators,
  FacilitatorError,
  FacilitatorLimitError,
  MAX_FACILITATOR_NAME,
  FACILITATOR_ERROR_CODES,
  type FacilitatorErrorCode,
  DEFAULT_FACILITATOR_LIMITS,
  normaliseCode,
  type Facilitator,
  type FacilitatorLimits,
} from "./facilitators/codes";
export { addFacilitator, listFacilitators, disableFacilitator, voidFacilitatorSessions } from "./facilitators/functions";
export { submissionSchema, validateSubmission } from "./validation/submission-schema";
export { MAX_HEAD_COUNT } from "./validation/base-schema";
export { SubmissionInvalidError, SubmissionConflictError, type SubmissionIssue } from "./errors";
export { InvalidFiltersError, readAggregateFilters, type ReadFilters } from "./aggregates/filters";
export type { FlagTrend } from "./aggregates/flag-trend";
export type { AggregateOptions } from "./aggregates/compute";
export type { CheckAggregate, CheckAggregates } from "./aggregates/checks";
export { forwardSessions, ForwardError, type ForwardReport } from "./sync/forward";
export { MIN_CELL, suppress } from "./suppression/suppress";
export { ROUND_TO, shownCount, shownPercent } from "./suppression/shown";
export { LinearSystem } from "./suppression/linear-system";
export { PROVINCES, isProvince, type Province } from "./provinces";
export { aggregatesToCsv, toCsv, type CsvCell } from "./export/csv";
export {
  StaffAccountError,
  STAFF_ROLES,
  MAX_FAILURES,
  FAILURE_WINDOW_MS,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  csrfMatches,
  csrfFor,
  isStaffRole,
  type StaffAccounts,
  type StaffOptions,
  type StaffAccount,
  type StaffRole,
  type StaffSession,
  type SignInResult,
  type SignInRecord,
  type StaffErrorCode,
  STAFF_ERROR_CODES,
} from "./staff/accounts";
export { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from "./staff/password-policy";
export { writeDump, readDump, type DumpHeader } from "./backup/ndjson";
export { resolveTarget } from "./db/open";
export type {
  AggregateFilters,
  CheckRound,
  SessionChecks,
  BatchStatus,
  QuizCatalogue,
  StoreOptions,
  StoredSubmission,
  Submission,
  SubmitStatus,
} from "./types";
export type {
  Aggregates,
  Completions,
  Figure,
  FlagAggregate,
  OptionAggregate,
  QuestionAggregate,
} from "./aggregates/types";
