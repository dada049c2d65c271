import "./budgets.css";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { type ReportCell, budgetReportUrl, getBudgetReport } from "../api/budgets";
import { useApiQuery } from "../api/use-api-query";
import { formatCents, formatDecimal, isoDateInDutchTime } from "../format";
import { navigate, useLocation } from "../router/history";
import { DataList } from "../ui/DataList";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { SelectField } from "../ui/SelectField";
import { BUDGET_REPORT_PATH, reportYearOf } from "./paths";

const SUPPRESSED = "<5";

/**
 * Budgetrapportage for the alderman and the council: spending per pot, purpose category and team, the recovery
 * rate, the outcomes of conditional arrangements and the days to vlot — cells of fewer than 5 spends
 * shown as "<5" — with CSV and Excel downloads of the same tables.
 */
export const BudgetReportPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const thisYear = Number(isoDateInDutchTime(new Date()).slice(0, 4));
  const year = reportYearOf(useLocation().search, thisYear);
  const report = useApiQuery((signal) => getBudgetReport(api, year, signal), [api, year]);
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  if (!years.includes(year)) years.push(year);

  const cellTable = (id: string, caption: string, keyHeader: string, cells: readonly ReportCell[], label: (key: string) => string = (key) => key) => (
    <section aria-labelledby={id} className="bw-section">
      <Heading level={2} id={id}>
        {caption}
      </Heading>
      {cells.length === 0 ? (
        <EmptyState>{t("budgets.report.empty")}</EmptyState>
      ) : (
        <DataTable<ReportCell>
          caption={t("budgets.report.tableCaption", { what: caption })}
          hideCaption
          rows={cells}
          rowKey={(cell) => cell.key}
          columns={[
            { key: "key", header: keyHeader, render: (cell) => label(cell.key) },
            { key: "count", header: t("budgets.report.count"), numeric: true, render: (cell) => (cell.suppressed ? SUPPRESSED : String(cell.count)) },
            { key: "amount", header: t("budgets.report.amount"), numeric: true, render: (cell) => (cell.suppressed || cell.amountCents === null ? SUPPRESSED : formatCents(cell.amountCents)) },
          ]}
        />
      )}
    </section>
  );

  return (
    <>
      <PageHeading>{t("budgets.report.title")}</PageHeading>
      <Paragraph>{t("budgets.report.intro")}</Paragraph>
      <div className="bw-filters">
        <SelectField
          id="report-year"
          label={t("budgets.report.year")}
          value={String(year)}
          options={years.sort((a, b) => b - a).map((value) => ({ value: String(value), label: String(value) }))}
          onChange={(next) => navigate(`${BUDGET_REPORT_PATH}?jaar=${next}`, { replace: true })}
        />
      </div>
      <p className="bw-link-row">
        <a className="utrecht-link" href={budgetReportUrl(year, "csv")} download>
          {t("budgets.report.csv")}
        </a>
        <a className="utrecht-link" href={budgetReportUrl(year, "xlsx")} download>
          {t("budgets.report.xlsx")}
        </a>
      </p>
      {report.state.status === "loading" && <LoadingState />}
      {report.state.status === "error" && <ErrorAlert error={report.state.error} onRetry={report.reload} />}
      {report.state.status === "ok" && (
        <>
          {cellTable("report-pots", t("budgets.report.byPot"), t("budgets.report.pot"), report.state.data.byPot)}
          {cellTable("report-purposes", t("budgets.report.byPurpose"), t("budgets.report.purpose"), report.state.data.byPurpose, (key) => t(`budgets.purposeCategories.${key}`, { defaultValue: key }))}
          {cellTable("report-teams", t("budgets.report.byTeam"), t("budgets.report.team"), report.state.data.byTeam)}
          <section aria-labelledby="report-recovery" className="bw-section">
            <Heading level={2} id="report-recovery">
              {t("budgets.report.recovery")}
            </Heading>
            {report.state.data.recovery.suppressed ? (
              <Paragraph>{t("budgets.report.recoverySuppressed")}</Paragraph>
            ) : (
              <DataList
                items={[
                  { key: "pre", label: t("budgets.report.preFinanced"), value: formatCents(report.state.data.recovery.preFinancedCents ?? 0) },
                  { key: "honoured", label: t("budgets.report.honoured"), value: formatCents(report.state.data.recovery.honouredCents ?? 0) },
                  {
                    key: "rate",
                    label: t("budgets.report.rate"),
                    value: report.state.data.recovery.rate === null ? t("common.none") : `${formatDecimal(report.state.data.recovery.rate * 100)}%`,
                  },
                ]}
              />
            )}
          </section>
          {cellTable("report-arrangements", t("budgets.report.arrangements"), t("budgets.report.outcome"), report.state.data.arrangements, (key) => t(`budgets.outcomes.${key}`, { defaultValue: key }))}
          <section aria-labelledby="report-platform" className="bw-section">
            <Heading level={2} id="report-platform">
              {t("budgets.report.platform")}
            </Heading>
            <DataList
              items={[
                { key: "unstuck", label: t("budgets.report.unstuck"), value: count(report.state.data.platform.unstuck) },
                { key: "stuck", label: t("budgets.report.stillStuck"), value: count(report.state.data.platform.stillStuck) },
                { key: "overdue", label: t("budgets.report.overdue"), value: count(report.state.data.platform.overdue) },
                { key: "median", label: t("budgets.report.median"), value: loosened(report.state.data.platform.medianDays, report.state.data.platform.unstuck) },
                { key: "p90", label: t("budgets.report.p90"), value: loosened(report.state.data.platform.p90Days, report.state.data.platform.unstuck) },
                { key: "target", label: t("budgets.report.target"), value: days(report.state.data.platform.targetDays) },
              ]}
            />
          </section>
        </>
      )}
    </>
  );

  function count(value: number | null): string {
    return value === null ? SUPPRESSED : String(value);
  }

  /** Days to vlot: "<5" when fewer than 5 cases came loose (hidden by the server), nothing when none did. */
  function loosened(value: number | null, unstuck: number | null): string {
    return value === null && unstuck !== 0 ? SUPPRESSED : days(value);
  }

  function days(value: number | null): string {
    return value === null ? t("common.none") : t("budgets.report.daysDecimal", { days: formatDecimal(value) });
  }
};
