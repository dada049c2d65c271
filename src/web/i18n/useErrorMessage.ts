import { useTranslation } from "react-i18next";
import { isApiError, NETWORK_ERROR_CODE } from "../api/api-error";

const TRANSLATED_CODES = new Set([
  "unauthenticated",
  "invalid_credentials",
  "account_locked",
  "forbidden",
  "not_found",
  "version_conflict",
  "conflict",
  "csrf_failed",
  "payload_too_large",
  "database_unavailable",
  "internal",
  "validation_failed",
]);

/**
 * The text to show for a failed call. In Dutch the server's own message is the most precise; in
 * English the known codes have a translation and anything else falls back to the server's words.
 */
export const useErrorMessage = () => {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    if (!isApiError(error)) return t("errors.unexpected");
    if (error.code === NETWORK_ERROR_CODE) return t("errors.network");
    if (i18n.language === "nl" || !TRANSLATED_CODES.has(error.code)) return error.message;
    return t(`errors.codes.${error.code}` as "errors.codes.internal");
  };
};
