import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { listPots } from "../api/budgets";
import { useApiQuery } from "../api/use-api-query";
import { useMe } from "../app/session-context";
import { CasePlatformStatus } from "../platform/CasePlatformStatus";
import { ButtonLink } from "../ui/ButtonLink";
import { Heading } from "../ui/Heading";
import { RequestList } from "./RequestList";
import { newRequestPath } from "./paths";

/**
 * On the case page: "Budget aanvragen" with the case's requests, and "Aanmelden bij casusplatform" —
 * each only for those whose role may do it.
 */
export const CaseFundingSection = ({ caseId, closed }: { caseId: string; closed: boolean }) => {
  const { t } = useTranslation();
  const me = useMe();
  const mayRequest = me.permissions.includes("budgets:use");
  const mayEscalate = me.permissions.includes("platform:use");
  if (!mayRequest && !mayEscalate) return null;
  return (
    <section aria-labelledby="case-funding-heading" className="bw-section">
      <Heading level={2} id="case-funding-heading" tabIndex={-1}>
        {t("budgets.onCase.heading")}
      </Heading>
      {mayEscalate && <CasePlatformStatus caseId={caseId} closed={closed} />}
      {mayRequest && <CaseRequests caseId={caseId} closed={closed} />}
    </section>
  );
};

const CaseRequests = ({ caseId, closed }: { caseId: string; closed: boolean }) => {
  const { t } = useTranslation();
  const api = useApi();
  const pots = useApiQuery((signal) => listPots(api, signal), [api]);
  return (
    <>
      {!closed && (
        <p className="bw-actions">
          <ButtonLink href={newRequestPath(caseId)}>{t("budgets.onCase.request")}</ButtonLink>
        </p>
      )}
      <RequestList caseId={caseId} pots={pots.state.status === "ok" ? pots.state.data : []} headingLevel={3} />
    </>
  );
};
