import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "./Alert";

export interface ErrorSummaryProps {
  /** The API's overall message, e.g. "Controleer de invoer". */
  message: string;
  /** Field errors with the label and the id of the control to jump to, in form order. */
  fields: readonly { id: string; label: string; message: string }[];
}

/**
 * The list of problems at the top of a form after a failed save. It takes focus so screen-reader
 * and keyboard users learn what went wrong; each line jumps to its field.
 */
export const ErrorSummary = ({ message, fields }: ErrorSummaryProps) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="bw-error-summary">
      <Alert type="error" role="alert">
        <p className="utrecht-paragraph">
          <strong>{message}</strong>
        </p>
        {fields.length > 0 && (
          <ul className="utrecht-unordered-list bw-error-summary__list" aria-label={t("common.problems")}>
            {fields.map((field) => (
              <li key={field.id} className="utrecht-unordered-list__item">
                <a
                  className="utrecht-link"
                  href={`#${field.id}`}
                  onClick={(event) => {
                    const target = document.getElementById(field.id);
                    if (!target) return;
                    event.preventDefault();
                    target.focus();
                    target.scrollIntoView({ block: "center" });
                  }}
                >
                  {field.label}: {field.message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Alert>
    </div>
  );
};
