import { useTranslation } from "react-i18next";
import type { RequestDetail } from "../../domain/budgets/dto";
import type { Scenarios } from "../../domain/scenarios/dto";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { getRequest, listMandates } from "../api/budgets";
import { useApiQuery } from "../api/use-api-query";
import { casePath } from "../cases/paths";
import { formatCents } from "../format";
import { Link } from "../router/Link";
import { ScenarioComparison } from "../scenarios/ScenarioComparison";
import { DataList } from "../ui/DataList";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { ArrangementSection } from "./ArrangementSection";
import { ClaimsSection } from "./ClaimsSection";
import { DecisionForm } from "./DecisionForm";
import { RequestStatusBadge } from "./RequestStatusBadge";
import { BUDGETS_PATH, potPagePath } from "./paths";

/**
 * One spending request: what, for whom, why (rechtmatigheid, rendement, betrokkenheid) and the case's
 * costing as it was attached; the decision under a mandate; afterwards the conditional arrangement and,
 * for a pre-financed spend, the recovery claims.
 */
export const RequestPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload } = useApiQuery(async (signal) => {
    const request = await getRequest(api, id, signal);
    return { request, mandates: await listMandates(api, request.potId, signal) };
  }, [api, id]);
  const back = (
    <Paragraph>
      <Link href={BUDGETS_PATH}>{t("budgets.backToList")}</Link>
    </Paragraph>
  );
  if (state.status === "loading") {
    return (
      <>
        <PageHeading>{t("budgets.request.loadingTitle")}</PageHeading>
        <LoadingState />
      </>
    );
  }
  if (state.status === "error") {
    const notFound = isApiError(state.error) && state.error.code === "not_found";
    return (
      <>
        <PageHeading>{notFound ? t("budgets.request.notFoundTitle") : t("budgets.request.loadingTitle")}</PageHeading>
        {notFound ? <Paragraph>{t("budgets.request.notFound")}</Paragraph> : <ErrorAlert error={state.error} onRetry={reload} />}
        {back}
      </>
    );
  }
  const { request, mandates } = state.data;
  return (
    <>
      <PageHeading>{t("budgets.request.title", { description: request.description })}</PageHeading>
      {back}
      <RequestFacts request={request} />
      <section aria-labelledby="request-justification-heading" className="bw-section">
        <Heading level={2} id="request-justification-heading">
          {t("budgets.request.justification")}
        </Heading>
        <DataList
          items={(["rechtmatigheid", "rendement", "betrokkenheid"] as const).map((key) => ({
            key,
            label: t(`budgets.justification.${key}`),
            value: request.justification[key],
            multiline: true,
          }))}
        />
      </section>
      <section aria-labelledby="request-scenarios-heading" className="bw-section">
        <Heading level={2} id="request-scenarios-heading">
          {t("budgets.request.scenarios")}
        </Heading>
        {request.scenarios ? <ScenarioComparison scenarios={request.scenarios as Scenarios} /> : <Paragraph>{t("budgets.request.noScenarios")}</Paragraph>}
      </section>
      {(request.status === "pending" || request.status === "awaiting_second") && <DecisionForm request={request} mandates={mandates} onDecided={reload} />}
      {request.status === "approved" && <ArrangementSection request={request} onChanged={reload} />}
      {request.status === "approved" && request.preFinanced && <ClaimsSection request={request} onChanged={reload} />}
    </>
  );
};

const RequestFacts = ({ request }: { request: RequestDetail }) => {
  const { t } = useTranslation();
  const mandateText = (name: string | null, limitCents: number | undefined) =>
    name ? (limitCents === undefined ? name : t("budgets.request.byUnderMandate", { name, limit: formatCents(limitCents) })) : "";
  return (
    <DataList
      items={[
        { key: "status", label: t("budgets.requests.status"), value: <RequestStatusBadge status={request.status} /> },
        { key: "amount", label: t("budgets.requests.amount"), value: formatCents(request.amountCents) },
        { key: "pot", label: t("budgets.requests.pot"), value: <Link href={potPagePath(request.potId)}>{request.potName}</Link> },
        { key: "case", label: t("budgets.request.case"), value: <Link href={casePath(request.caseId)}>{t("budgets.request.toCase")}</Link> },
        { key: "purposeCategory", label: t("budgets.requests.purposeCategory"), value: t(`budgets.purposeCategories.${request.purposeCategory}`) },
        { key: "purpose", label: t("budgets.requests.purpose"), value: request.purpose },
        { key: "payee", label: t("budgets.request.payee"), value: request.payee },
        { key: "preFinanced", label: t("budgets.request.preFinanced"), value: t(request.preFinanced ? "budgets.yes" : "budgets.no") },
        { key: "requestedBy", label: t("budgets.request.requestedBy"), value: request.requestedByName },
        ...(request.firstApproverName
          ? [{ key: "first", label: t("budgets.request.firstApproval"), value: mandateText(request.firstApproverName, request.firstMandate?.limitCents) }]
          : []),
        ...(request.decidedByName
          ? [{ key: "decided", label: t(request.status === "rejected" ? "budgets.request.rejectedBy" : "budgets.request.approvedBy"), value: mandateText(request.decidedByName, request.decidedMandate?.limitCents) }]
          : []),
        ...(request.decisionReason ? [{ key: "reason", label: t("budgets.request.reason"), value: request.decisionReason, multiline: true }] : []),
      ]}
    />
  );
};
