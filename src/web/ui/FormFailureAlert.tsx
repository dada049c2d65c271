import type { FormFailure } from "../api/form-failure";
import { ConflictAlert } from "./ConflictAlert";
import { ErrorAlert } from "./ErrorAlert";
import { ErrorSummary } from "./ErrorSummary";

export interface FormFailureAlertProps {
  failure: FormFailure | null;
  /** Field name (as the API names it) → id and label of its control, in form order. */
  fields: Readonly<Record<string, { id: string; label: string }>>;
  onReload: () => void;
}

/** The message at the top of a form after a failed save; field messages also show at the fields. */
export const FormFailureAlert = ({ failure, fields, onReload }: FormFailureAlertProps) => {
  if (!failure) return null;
  if (failure.kind === "conflict") return <ConflictAlert onReload={onReload} />;
  if (failure.kind === "other") return <ErrorAlert error={failure.error} />;
  const known = Object.entries(fields).flatMap(([name, field]) => {
    const message = failure.fields[name];
    return message ? [{ ...field, message }] : [];
  });
  const unknown = Object.entries(failure.fields)
    .filter(([name]) => !(name in fields))
    .map(([, message]) => message);
  const message = [failure.message, ...unknown].join(" ");
  return <ErrorSummary message={message} fields={known} />;
};
