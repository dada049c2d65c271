import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { type BenchmarkChoice, type BenchmarkComparison, compareBenchmark, getBenchmarkOverview, monitorExportUrls } from "../api/monitor";
import { useApiQuery } from "../api/use-api-query";
import { useMe } from "../app/session-context";
import { formatDecimal } from "../format";
import { ChartFigure } from "../ui/charts/ChartFigure";
import { CheckboxGroup } from "../ui/CheckboxGroup";
import { type Column, DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { Paragraph } from "../ui/Paragraph";
import { SelectField } from "../ui/SelectField";
import { BenchmarkImportForm } from "./BenchmarkImportForm";
import { ExportLinks } from "./ExportLinks";
import { indexedLinesOption } from "./monitor-charts";
import { formatPercent, ownMunicipalityOf } from "./monitor-values";
import { MonitorLayout } from "./MonitorLayout";

const KNOWN_INDICATORS = ["wmo_clienten", "wmo_uitgaven"] as const;
const signed = (share: number) => `${share > 0 ? "+" : ""}${formatPercent(share)}`;
const index = (value: number | undefined) => (value === undefined ? "–" : formatDecimal(Math.round(value * 10) / 10));

/**
 * Monitor → Benchmarks (Oirschot): the growth of clients and spending against a chosen peer group, indexed to a
 * base year (= 100), as lines and as a table; with `monitor:manage` also the CSV import of the statistics.
 */
export const BenchmarksPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const canManage = me.permissions.includes("monitor:manage");
  const overview = useApiQuery((signal) => getBenchmarkOverview(api, signal), [api]);
  const [chosen, setChosen] = useState<BenchmarkChoice | null>(null);
  const data = overview.state.status === "ok" ? overview.state.data : null;

  const choice: BenchmarkChoice | null = useMemo(() => {
    if (!data || data.municipalities.length < 2) return null;
    if (chosen && data.municipalities.includes(chosen.municipality) && data.years.includes(chosen.baseYear)) return chosen;
    const own = ownMunicipalityOf(data.municipalities, me.tenant.name);
    return { municipality: own, peers: data.municipalities.filter((m) => m !== own), baseYear: data.years[0]! };
  }, [data, chosen, me.tenant.name]);

  const indicatorName = (indicator: string) => ((KNOWN_INDICATORS as readonly string[]).includes(indicator) ? t(`monitor.indicators.${indicator as (typeof KNOWN_INDICATORS)[number]}`) : indicator);
  const ready = choice !== null && choice.peers.length > 0;
  const comparisons = useApiQuery(
    (signal) => (ready && data ? Promise.all(data.indicators.map((indicator) => compareBenchmark(api, { ...choice, indicator }, signal))) : Promise.resolve([])),
    [api, ready, data, choice?.municipality, choice?.peers.join(","), choice?.baseYear],
  );

  const growthColumns: Column<BenchmarkComparison>[] = [
    { key: "indicator", header: t("monitor.benchmarks.indicator"), render: (c) => indicatorName(c.indicator) },
    { key: "year", header: t("monitor.benchmarks.toYear"), numeric: true, render: (c) => (c.growth.year === null ? "–" : t("monitor.benchmarks.period", { from: c.baseYear, to: c.growth.year })) },
    { key: "own", header: choice?.municipality ?? "", numeric: true, render: (c) => (c.growth.own === null ? "–" : signed(c.growth.own)) },
    { key: "peers", header: t("monitor.benchmarks.peerGroup"), numeric: true, render: (c) => (c.growth.peers === null ? "–" : signed(c.growth.peers)) },
  ];

  return (
    <MonitorLayout view="benchmarks">
      <section aria-labelledby="benchmarks-heading" className="bw-section">
        <Heading level={2} id="benchmarks-heading">
          {t("monitor.benchmarks.title")}
        </Heading>
        <Paragraph>{t("monitor.benchmarks.intro")}</Paragraph>
        {overview.state.status === "loading" && <LoadingState />}
        {overview.state.status === "error" && <ErrorAlert error={overview.state.error} onRetry={overview.reload} />}
        {data && !choice && <EmptyState>{t("monitor.benchmarks.empty")}</EmptyState>}
        {data && choice && (
          <>
            <div className="bw-filters">
              <SelectField
                id="benchmark-own"
                label={t("monitor.benchmarks.own")}
                value={choice.municipality}
                options={data.municipalities.map((m) => ({ value: m, label: m }))}
                onChange={(municipality) => setChosen({ ...choice, municipality, peers: data.municipalities.filter((m) => m !== municipality) })}
              />
              <SelectField
                id="benchmark-base-year"
                label={t("monitor.benchmarks.baseYear")}
                value={String(choice.baseYear)}
                options={data.years.map((y) => ({ value: String(y), label: String(y) }))}
                onChange={(year) => setChosen({ ...choice, baseYear: Number(year) })}
              />
            </div>
            <CheckboxGroup
              id="benchmark-peers"
              legend={t("monitor.benchmarks.peers")}
              options={data.municipalities.filter((m) => m !== choice.municipality).map((m) => ({ value: m, label: m }))}
              selected={choice.peers}
              onChange={(peers) => setChosen({ ...choice, peers })}
              error={choice.peers.length === 0 ? t("monitor.benchmarks.choosePeers") : undefined}
            />
            {comparisons.state.status === "loading" && ready && <LoadingState />}
            {comparisons.state.status === "error" && <ErrorAlert error={comparisons.state.error} onRetry={comparisons.reload} />}
            {ready && comparisons.state.status === "ok" && comparisons.state.data.length > 0 && (
              <>
                <DataTable<BenchmarkComparison> caption={t("monitor.benchmarks.growthCaption", { baseYear: choice.baseYear })} rows={comparisons.state.data} rowKey={(c) => c.indicator} columns={growthColumns} />
                {comparisons.state.data.map((c) => (
                  <IndexedChart key={c.indicator} comparison={c} name={indicatorName(c.indicator)} />
                ))}
                <ExportLinks urls={monitorExportUrls.benchmarks(choice)} what={t("monitor.benchmarks.title")} />
              </>
            )}
          </>
        )}
      </section>
      {canManage && (
        <BenchmarkImportForm
          onImported={() => {
            setChosen(null);
            overview.reload();
            comparisons.reload();
          }}
        />
      )}
    </MonitorLayout>
  );
};

interface YearRow {
  year: number;
  own?: number;
  peers?: number;
}

const IndexedChart = ({ comparison, name }: { comparison: BenchmarkComparison; name: string }) => {
  const { t } = useTranslation();
  const rows: YearRow[] = [...new Set([...(comparison.own.series ?? []), ...(comparison.peers.series ?? [])].map((p) => p.year))]
    .sort((a, b) => a - b)
    .map((year) => ({ year, own: comparison.own.series?.find((p) => p.year === year)?.index, peers: comparison.peers.series?.find((p) => p.year === year)?.index }));
  const peerName = t("monitor.benchmarks.peerGroup");
  // biome-ignore lint/correctness/useExhaustiveDependencies: rows derive from the comparison
  const option = useMemo(
    () =>
      indexedLinesOption(
        rows.map((r) => r.year),
        [
          { name: comparison.own.municipality, values: rows.map((r) => (r.own === undefined ? null : Math.round(r.own * 10) / 10)) },
          { name: peerName, values: rows.map((r) => (r.peers === undefined ? null : Math.round(r.peers * 10) / 10)) },
        ],
        t("monitor.benchmarks.baseLine", { year: comparison.baseYear }),
      ),
    [comparison, peerName, t],
  );
  const caption = t("monitor.benchmarks.chartCaption", { indicator: name, baseYear: comparison.baseYear });
  const columns: Column<YearRow>[] = [
    { key: "year", header: t("monitor.benchmarks.year"), render: (r) => String(r.year) },
    { key: "own", header: comparison.own.municipality, numeric: true, render: (r) => index(r.own) },
    { key: "peers", header: peerName, numeric: true, render: (r) => index(r.peers) },
  ];
  return <ChartFigure caption={caption} option={option} table={<DataTable<YearRow> caption={caption} hideCaption rows={rows} rowKey={(r) => String(r.year)} columns={columns} />} />;
};
