import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ZodError } from "zod";
import { AppError, type ErrorCode } from "../domain/errors";

/** Every error code maps to exactly one status; a missing entry fails to compile. */
export const STATUS_OF: Record<ErrorCode, ContentfulStatusCode> = {
  validation_failed: 400,
  invalid_json: 400,
  tenant_required: 400,
  unsupported_media_type: 415,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  version_conflict: 409,
  payload_too_large: 413,
  account_locked: 423,
  database_unavailable: 503,
  internal: 500,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export const errorBody = (error: AppError): ErrorBody => ({
  error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) },
});

/** zod issues → `{ issues: [{ path, message }] }` with dotted paths (`roles.0`). */
export function validationError(error: ZodError, prefix: string[] = []): AppError {
  const issues = error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join("."),
    message: dutchIssueMessage(issue),
  }));
  return new AppError("validation_failed", "Controleer de gemarkeerde velden.", { issues });
}

function dutchIssueMessage(issue: ZodError["issues"][number]): string {
  // Our schemas carry Dutch messages; only zod's own (English) defaults are translated here.
  if (!/^(Invalid|Too (small|big)|Expected|Unrecognized|Required)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "Dit veld is verplicht" : "Ongeldige waarde";
    case "unrecognized_keys":
      return `Onbekend veld: ${issue.keys.join(", ")}`;
    case "invalid_format":
      return issue.format === "uuid" ? "Ongeldige verwijzing" : "Ongeldig formaat";
    case "invalid_value":
      return "Kies een van de toegestane waarden";
    case "too_small":
      return `Te klein (minimaal ${String(issue.minimum)})`;
    case "too_big":
      return `Te groot (maximaal ${String(issue.maximum)})`;
    default:
      return "Ongeldige waarde";
  }
}

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);

/** True for errors that mean "the database is not there", as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof e.code === "string" && CONNECTION_CODES.has(e.code)) return true;
    if (typeof e.message === "string" && /Connection terminated|connect ECONNREFUSED|PGlite is closed|Client has encountered a connection error/i.test(e.message)) {
      return true;
    }
    current = e.cause;
  }
  return false;
}

/** Turns anything thrown into the one error shape; never leaks a stack trace to the client. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return validationError(error);
  if (isDatabaseUnavailable(error)) return new AppError("database_unavailable", "De database is tijdelijk niet bereikbaar. Probeer het later opnieuw.");
  return new AppError("internal", "Er ging iets mis aan onze kant. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de beheerder.");
}

export function respondWithError(c: Context, error: unknown): Response {
  const appError = toAppError(error);
  if (appError.code === "internal") console.error("[server] onverwachte fout:", error);
  return c.json(errorBody(appError), STATUS_OF[appError.code]);
}
