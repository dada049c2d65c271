import { useTranslation } from "react-i18next";
import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import { VERDICTS } from "../../domain/panel/dto";
import { DataTable } from "../ui/DataTable";
import { Heading } from "../ui/Heading";
import { formatShare } from "./figures";
import { shareOf } from "./paths";

const OUTCOMES = ["maatwerk_nodig", "lichte_vorm", "andere_oplossing"] as const;

/** How cases ended (maatwerk nodig / lichte vorm / andere oplossing) and the panel's verdicts, as counts and shares. */
export const SharesSection = ({ result }: { result: BusinessCaseResult }) => {
  const { t } = useTranslation();
  const small = t("businessCase.suppressed");
  const count = (n: number | null) => (n === null ? small : String(n));
  const share = (n: number | null, total: number | null) => {
    const value = total === null ? null : shareOf(n, total);
    return value === null ? "—" : formatShare(value);
  };
  return (
    <section aria-labelledby="bc-shares-heading" className="bw-section">
      <Heading level={2} id="bc-shares-heading">
        {t("businessCase.shares.title")}
      </Heading>
      <DataTable
        caption={t("businessCase.shares.outcomesCaption", { count: result.cases })}
        rows={OUTCOMES.map((outcome) => ({ outcome, n: result.closingOutcomes[outcome] }))}
        rowKey={(row) => row.outcome}
        columns={[
          { key: "outcome", header: t("businessCase.shares.outcome"), render: (row) => t(`cases.closingOutcomes.${row.outcome}`) },
          { key: "count", header: t("businessCase.shares.count"), numeric: true, render: (row) => count(row.n) },
          { key: "share", header: t("businessCase.shares.share"), numeric: true, render: (row) => share(row.n, result.cases) },
        ]}
      />
      <DataTable
        caption={t("businessCase.shares.verdictsCaption")}
        rows={VERDICTS.map((verdict) => ({ verdict, n: result.verdicts[verdict] }))}
        rowKey={(row) => row.verdict}
        columns={[
          { key: "verdict", header: t("businessCase.shares.verdict"), render: (row) => t(`panel.verdicts.${row.verdict}`) },
          { key: "count", header: t("businessCase.shares.count"), numeric: true, render: (row) => count(row.n) },
          { key: "share", header: t("businessCase.shares.shareReviewed"), numeric: true, render: (row) => share(row.n, result.reviewed) },
        ]}
      />
    </section>
  );
};
