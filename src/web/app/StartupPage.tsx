import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../ui/ErrorAlert";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { PublicLayout } from "./PublicLayout";

/** While the session is checked, or when the server cannot be reached at start. */
export const StartupPage = ({ error, onRetry }: { error?: unknown; onRetry: () => void }) => {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      {error === undefined ? (
        <LoadingState label={t("app.starting")} />
      ) : (
        <>
          <PageHeading>{t("app.unavailable")}</PageHeading>
          <ErrorAlert error={error} onRetry={onRetry} />
        </>
      )}
    </PublicLayout>
  );
};
