import { useTranslation } from "react-i18next";
import { Alert } from "./Alert";
import { Button } from "./Button";

/**
 * Someone else saved first (409 `version_conflict`). Nothing is overwritten: the user reloads the
 * current data and decides again.
 */
export const ConflictAlert = ({ onReload }: { onReload: () => void }) => {
  const { t } = useTranslation();
  return (
    <Alert type="warning" role="alert">
      <p className="utrecht-paragraph">{t("errors.versionConflict")}</p>
      <Button appearance="primary" onClick={onReload}>
        {t("errors.reload")}
      </Button>
    </Alert>
  );
};
