/** A problem found in one submission, with the path to the offending value. */
export interface SubmissionIssue {
  path: (string | number)[];
  message: string;
}

/** The input is not a submission we accept; nothing was stored. Callers answer 4xx (400/422). */
export class SubmissionInvalidError extends Error {
  override readonly name = "SubmissionInvalidError";
  readonly issues: SubmissionIssue[];

  constructor(issues: SubmissionIssue[]) {
    super(summarise(issues));
    this.issues = issues;
  }
}

/** The id is already stored with other content; nothing was stored. Callers answer 409. */
export class SubmissionConflictError extends Error {
  override readonly name = "SubmissionConflictError";
  readonly id: string;

  constructor(id: string) {
    super(`Submission ${id} is already stored with different content.`);
    this.id = id;
  }
}

const SHOWN_ISSUES = 5;

function summarise(issues: SubmissionIssue[]): string {
  const lines = issues
    .slice(0, SHOWN_ISSUES)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`);
  const more = issues.length > SHOWN_ISSUES ? ` (and ${issues.length - SHOWN_ISSUES} more)` : "";
  return `Invalid submission: ${lines.join("; ")}${more}`;
}
