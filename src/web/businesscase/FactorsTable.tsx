import { useTranslation } from "react-i18next";
import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { Heading } from "../ui/Heading";
import { StatusBadge } from "../ui/StatusBadge";

/** How many selected cases were tagged with each success and failure factor (fewer than 5 suppressed). */
export const FactorsTable = ({ result }: { result: BusinessCaseResult }) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="bc-factors-heading" className="bw-section">
      <Heading level={2} id="bc-factors-heading">
        {t("businessCase.factors.title")}
      </Heading>
      {result.factors.length === 0 ? (
        <EmptyState>{t("businessCase.factors.empty")}</EmptyState>
      ) : (
        <DataTable
          caption={t("businessCase.factors.caption")}
          rows={result.factors}
          rowKey={(factor) => factor.id}
          columns={[
            { key: "kind", header: t("businessCase.factors.kind"), render: (f) => t(`businessCase.labelKinds.${f.kind}`) },
            {
              key: "label",
              header: t("businessCase.factors.label"),
              // A retired factor still counts for the cases that have it; the badge says why it is not on the case page.
              render: (f) =>
                f.active ? (
                  f.label
                ) : (
                  <>
                    {f.label} <StatusBadge status="neutral">{t("businessCase.factors.inactive")}</StatusBadge>
                  </>
                ),
            },
            { key: "cases", header: t("businessCase.factors.cases"), numeric: true, render: (f) => (f.cases === null ? t("businessCase.suppressed") : f.cases) },
          ]}
        />
      )}
    </section>
  );
};
