import { useTranslation } from "react-i18next";
import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import { formatCents } from "../format";
import { ChartFigure } from "../ui/charts/ChartFigure";
import { DataTable } from "../ui/DataTable";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";

/**
 * Wie betaalt, wie profiteert: the municipality pays the front-line costs of the reviewed cases; the avoided
 * maatwerk benefits each payer of the price list. The chart has the same figures as a table below it.
 */
export const PayersChart = ({ result }: { result: BusinessCaseResult }) => {
  const { t } = useTranslation();
  // Payers of the price list for whom nothing was avoided would only add empty bars.
  const payers = Object.entries(result.reviewedScope.benefitsByPayerCents).filter(([, cents]) => cents > 0);
  const rows = [
    { key: "front", party: t("businessCase.payers.front"), costs: result.reviewedScope.costsCents, benefits: 0 },
    ...payers.map(([payer, cents]) => ({ key: payer, party: t(`scenarios.payers.${payer}` as "scenarios.payers.wlz", { defaultValue: payer }), costs: 0, benefits: cents })),
  ];
  const caption = t("businessCase.payers.caption");
  const option = {
    tooltip: { trigger: "axis", valueFormatter: (value: number) => formatCents(Math.round(value * 100)) },
    legend: { top: 0, data: [t("businessCase.payers.costs"), t("businessCase.payers.benefits")] },
    grid: { top: 36, left: 16, right: 24, bottom: 8, containLabel: true },
    xAxis: { type: "value", axisLabel: { formatter: (value: number) => `€ ${Math.round(value / 1000)}k` } },
    yAxis: { type: "category", data: rows.map((r) => r.party) },
    series: [
      { name: t("businessCase.payers.costs"), type: "bar", stack: "total", color: "#b42318", data: rows.map((r) => -r.costs / 100) },
      { name: t("businessCase.payers.benefits"), type: "bar", stack: "total", color: "#1a7f37", data: rows.map((r) => r.benefits / 100) },
    ],
  };
  return (
    <section aria-labelledby="bc-payers-heading" className="bw-section">
      <Heading level={2} id="bc-payers-heading">
        {t("businessCase.payers.title")}
      </Heading>
      <Paragraph>{t("businessCase.payers.intro")}</Paragraph>
      <ChartFigure
        caption={caption}
        option={option}
        height={Math.max(200, 80 + rows.length * 48)}
        table={
          <DataTable
            caption={caption}
            rows={rows}
            rowKey={(row) => row.key}
            columns={[
              { key: "party", header: t("businessCase.payers.party"), render: (row) => row.party },
              { key: "costs", header: t("businessCase.payers.costs"), numeric: true, render: (row) => formatCents(row.costs) },
              { key: "benefits", header: t("businessCase.payers.benefits"), numeric: true, render: (row) => formatCents(row.benefits) },
            ]}
          />
        }
      />
    </section>
  );
};
