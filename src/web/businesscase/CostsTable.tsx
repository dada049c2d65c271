import { useTranslation } from "react-i18next";
import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import { formatCents } from "../format";
import { DataTable } from "../ui/DataTable";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";

const KINDS = ["hours", "budget", "vrijwilligerskosten", "activiteit", "overig"] as const;

/** Costs of all selected cases: hours × rate plus the direct costs, by kind. */
export const CostsTable = ({ result }: { result: BusinessCaseResult }) => {
  const { t } = useTranslation();
  const rows = [...KINDS.map((kind) => ({ kind, cents: result.costsByKindCents[kind] })), { kind: "total" as const, cents: result.allCases.costsCents }];
  return (
    <section aria-labelledby="bc-costs-heading" className="bw-section">
      <Heading level={2} id="bc-costs-heading">
        {t("businessCase.costs.title")}
      </Heading>
      <Paragraph>{t("businessCase.costs.intro")}</Paragraph>
      <DataTable
        caption={t("businessCase.costs.caption")}
        rows={rows}
        rowKey={(row) => row.kind}
        columns={[
          { key: "kind", header: t("businessCase.costs.kind"), render: (row) => (row.kind === "total" ? <strong>{t("businessCase.costs.kinds.total")}</strong> : t(`businessCase.costs.kinds.${row.kind}`)) },
          { key: "amount", header: t("businessCase.costs.amount"), numeric: true, render: (row) => formatCents(row.cents) },
        ]}
      />
    </section>
  );
};
