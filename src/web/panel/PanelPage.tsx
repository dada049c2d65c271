import { useTranslation } from "react-i18next";
import type { ReviewItem } from "../../domain/panel/dto";
import { useApi } from "../api/api-context";
import { listMyReviewItems } from "../api/panel";
import { useApiQuery } from "../api/use-api-query";
import { Link } from "../router/Link";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { Heading } from "../ui/Heading";
import { ErrorAlert } from "../ui/ErrorAlert";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { StatusBadge } from "../ui/StatusBadge";
import { caseRef, reviewItemPath } from "./paths";

type Stage = "judge" | "waiting" | "consensus" | "done";

/** Where a packet stands for me: my verdict to give, waiting for the others, the consensus to record, done. */
export const stageOf = (item: ReviewItem): Stage => {
  if (!item.myVerdict?.submitted) return "judge";
  if (!item.allVerdicts) return "waiting";
  return item.consensus ? "done" : "consensus";
};

const BADGE = { judge: "warning", waiting: "neutral", consensus: "active", done: "success" } as const;

/** Panel → "Mijn dossiers": the released packets I was asked to judge. */
export const PanelPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload } = useApiQuery((signal) => listMyReviewItems(api, signal), [api]);
  return (
    <>
      <PageHeading>{t("areas.panel.name")}</PageHeading>
      <Paragraph>{t("panel.mine.intro")}</Paragraph>
      <Heading level={2}>{t("panel.mine.title")}</Heading>
      {state.status === "loading" && <LoadingState />}
      {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === "ok" &&
        (state.data.length === 0 ? (
          <EmptyState>{t("panel.mine.empty")}</EmptyState>
        ) : (
          <DataTable<ReviewItem>
            caption={t("panel.mine.caption")}
            hideCaption
            rows={state.data}
            rowKey={(item) => `${item.roundId}/${item.caseId}`}
            columns={[
              { key: "ref", header: t("panel.mine.case"), render: (item) => <Link href={reviewItemPath(item.roundId, item.caseId)}>{caseRef(item.caseId)}</Link> },
              { key: "duration", header: t("panel.packet.duration"), render: (item) => (item.packet.durationDays === null ? "—" : t("panel.packet.days", { count: item.packet.durationDays })) },
              { key: "stage", header: t("panel.mine.stage"), render: (item) => <StatusBadge status={BADGE[stageOf(item)]}>{t(`panel.stages.${stageOf(item)}`)}</StatusBadge> },
            ]}
          />
        ))}
    </>
  );
};
