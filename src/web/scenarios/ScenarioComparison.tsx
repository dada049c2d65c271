import { useTranslation } from "react-i18next";
import type { Scenarios } from "../../domain/scenarios/dto";
import { formatCents } from "../format";
import { DataTable } from "../ui/DataTable";
import { Paragraph } from "../ui/Paragraph";
import { PAYER_VALUES } from "./scenario-values";

interface ComparisonRow {
  key: string;
  label: string;
  values: readonly number[];
}

/**
 * The server's totals side by side: expected cost per scenario, split by payer, and what the
 * alternative costs more (or, negative, less) than the regular route and than doing nothing.
 */
export const ScenarioComparison = ({ scenarios }: { scenarios: Scenarios }) => {
  const { t } = useTranslation();
  const { totals, differences } = scenarios;
  const columns = [totals.niets_doen, totals.regulier, totals.alternatief, differences.alternatiefVsRegulier, differences.alternatiefVsNietsDoen];
  const payers = PAYER_VALUES.filter((payer) => columns.some((cost) => (cost.byPayerCents[payer] ?? 0) !== 0));
  const rows: ComparisonRow[] = [
    { key: "total", label: t("scenarios.comparison.total"), values: columns.map((cost) => cost.expectedCents) },
    ...payers.map((payer) => ({
      key: payer,
      label: t("scenarios.comparison.payer", { payer: t(`scenarios.payers.${payer}`) }),
      values: columns.map((cost) => cost.byPayerCents[payer] ?? 0),
    })),
  ];
  const headers = [
    t("scenarios.names.niets_doen"),
    t("scenarios.names.regulier"),
    t("scenarios.names.alternatief"),
    t("scenarios.comparison.vsRegular"),
    t("scenarios.comparison.vsNothing"),
  ];
  return (
    <>
      <DataTable<ComparisonRow>
        caption={t("scenarios.comparison.caption")}
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { key: "label", header: t("scenarios.comparison.what"), render: (row) => row.label },
          ...headers.map((header, index) => ({
            key: `column-${index}`,
            header,
            numeric: true,
            render: (row: ComparisonRow) => formatCents(row.values[index] ?? 0),
          })),
        ]}
      />
      <Paragraph>{t("scenarios.comparison.note")}</Paragraph>
    </>
  );
};
