import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { listEscalations } from "../api/platform";
import { useApiQuery } from "../api/use-api-query";
import { formatDate } from "../format";
import { Link } from "../router/Link";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Paragraph } from "../ui/Paragraph";
import { ClockBadge } from "./ClockBadge";
import { escalatePath, escalationPagePath } from "./paths";

/** On the case page: the case's place on the casusplatform, or the way to get it there. */
export const CasePlatformStatus = ({ caseId, closed }: { caseId: string; closed: boolean }) => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload } = useApiQuery((signal) => listEscalations(api, { caseId }, signal), [api, caseId]);
  if (state.status === "loading") return null;
  if (state.status === "error") return <ErrorAlert error={state.error} onRetry={reload} />;
  const mine = state.data;
  const open = mine.find((e) => !e.unstuckOn);
  const latest = open ?? mine.at(-1);
  return (
    <Paragraph>
      {latest && (
        <>
          <Link href={escalationPagePath(latest.id)}>{t("platform.onCase.onPlatform", { date: formatDate(latest.escalatedOn) })}</Link> <ClockBadge escalation={latest} />{" "}
        </>
      )}
      {!open && !closed && <Link href={escalatePath(caseId)}>{t("platform.onCase.escalate")}</Link>}
    </Paragraph>
  );
};
