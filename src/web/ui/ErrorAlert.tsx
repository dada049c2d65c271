import { useTranslation } from "react-i18next";
import { useErrorMessage } from "../i18n/useErrorMessage";
import { Alert } from "./Alert";
import { Button } from "./Button";

/** A failed call, in words, with a retry when that can help. */
export const ErrorAlert = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert type="error" role="alert">
      <p className="utrecht-paragraph">{message(error)}</p>
      {onRetry && <Button onClick={onRetry}>{t("common.retry")}</Button>}
    </Alert>
  );
};
