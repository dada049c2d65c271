import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { KeyFigures } from "../../engine/key-figures";
import { ChartFigure } from "../ui/charts/ChartFigure";
import { DataList } from "../ui/DataList";
import { DataTable } from "../ui/DataTable";
import { Heading } from "../ui/Heading";
import { cashFlowOption, sankeyOption } from "./chart-options";
import { formatMoney, formatRatio } from "./result-format";
import { SensitivityResults } from "./SensitivityResults";
import type { SensitivityState } from "./use-deferred-sensitivity";

export interface ResultsSectionProps {
  /** The key figures at the current (what-if) values. */
  result: KeyFigures;
  /** Tornado and switching values, computed after the key figures (they may lag behind while `updating`). */
  sensitivity: SensitivityState;
  /** Stakeholder id → name. */
  names: Readonly<Record<string, string>>;
}

/**
 * The deterministic results at the current (what-if) values: key figures and classification, who pays and who
 * benefits (table and Sankey), flows per year, and — as soon as they are recomputed — tornado and switching values,
 * marked "wordt bijgewerkt" until then. Every chart has its table.
 */
// Memoised: while a slider moves, React first renders the page with the previous (deferred) results; that render
// must not redraw the charts.
export const ResultsSection = memo(function ResultsSection({ result, sensitivity, names }: ResultsSectionProps) {
  const { t } = useTranslation();

  const ratioOrNone = (value: number | null) => (value === null ? t("mkba.results.undefinedRatio") : formatRatio(value));
  const stakeholders = Object.entries(result.stakeholders).map(([id, s]) => ({ id, name: names[id] ?? id, ...s }));
  const sankey = sankeyOption(result, names, { approach: t("mkba.results.approach"), pays: (name) => t("mkba.results.pays", { name }), gains: (name) => t("mkba.results.gains", { name }) });
  const flows = (sankey.series as { links: { source: string; target: string; value: number }[] }[])[0]?.links ?? [];
  const years = result.years.map((y, i) => ({
    ...y,
    net: y.benefits - y.costs,
    cumulative: result.years.slice(0, i + 1).reduce((sum, flow) => sum + flow.benefits - flow.costs, 0),
  }));

  return (
    <>
      <div id="mkba-key-figures" className="bw-mkba-figures">
        <DataList
          items={[
            { key: "npv", label: t("mkba.results.npv"), value: <span data-testid="mkba-npv">{formatMoney(result.npv)}</span> },
            { key: "bcr", label: t("mkba.results.bcr"), value: ratioOrNone(result.bcr) },
            { key: "financialBcr", label: t("mkba.results.financialBcr"), value: ratioOrNone(result.financialBcr) },
            { key: "classification", label: t("mkba.results.classification"), value: t(`mkba.classification.${result.classification}`) },
            { key: "pvCosts", label: t("mkba.results.pvCosts"), value: formatMoney(result.pvCosts) },
            { key: "pvBenefits", label: t("mkba.results.pvBenefits"), value: formatMoney(result.pvBenefits) },
            {
              key: "payback",
              label: t("mkba.results.payback"),
              value: result.paybackYear === null ? t("mkba.results.noPayback") : t("mkba.results.paybackYear", { year: result.paybackYear, ordinal: result.paybackYear + 1 }),
            },
          ]}
        />
      </div>

      <Heading level={3}>{t("mkba.results.stakeholdersTitle")}</Heading>
      <DataTable
        caption={t("mkba.results.stakeholdersCaption")}
        rows={stakeholders}
        rowKey={(s) => s.id}
        columns={[
          { key: "name", header: t("mkba.results.stakeholder"), render: (s) => s.name },
          { key: "pvCosts", header: t("mkba.results.paysColumn"), numeric: true, render: (s) => formatMoney(s.pvCosts) },
          { key: "pvBenefits", header: t("mkba.results.gainsColumn"), numeric: true, render: (s) => formatMoney(s.pvBenefits) },
          { key: "npv", header: t("mkba.results.npv"), numeric: true, render: (s) => formatMoney(s.npv) },
        ]}
      />
      <ChartFigure
        caption={t("mkba.results.sankeyCaption")}
        option={sankey}
        height={300}
        table={
          <DataTable
            caption={t("mkba.results.sankeyCaption")}
            hideCaption
            rows={flows}
            rowKey={(link) => `${link.source}-${link.target}`}
            columns={[
              { key: "source", header: t("mkba.results.from"), render: (link) => link.source },
              { key: "target", header: t("mkba.results.to"), render: (link) => link.target },
              { key: "value", header: t("mkba.results.presentValue"), numeric: true, render: (link) => formatMoney(link.value) },
            ]}
          />
        }
      />

      <Heading level={3}>{t("mkba.results.cashFlowTitle")}</Heading>
      <ChartFigure
        caption={t("mkba.results.cashFlowCaption")}
        option={cashFlowOption(result, { year: (year) => t("mkba.results.yearLabel", { year }), costs: t("mkba.results.costs"), benefits: t("mkba.results.benefits"), net: t("mkba.results.net") })}
        table={
          <DataTable
            caption={t("mkba.results.cashFlowCaption")}
            hideCaption
            rows={years}
            rowKey={(y) => String(y.year)}
            columns={[
              { key: "year", header: t("mkba.results.year"), render: (y) => t("mkba.results.yearLabel", { year: y.year }) },
              { key: "costs", header: t("mkba.results.costs"), numeric: true, render: (y) => formatMoney(y.costs) },
              { key: "benefits", header: t("mkba.results.benefits"), numeric: true, render: (y) => formatMoney(y.benefits) },
              { key: "net", header: t("mkba.results.net"), numeric: true, render: (y) => formatMoney(y.net) },
              { key: "cumulative", header: t("mkba.results.cumulative"), numeric: true, render: (y) => formatMoney(y.cumulative) },
            ]}
          />
        }
      />

      <SensitivityResults sensitivity={sensitivity} />
    </>
  );
});
