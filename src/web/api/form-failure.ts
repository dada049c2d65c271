import { fieldErrorsOf, isApiError } from "./api-error";

/** Why a save failed, in the three ways a form shows it. */
export type FormFailure =
  | { readonly kind: "fields"; readonly message: string; readonly fields: Readonly<Record<string, string>> }
  | { readonly kind: "conflict" }
  | { readonly kind: "other"; readonly error: unknown };

/**
 * Sorts a failed save: field messages at their fields (`validation_failed`), a stale version
 * (`version_conflict`) as "reload and try again", anything else as a message.
 */
export const formFailureOf = (error: unknown): FormFailure => {
  if (isApiError(error) && error.code === "version_conflict") return { kind: "conflict" };
  const fields = fieldErrorsOf(error);
  if (isApiError(error) && Object.keys(fields).length > 0) return { kind: "fields", message: error.message, fields };
  return { kind: "other", error };
};

/** The field messages of a failure, or none. */
export const fieldMessages = (failure: FormFailure | null): Readonly<Record<string, string>> =>
  failure?.kind === "fields" ? failure.fields : {};

/**
 * The failure with a field's message replaced by the form's own, e.g. a date the page could not
 * read: the server judged the text it was sent, the user should read what the field expects.
 */
export const withFieldMessage = (failure: FormFailure, field: string, message: string): FormFailure =>
  failure.kind === "fields" && field in failure.fields
    ? { ...failure, fields: { ...failure.fields, [field]: message } }
    : failure;
