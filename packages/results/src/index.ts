export { openResultsStore, MAX_BATCH, type ResultsStore } from "./store";
export { submissionSchema, validateSubmission } from "./validation/submission-schema";
export { SubmissionInvalidError, SubmissionConflictError, type SubmissionIssue } from "./errors";
export { InvalidFiltersError } from "./aggregates/filters";
export type { CheckAggregate, CheckAggregates } from "./aggregates/checks";
export { MIN_CELL } from "./suppression/suppress";
export { PROVINCES, isProvince, type Province } from "./provinces";
export { aggregatesToCsv } from "./export/csv";
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
