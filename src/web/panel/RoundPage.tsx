import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { listRoundItems, listRounds, type RoundItemProgress } from "../api/panel";
import { useApiQuery } from "../api/use-api-query";
import { formatDate } from "../format";
import { Link } from "../router/Link";
import { Button } from "../ui/Button";
import { DataList } from "../ui/DataList";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { StatusBadge } from "../ui/StatusBadge";
import { AssignForm } from "./AssignForm";
import { KappaText } from "./KappaText";
import { ROUNDS_PATH, caseRef } from "./paths";

/** One round: its sample with the progress per case, composing the panels, and the agreement. */
export const RoundPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const data = useApiQuery(async (signal) => {
    const round = (await listRounds(api, signal)).find((r) => r.id === id) ?? null;
    return { round, items: round ? await listRoundItems(api, id, signal) : [] };
  }, [api, id]);
  const [assigning, setAssigning] = useState<string | null>(null);
  const back = (
    <Paragraph>
      <Link href={ROUNDS_PATH}>{t("panel.round.back")}</Link>
    </Paragraph>
  );
  if (data.state.status !== "ok") {
    return (
      <>
        <PageHeading>{t("panel.round.loadingTitle")}</PageHeading>
        {data.state.status === "loading" ? <LoadingState /> : <ErrorAlert error={data.state.error} onRetry={data.reload} />}
        {back}
      </>
    );
  }
  const { round, items } = data.state.data;
  if (!round) {
    return (
      <>
        <PageHeading>{t("panel.round.loadingTitle")}</PageHeading>
        <Paragraph>{t("panel.round.notFound")}</Paragraph>
        {back}
      </>
    );
  }
  const stage = (item: RoundItemProgress) => {
    if (!item.released) return <StatusBadge status="warning">{t("panel.round.stages.awaitingRelease")}</StatusBadge>;
    if (item.reviewers === 0) return <StatusBadge status="neutral">{t("panel.round.stages.noPanel")}</StatusBadge>;
    if (item.verdictsIn < 3) return <StatusBadge status="active">{t("panel.round.stages.verdicts", { count: item.verdictsIn })}</StatusBadge>;
    if (!item.consensus) return <StatusBadge status="active">{t("panel.round.stages.consensus")}</StatusBadge>;
    return <StatusBadge status="success">{t("panel.round.stages.done", { verdict: t(`panel.verdicts.${item.consensus as "none"}`) })}</StatusBadge>;
  };
  return (
    <>
      <PageHeading>{t("panel.round.title", { name: round.name })}</PageHeading>
      {back}
      <DataList
        items={[
          { key: "period", label: t("panel.rounds.period"), value: t("panel.rounds.periodValue", { from: formatDate(round.closedFrom), to: formatDate(round.closedTo) }) },
          { key: "sample", label: t("panel.rounds.sampleSize"), value: t("panel.round.sample", { drawn: round.items, asked: round.sampleSize }) },
          { key: "seed", label: t("panel.rounds.seed"), value: round.seed },
          { key: "stratify", label: t("panel.rounds.stratify"), value: round.stratifyByTeam ? t("panel.round.yes") : t("panel.round.no") },
          { key: "kappa", label: t("panel.kappa.label"), value: <KappaText round={round} /> },
        ]}
      />
      <Paragraph>{t("panel.kappa.explain")}</Paragraph>
      <section aria-labelledby="round-items-heading" className="bw-section">
        <Heading level={2} id="round-items-heading" tabIndex={-1}>
          {t("panel.round.itemsHeading")}
        </Heading>
        <Paragraph>{t("panel.round.releaseNote")}</Paragraph>
        {items.length === 0 ? (
          <EmptyState>{t("panel.round.empty")}</EmptyState>
        ) : (
          <DataTable<RoundItemProgress>
            caption={t("panel.round.caption", { count: items.length })}
            hideCaption
            rows={items}
            rowKey={(item) => item.caseId}
            columns={[
              { key: "ref", header: t("panel.mine.case"), render: (item) => caseRef(item.caseId) },
              { key: "stage", header: t("panel.mine.stage"), render: stage },
              { key: "reviewers", header: t("panel.round.reviewers"), numeric: true, render: (item) => item.reviewers },
              {
                key: "actions",
                header: t("common.actions"),
                render: (item) =>
                  item.released && item.reviewers === 0 ? (
                    <Button appearance="secondary" onClick={() => setAssigning(item.caseId)}>
                      {t("panel.round.compose", { ref: caseRef(item.caseId) })}
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
        {assigning && (
          <AssignForm
            key={assigning}
            roundId={round.id}
            caseId={assigning}
            onCancel={() => setAssigning(null)}
            onAssigned={() => {
              setAssigning(null);
              document.getElementById("round-items-heading")?.focus();
              data.reload();
            }}
          />
        )}
      </section>
    </>
  );
};
