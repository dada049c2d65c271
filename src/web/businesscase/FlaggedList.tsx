import { useTranslation } from "react-i18next";
import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import { formatCents } from "../format";
import { Alert } from "../ui/Alert";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";

type Flagged = NonNullable<BusinessCaseResult["flaggedList"]>[number];

/** Breda's warning: reviewed cases whose front-line costs exceed the maatwerk they replaced. */
export const FlaggedList = ({ result }: { result: BusinessCaseResult }) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="bc-flagged-heading" className="bw-section">
      <Heading level={2} id="bc-flagged-heading">
        {t("businessCase.flagged.title")}
      </Heading>
      <Paragraph>{t("businessCase.flagged.intro")}</Paragraph>
      {result.flaggedList === null ? (
        <Alert type="info">{t("businessCase.flagged.suppressed")}</Alert>
      ) : result.flaggedList.length === 0 ? (
        <EmptyState>{t("businessCase.flagged.none")}</EmptyState>
      ) : (
        <DataTable<Flagged>
          caption={t("businessCase.flagged.caption", { count: result.flaggedList.length })}
          rows={result.flaggedList}
          rowKey={(row) => row.ref}
          columns={[
            { key: "ref", header: t("businessCase.flagged.ref"), render: (row) => row.ref },
            { key: "verdict", header: t("businessCase.flagged.verdict"), render: (row) => t(`panel.verdicts.${row.verdict}`) },
            { key: "costs", header: t("businessCase.flagged.costs"), numeric: true, render: (row) => formatCents(row.costsCents) },
            { key: "benefits", header: t("businessCase.flagged.benefits"), numeric: true, render: (row) => formatCents(row.benefitsCents) },
            { key: "difference", header: t("businessCase.flagged.difference"), numeric: true, render: (row) => formatCents(row.costsCents - row.benefitsCents) },
          ]}
        />
      )}
    </section>
  );
};
