import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { listPacketsToRelease } from "../api/panel";
import { useApiQuery } from "../api/use-api-query";
import { Link } from "../router/Link";
import { Alert } from "../ui/Alert";
import { Paragraph } from "../ui/Paragraph";
import { RELEASE_PATH } from "./paths";

/**
 * On the case page of its director: this case was drawn for the review panel and waits for the check of its
 * packet. Shows nothing otherwise (and nothing when the check cannot be loaded: the task in Taken remains).
 */
export const PanelReleaseNotice = ({ caseId }: { caseId: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const { state } = useApiQuery((signal) => listPacketsToRelease(api, signal), [api]);
  if (state.status !== "ok" || !state.data.some((item) => item.caseId === caseId)) return null;
  return (
    <Alert type="info">
      <Paragraph>
        {t("panel.release.notice")} <Link href={RELEASE_PATH}>{t("panel.release.noticeLink")}</Link>
      </Paragraph>
    </Alert>
  );
};
