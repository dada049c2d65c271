import "./platform.css";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { getEscalation } from "../api/platform";
import { useApiQuery } from "../api/use-api-query";
import { useMe } from "../app/session-context";
import { casePath } from "../cases/paths";
import { formatDate } from "../format";
import { Link } from "../router/Link";
import { DataList } from "../ui/DataList";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { ClockBadge } from "./ClockBadge";
import { EvaluationForm } from "./EvaluationForm";
import { MeetingForm } from "./MeetingForm";
import { MeetingRecord } from "./MeetingRecord";
import { UnstickForm } from "./UnstickForm";
import { PLATFORM_PATH } from "./paths";

/**
 * One case on the platform: the clock since escalation, the meetings (who was there, the resident's
 * first question, ideas, breakthrough, actions, the ontschotter's decision), vlot, and the evaluation.
 */
export const EscalationPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const { state, reload } = useApiQuery((signal) => getEscalation(api, id, signal), [api, id]);
  const back = (
    <Paragraph>
      <Link href={PLATFORM_PATH}>{t("platform.backToList")}</Link>
    </Paragraph>
  );
  if (state.status === "loading") {
    return (
      <>
        <PageHeading>{t("platform.escalation.loadingTitle")}</PageHeading>
        <LoadingState />
      </>
    );
  }
  if (state.status === "error") {
    const notFound = isApiError(state.error) && state.error.code === "not_found";
    return (
      <>
        <PageHeading>{notFound ? t("platform.escalation.notFoundTitle") : t("platform.escalation.loadingTitle")}</PageHeading>
        {notFound ? <Paragraph>{t("platform.escalation.notFound")}</Paragraph> : <ErrorAlert error={state.error} onRetry={reload} />}
        {back}
      </>
    );
  }
  const escalation = state.data;
  return (
    <>
      <PageHeading>{t("platform.escalation.title", { household: escalation.householdName })}</PageHeading>
      {back}
      <DataList
        items={[
          { key: "clock", label: t("platform.table.clock"), value: <ClockBadge escalation={escalation} /> },
          { key: "days", label: t("platform.escalation.days"), value: t("platform.escalation.daysOfTarget", { days: escalation.daysOpen }) },
          { key: "escalatedOn", label: t("platform.table.escalatedOn"), value: formatDate(escalation.escalatedOn) },
          { key: "reason", label: t("platform.escalate.reason"), value: escalation.reason, multiline: true },
          { key: "case", label: t("platform.escalation.case"), value: <Link href={casePath(escalation.caseId)}>{t("platform.escalation.toCase")}</Link> },
        ]}
      />
      <section aria-labelledby="meetings-heading" className="bw-section">
        <Heading level={2} id="meetings-heading">
          {t("platform.meetings.heading")}
        </Heading>
        {escalation.meetings.length === 0 ? (
          <EmptyState>{t("platform.meetings.empty")}</EmptyState>
        ) : (
          <ul className="bw-plain-list" aria-label={t("platform.meetings.heading")}>
            {escalation.meetings.map((meeting) => (
              <li key={meeting.id} className="bw-card">
                <MeetingRecord meeting={meeting} />
              </li>
            ))}
          </ul>
        )}
        {!escalation.unstuckOn && <MeetingForm key={escalation.meetings.length} escalation={escalation} mayDecide={me.roles.includes("ontschotter")} onSaved={reload} />}
      </section>
      {!escalation.unstuckOn && <UnstickForm escalation={escalation} onSaved={reload} />}
      {escalation.unstuckOn && (
        <section aria-labelledby="evaluation-heading" className="bw-section">
          <Heading level={2} id="evaluation-heading">
            {t("platform.evaluation.heading")}
          </Heading>
          {escalation.evaluation ? (
            <DataList
              items={[
                { key: "worked", label: t("platform.evaluation.whatWorked"), value: escalation.evaluation.whatWorked, multiline: true },
                { key: "lessons", label: t("platform.evaluation.lessons"), value: escalation.evaluation.lessons, multiline: true },
                { key: "rule", label: t("platform.evaluation.blockingRule"), value: escalation.evaluation.blockingRule ?? t("common.none"), multiline: true },
              ]}
            />
          ) : (
            <EvaluationForm escalationId={escalation.id} onSaved={reload} />
          )}
        </section>
      )}
    </>
  );
};
