import { type FormEvent, useEffect, useRef, useState } from "react";
import { type FormFailure, fieldMessages, formFailureOf } from "../api/form-failure";

/**
 * The plumbing every "add something" form shares: focus on the first field, a busy flag while saving, and the
 * API's failure kept for the alert and the field messages. `save` does the call; `adjustFailure` may add a
 * message the form itself knows (e.g. an unreadable date).
 */
export function useAddForm<E extends HTMLElement = HTMLInputElement>(
  save: () => Promise<void>,
  options: { adjustFailure?: (failure: FormFailure) => FormFailure } = {},
) {
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const firstField = useRef<E>(null);

  useEffect(() => {
    firstField.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await save();
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(options.adjustFailure ? options.adjustFailure(failed) : failed);
      setBusy(false);
    }
  };

  return { failure, clearFailure: () => setFailure(null), errors: fieldMessages(failure), busy, firstField, submit };
}
