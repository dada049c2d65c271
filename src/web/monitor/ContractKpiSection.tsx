import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Contract, ContractKpis } from "../../domain/monitor/dto";
import { useApi } from "../api/api-context";
import { getContractKpis, monitorExportUrls } from "../api/monitor";
import { useApiQuery } from "../api/use-api-query";
import { formatDate, formatDecimal, isoDateInDutchTime } from "../format";
import { ChartFigure } from "../ui/charts/ChartFigure";
import { type Column, DataTable } from "../ui/DataTable";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { Paragraph } from "../ui/Paragraph";
import { ContractNotes } from "./ContractNotes";
import { ExportLinks } from "./ExportLinks";
import { kpiTrendOption } from "./monitor-charts";
import { contractPeriod, formatPercent, type Light } from "./monitor-values";
import { PeriodForm } from "./PeriodForm";
import { TrafficLight } from "./TrafficLight";

interface KpiRow {
  key: "stableOrBetter" | "satisfaction" | "reach";
  value: string;
  target: string;
  light: Light;
}

type Quarter = ContractKpis["trend"][number];

/** One contract's KPIs over a period: value, target and traffic light; the quarterly trend; the results conversations. */
export const ContractKpiSection = ({ contract, canManage }: { contract: Contract; canManage: boolean }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [period, setPeriod] = useState(() => contractPeriod(contract, isoDateInDutchTime(new Date())));
  const kpis = useApiQuery((signal) => getContractKpis(api, contract.id, period, signal), [api, contract.id, period.from, period.to]);
  const suppressed = t("monitor.suppressed");

  const rows = (k: ContractKpis): KpiRow[] => [
    { key: "stableOrBetter", value: k.stableOrBetter.value === null ? suppressed : formatPercent(k.stableOrBetter.value), target: `≥ ${formatPercent(k.stableOrBetter.target ?? 0)}`, light: k.stableOrBetter.light },
    { key: "satisfaction", value: k.satisfaction.value === null ? suppressed : formatDecimal(Math.round(k.satisfaction.value * 10) / 10), target: `≥ ${formatDecimal(k.satisfaction.target ?? 0)}`, light: k.satisfaction.light },
    { key: "reach", value: k.reach.value === null ? suppressed : String(k.reach.value), target: k.reach.target === null ? t("monitor.kpis.noTarget") : `≥ ${k.reach.target}`, light: k.reach.light },
  ];
  const columns: Column<KpiRow>[] = [
    { key: "kpi", header: t("monitor.kpis.indicator"), render: (r) => t(`monitor.kpis.names.${r.key}`) },
    { key: "value", header: t("monitor.kpis.value"), numeric: true, render: (r) => r.value },
    { key: "target", header: t("monitor.kpis.target"), numeric: true, render: (r) => r.target },
    { key: "light", header: t("monitor.kpis.light"), render: (r) => <TrafficLight light={r.light} /> },
  ];
  const trendColumns: Column<Quarter>[] = [
    { key: "quarter", header: t("monitor.kpis.quarter"), render: (q) => q.quarter },
    { key: "stable", header: t("monitor.kpis.names.stableOrBetter"), numeric: true, render: (q) => (q.stableOrBetter === null ? suppressed : formatPercent(q.stableOrBetter)) },
    { key: "satisfaction", header: t("monitor.kpis.names.satisfaction"), numeric: true, render: (q) => (q.satisfaction === null ? suppressed : formatDecimal(Math.round(q.satisfaction * 10) / 10)) },
  ];
  const trend = kpis.state.status === "ok" ? kpis.state.data.trend : null;
  const option = useMemo(() => (trend ? kpiTrendOption(trend, { stableOrBetter: t("monitor.kpis.names.stableOrBetter"), satisfaction: t("monitor.kpis.names.satisfaction") }) : null), [trend, t]);

  return (
    <section aria-labelledby="kpis-heading" className="bw-section">
      <Heading level={2} id="kpis-heading" tabIndex={-1}>
        {t("monitor.kpis.title", { name: contract.name })}
      </Heading>
      <Paragraph>{t("monitor.kpis.intro", { organisation: contract.organisationName })}</Paragraph>
      <PeriodForm id="kpi-period" label={t("monitor.kpis.periodLabel")} period={period} onApply={setPeriod} />
      {kpis.state.status === "loading" && <LoadingState />}
      {kpis.state.status === "error" && <ErrorAlert error={kpis.state.error} onRetry={kpis.reload} />}
      {kpis.state.status === "ok" && (
        <>
          <DataTable<KpiRow>
            caption={t("monitor.kpis.caption", { from: formatDate(period.from), to: formatDate(period.to) })}
            rows={rows(kpis.state.data)}
            rowKey={(r) => r.key}
            columns={columns}
          />
          <Paragraph>{t("monitor.kpis.lightsRule")}</Paragraph>
          {option && kpis.state.data.trend.length > 0 && (
            <ChartFigure
              caption={t("monitor.kpis.trendCaption")}
              option={option}
              table={<DataTable<Quarter> caption={t("monitor.kpis.trendCaption")} hideCaption rows={kpis.state.data.trend} rowKey={(q) => q.quarter} columns={trendColumns} />}
            />
          )}
          <ExportLinks urls={monitorExportUrls.contractKpis(contract.id, period)} what={t("monitor.kpis.exportWhat", { name: contract.name })} />
        </>
      )}
      <ContractNotes contractId={contract.id} canManage={canManage} />
    </section>
  );
};
