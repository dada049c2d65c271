import "./platform.css";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { getPlatformStats, listEscalations, listStuckCases, type StuckCase } from "../api/platform";
import { useApiQuery } from "../api/use-api-query";
import { formatDate, formatDecimal } from "../format";
import { Link } from "../router/Link";
import { DataList } from "../ui/DataList";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { EscalationTable } from "./EscalationTable";
import { EvaluationSearch } from "./EvaluationSearch";
import { escalatePath } from "./paths";

/**
 * Casusplatform: the escalated cases with the clock to vlot (target 3 weeks), those past the target,
 * the cases without movement that could be escalated, and the lessons of earlier platforms.
 */
export const PlatformPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const escalations = useApiQuery((signal) => listEscalations(api, {}, signal), [api]);
  const stats = useApiQuery((signal) => getPlatformStats(api, signal), [api]);
  const stuck = useApiQuery((signal) => listStuckCases(api, signal), [api]);
  const days = (value: number | null) => (value === null ? t("common.none") : t("platform.days", { days: formatDecimal(value) }));
  return (
    <>
      <PageHeading>{t("areas.casePlatform.name")}</PageHeading>
      <Paragraph>{t("platform.intro")}</Paragraph>
      {stats.state.status === "error" && <ErrorAlert error={stats.state.error} onRetry={stats.reload} />}
      {stats.state.status === "ok" && (
        <DataList
          items={[
            { key: "stuck", label: t("platform.stats.stillStuck"), value: String(stats.state.data.stillStuck) },
            { key: "overdue", label: t("platform.stats.overdue"), value: String(stats.state.data.overdue) },
            { key: "median", label: t("platform.stats.median"), value: days(stats.state.data.medianDays) },
            { key: "p90", label: t("platform.stats.p90"), value: days(stats.state.data.p90Days) },
            { key: "target", label: t("platform.stats.target"), value: days(stats.state.data.targetDays) },
          ]}
        />
      )}
      <section aria-labelledby="platform-overdue-heading" className="bw-section">
        <Heading level={2} id="platform-overdue-heading">
          {t("platform.overdue.heading")}
        </Heading>
        {escalations.state.status === "loading" && <LoadingState />}
        {escalations.state.status === "error" && <ErrorAlert error={escalations.state.error} onRetry={escalations.reload} />}
        {escalations.state.status === "ok" &&
          (escalations.state.data.some((e) => e.overdue) ? (
            <EscalationTable caption={t("platform.overdue.caption")} escalations={escalations.state.data.filter((e) => e.overdue)} />
          ) : (
            <EmptyState>{t("platform.overdue.empty")}</EmptyState>
          ))}
      </section>
      <section aria-labelledby="platform-all-heading" className="bw-section">
        <Heading level={2} id="platform-all-heading">
          {t("platform.all.heading")}
        </Heading>
        {escalations.state.status === "ok" &&
          (escalations.state.data.length === 0 ? (
            <EmptyState>{t("platform.all.empty")}</EmptyState>
          ) : (
            <EscalationTable caption={t("platform.all.caption")} escalations={escalations.state.data} />
          ))}
      </section>
      <section aria-labelledby="platform-stuck-heading" className="bw-section">
        <Heading level={2} id="platform-stuck-heading">
          {t("platform.stuck.heading")}
        </Heading>
        <Paragraph>{t("platform.stuck.intro")}</Paragraph>
        {stuck.state.status === "loading" && <LoadingState />}
        {stuck.state.status === "error" && <ErrorAlert error={stuck.state.error} onRetry={stuck.reload} />}
        {stuck.state.status === "ok" &&
          (stuck.state.data.length === 0 ? (
            <EmptyState>{t("platform.stuck.empty")}</EmptyState>
          ) : (
            <DataTable<StuckCase>
              caption={t("platform.stuck.caption")}
              hideCaption
              rows={stuck.state.data}
              rowKey={(s) => s.caseId}
              columns={[
                { key: "household", header: t("platform.table.household"), render: (s) => s.householdName },
                { key: "last", header: t("platform.stuck.lastActivity"), render: (s) => formatDate(s.lastActivity) },
                { key: "days", header: t("platform.stuck.days"), numeric: true, render: (s) => String(s.daysWithoutMovement) },
                {
                  key: "escalate",
                  header: t("common.actions"),
                  render: (s) => (
                    <Link href={escalatePath(s.caseId)}>
                      {t("platform.stuck.escalate")}
                      <span className="bw-visually-hidden"> {s.householdName}</span>
                    </Link>
                  ),
                },
              ]}
            />
          ))}
      </section>
      <EvaluationSearch />
    </>
  );
};
