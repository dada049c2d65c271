/**
 * The closed set of error codes the application answers with. The server maps each to an HTTP
 * status through a Record, so adding a code without a status fails to compile.
 */
export const ERROR_CODES = [
  "validation_failed",
  "invalid_json",
  "unsupported_media_type",
  "tenant_required",
  "unauthenticated",
  "invalid_credentials",
  "forbidden",
  "csrf_failed",
  "not_found",
  "conflict",
  "version_conflict",
  "payload_too_large",
  "account_locked",
  "database_unavailable",
  "internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error meant for the user: a stable code, a Dutch message, optional structured details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** "Not found or no access": one answer, so a probe cannot learn that a record exists. */
export const notFound = (what = "Dit item"): AppError => new AppError("not_found", `${what} bestaat niet of u heeft geen toegang.`);

export const versionConflict = (): AppError =>
  new AppError("version_conflict", "Iemand anders heeft dit intussen gewijzigd. Herlaad de gegevens en probeer het opnieuw.");

/** A problem at one field: `path` as the API reports it (`roles.0`, `lines.regulier.2.payer`). */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** 400 with every field problem listed, so the user sees them all at once. */
export const validationFailed = (issues: readonly FieldIssue[]): AppError =>
  new AppError("validation_failed", "Controleer de gemarkeerde velden.", { issues });

/** 400 for one field. */
export const invalidField = (path: string, message: string): AppError => validationFailed([{ path, message }]);
