/** A non-2xx answer of the API, carrying its stable code and its (Dutch) message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(options: { status: number; code: string; message: string; details?: unknown }) {
    super(options.message);
    this.name = "ApiError";
    this.status = options.status;
    this.code = options.code;
    this.details = options.details;
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

/** Code used when the server could not be reached or answered something that is not our error shape. */
export const NETWORK_ERROR_CODE = "network_error";

interface Issue {
  path: string;
  message: string;
}

const isIssue = (value: unknown): value is Issue =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Issue).path === "string" &&
  typeof (value as Issue).message === "string";

/**
 * The field messages of a `validation_failed` answer, keyed by the top-level field name
 * (`roles.0` counts for `roles`); the first message per field wins. Other errors give `{}`.
 * With `fullPaths` the whole path is the key (`lines.regulier.0.payer`, `scores.1.reason`), for
 * forms with a field per list item.
 * @example fieldErrorsOf(error) // { email: "Vul een geldig e-mailadres in" }
 */
export const fieldErrorsOf = (
  error: unknown,
  { fullPaths = false }: { fullPaths?: boolean } = {},
): Readonly<Record<string, string>> => {
  if (!isApiError(error) || typeof error.details !== "object" || error.details === null) return {};
  const issues = (error.details as { issues?: unknown }).issues;
  if (!Array.isArray(issues)) return {};
  const result: Record<string, string> = {};
  for (const issue of issues.filter(isIssue)) {
    const field = fullPaths ? issue.path : (issue.path.split(".")[0] ?? "");
    if (!(field in result)) result[field] = issue.message;
  }
  return result;
};
