import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TrajectoryComparisonResult } from "../../domain/monitor/dto";
import { useApi } from "../api/api-context";
import { getTrajectoryComparison, monitorExportUrls, type TrajectoryQuery } from "../api/monitor";
import { useApiQuery } from "../api/use-api-query";
import { centsInput, formatCents, formatDate, formatDecimal, isoDateInDutchTime, parseEuroCents } from "../format";
import { ChartFigure } from "../ui/charts/ChartFigure";
import { type Column, DataTable } from "../ui/DataTable";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { Paragraph } from "../ui/Paragraph";
import { TextField } from "../ui/TextField";
import { ExportLinks } from "./ExportLinks";
import { type IntervalBar, intervalBarOption } from "./monitor-charts";
import { defaultPeriod, formatPercent, START_RATE_CENTS } from "./monitor-values";
import { MonitorLayout } from "./MonitorLayout";
import { PeriodForm } from "./PeriodForm";

type Group = TrajectoryComparisonResult["groups"][number];
type Estimate = Group["costCents"];


/**
 * Monitor → Eigen trajecten vs aanbieders (Oirschot): per group the trajectories closed in the period, their cost,
 * duration and satisfaction with 95% bootstrap intervals, as a table and as bar charts with whiskers.
 */
export const TrajectoriesPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const [query, setQuery] = useState<TrajectoryQuery>(() => {
    const period = defaultPeriod(isoDateInDutchTime(new Date()));
    return { closedFrom: period.from, closedTo: period.to, hourlyRateCents: START_RATE_CENTS };
  });
  const [rate, setRate] = useState(centsInput(START_RATE_CENTS));
  const [rateError, setRateError] = useState<string | undefined>();
  const result = useApiQuery((signal) => getTrajectoryComparison(api, query, signal), [api, query.closedFrom, query.closedTo, query.hourlyRateCents]);
  const suppressed = t("monitor.suppressed");

  const nameOf = (g: Group) => (g.kind === "own" ? t("monitor.trajectories.own") : (g.name ?? t("monitor.trajectories.provider")));
  const withInterval = (e: Estimate, format: (v: number) => string) =>
    e === null ? suppressed : t("monitor.withInterval", { value: format(e.mean), low: format(e.interval95[0]), high: format(e.interval95[1]) });
  const days = (v: number) => formatDecimal(Math.round(v * 10) / 10);
  const columns: Column<Group>[] = [
    { key: "group", header: t("monitor.trajectories.group"), render: nameOf },
    { key: "financing", header: t("monitor.trajectories.costBasis"), render: (g) => (g.kind === "own" ? t("monitor.trajectories.ownBasis") : g.financing.length === 0 ? t("monitor.trajectories.noContract") : g.financing.map((f) => t(`monitor.financing.${f}`)).join(", ")) },
    { key: "count", header: t("monitor.trajectories.count"), numeric: true, render: (g) => (g.trajectories === null ? suppressed : String(g.trajectories)) },
    { key: "cost", header: t("monitor.trajectories.cost"), numeric: true, render: (g) => (g.trajectories === 0 ? "–" : withInterval(g.costCents, formatCents)) },
    { key: "duration", header: t("monitor.trajectories.duration"), numeric: true, render: (g) => (g.trajectories === 0 ? "–" : withInterval(g.durationDays, days)) },
    { key: "satisfaction", header: t("monitor.trajectories.satisfaction"), numeric: true, render: (g) => (g.trajectories === 0 ? "–" : withInterval(g.satisfaction, days)) },
    { key: "withoutContract", header: t("monitor.trajectories.withoutContract"), numeric: true, render: (g) => (g.kind === "own" || g.trajectories === 0 ? "–" : g.withoutContract === null ? suppressed : String(g.withoutContract)) },
  ];

  const data = result.state.status === "ok" ? result.state.data : null;
  const bars = (pick: (g: Group) => Estimate): IntervalBar[] => (data?.groups ?? []).flatMap((g) => { const e = pick(g); return e ? [{ label: nameOf(g), mean: e.mean, interval95: e.interval95 }] : []; });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the options depend on the loaded data and the language only
  const options = useMemo(() => {
    if (!data) return null;
    const labels = { meanLabel: t("monitor.trajectories.mean"), intervalLabel: t("monitor.trajectories.interval") };
    return {
      cost: intervalBarOption(bars((g) => g.costCents), { ...labels, format: (v) => formatCents(Math.round(v)) }),
      duration: intervalBarOption(bars((g) => g.durationDays), { ...labels, format: days }),
    };
  }, [data, t]);
  const table = data ? <DataTable<Group> caption={t("monitor.trajectories.caption", { from: formatDate(query.closedFrom), to: formatDate(query.closedTo) })} rows={data.groups} rowKey={(g) => g.organisationId ?? "own"} columns={columns} /> : null;

  return (
    <MonitorLayout view="trajectories">
      <section aria-labelledby="trajectories-heading" className="bw-section">
        <Heading level={2} id="trajectories-heading">
          {t("monitor.trajectories.title")}
        </Heading>
        <Paragraph>{t("monitor.trajectories.intro")}</Paragraph>
        <PeriodForm
          id="trajectories-period"
          label={t("monitor.trajectories.settings")}
          period={{ from: query.closedFrom, to: query.closedTo }}
          validateExtra={() => {
            const ok = (parseEuroCents(rate) ?? 0) > 0;
            setRateError(ok ? undefined : t("monitor.rateUnreadable"));
            return ok;
          }}
          onApply={(period) => setQuery({ closedFrom: period.from, closedTo: period.to, hourlyRateCents: parseEuroCents(rate)! })}
          extra={<TextField id="trajectories-rate" label={t("monitor.hourlyRate")} className="bw-number-field" inputMode="decimal" autoComplete="off" value={rate} onChange={setRate} error={rateError} />}
        />
        {result.state.status === "loading" && <LoadingState />}
        {result.state.status === "error" && <ErrorAlert error={result.state.error} onRetry={result.reload} />}
        {data && table && options && (
          <>
            {table}
            <Paragraph>
              {data.ownCostShare
                ? t("monitor.trajectories.share", {
                    share: formatPercent(data.ownCostShare.ratio),
                    low: data.ownCostShare.interval95 ? formatPercent(data.ownCostShare.interval95[0]) : "–",
                    high: data.ownCostShare.interval95 ? formatPercent(data.ownCostShare.interval95[1]) : "–",
                  })
                : t("monitor.trajectories.noShare")}
            </Paragraph>
            <Paragraph>{t("monitor.trajectories.method", { draws: data.settings.draws, seed: data.settings.seed, asOf: formatDate(data.settings.asOf) })}</Paragraph>
            <ChartFigure caption={t("monitor.trajectories.costChart")} option={options.cost} table={table} />
            <ChartFigure caption={t("monitor.trajectories.durationChart")} option={options.duration} table={table} />
            <ExportLinks urls={monitorExportUrls.trajectories(query)} what={t("monitor.trajectories.title")} />
          </>
        )}
      </section>
    </MonitorLayout>
  );
};
