import { fieldErrorsOf, isApiError } from "./api-error";

/** Why a save failed, in the three ways a form shows it. */
export type FormFailure =
  | { readonly kind: "fields"; readonly message: string; readonly fields: Readonly<Record<string, string>> }
  | { readonly kind: "conflict" }
  | { readonly kind: "other"; readonly error: unknown };

/**
 * Sorts a failed save: field messages at their fields (`validation_failed`), a stale version
 * (`version_conflict`) as "reload and try again", anything else as a message. With `fullPaths`
 * the field messages keep the API's whole path (`lines.regulier.0.payer`), for list forms.
 */
export const formFailureOf = (error: unknown, options: { fullPaths?: boolean } = {}): FormFailure => {
  if (isApiError(error) && error.code === "version_conflict") return { kind: "conflict" };
  const fields = fieldErrorsOf(error, options);
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

/** A form field as the failure alert and the fields know it: the control's id and its label. */
export interface FieldRef {
  readonly id: string;
  readonly label: string;
}

/**
 * The field messages of a failure by control id, for forms whose API paths point into lists
 * (`goals.1` → the form's third line when an empty second line was left out).
 * @example messagesById(failure, { "goals.0": { id: "plan-goals-2", label: "Doel 3" } }) // { "plan-goals-2": "…" }
 */
export const messagesById = (
  failure: FormFailure | null,
  fields: Readonly<Record<string, FieldRef>>,
): Readonly<Record<string, string>> => {
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldMessages(failure))) {
    const id = fields[path]?.id;
    if (id && !(id in result)) result[id] = message;
  }
  return result;
};
