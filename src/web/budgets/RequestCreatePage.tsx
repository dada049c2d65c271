import "./budgets.css";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { listPots } from "../api/budgets";
import { getCase } from "../api/cases";
import { getScenarios } from "../api/scenarios";
import { useApiQuery } from "../api/use-api-query";
import { casePath } from "../cases/paths";
import { useLocation } from "../router/history";
import { Link } from "../router/Link";
import { ScenarioComparison } from "../scenarios/ScenarioComparison";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { RequestForm } from "./RequestForm";
import { BUDGETS_PATH, caseIdOf } from "./paths";

/**
 * "Budget aanvragen" for one case: the request form with the case's three-scenario costing beside
 * it — the costing is attached to the request as it is now.
 */
export const RequestCreatePage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const caseId = caseIdOf(useLocation().search);
  const { state, reload } = useApiQuery(async (signal) => {
    if (!caseId) return null;
    const [file, pots, scenarios] = await Promise.all([getCase(api, caseId, signal), listPots(api, signal), getScenarios(api, caseId, signal)]);
    return { file, pots, scenarios };
  }, [api, caseId]);

  if (state.status === "loading") {
    return (
      <>
        <PageHeading>{t("budgets.create.title")}</PageHeading>
        <LoadingState />
      </>
    );
  }
  if (state.status === "error" || state.data === null) {
    const notFound = state.status === "ok" || (isApiError(state.error) && state.error.code === "not_found");
    return (
      <>
        <PageHeading>{t("budgets.create.title")}</PageHeading>
        {notFound ? <Paragraph>{t("budgets.create.noCase")}</Paragraph> : <ErrorAlert error={state.status === "error" ? state.error : null} onRetry={reload} />}
        <Paragraph>
          <Link href={BUDGETS_PATH}>{t("budgets.backToList")}</Link>
        </Paragraph>
      </>
    );
  }
  const { file, pots, scenarios } = state.data;
  return (
    <>
      <PageHeading>{t("budgets.create.titleFor", { household: file.householdName })}</PageHeading>
      <Paragraph>
        <Link href={casePath(file.id)}>{t("budgets.create.backToCase")}</Link>
      </Paragraph>
      <div className="bw-budget-request">
        <RequestForm caseId={file.id} pots={pots} scenarios={scenarios} />
        <section aria-labelledby="request-costing-heading" className="bw-section">
          <Heading level={2} id="request-costing-heading">
            {t("budgets.create.costing")}
          </Heading>
          {scenarios.version === 0 ? (
            <Paragraph>{t("budgets.create.noCosting")}</Paragraph>
          ) : (
            <>
              <Paragraph>{t("budgets.create.costingNote")}</Paragraph>
              <ScenarioComparison scenarios={scenarios} />
            </>
          )}
        </section>
      </div>
    </>
  );
};
