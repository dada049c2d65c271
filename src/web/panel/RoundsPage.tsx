import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Round } from "../../domain/panel/dto";
import { useApi } from "../api/api-context";
import { listRounds } from "../api/panel";
import { useApiQuery } from "../api/use-api-query";
import { formatDate } from "../format";
import { navigate } from "../router/history";
import { Link } from "../router/Link";
import { DataTable } from "../ui/DataTable";
import { DisclosureButton } from "../ui/DisclosureButton";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { KappaText } from "./KappaText";
import { roundPath } from "./paths";
import { RoundForm } from "./RoundForm";

/** Beoordelingsrondes: every round with its progress and agreement, and a new round. */
export const RoundsPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload } = useApiQuery((signal) => listRounds(api, signal), [api]);
  const [adding, setAdding] = useState(false);
  return (
    <>
      <PageHeading>{t("panel.rounds.title")}</PageHeading>
      <Paragraph>{t("panel.rounds.intro")}</Paragraph>
      <DisclosureButton label={t("panel.rounds.new")} open={adding} onOpenChange={setAdding} controls="round-form">
        <RoundForm onCreated={(round) => navigate(roundPath(round.id))} />
      </DisclosureButton>
      <section aria-labelledby="rounds-heading" className="bw-section">
        <Heading level={2} id="rounds-heading">
          {t("panel.rounds.listHeading")}
        </Heading>
        {state.status === "loading" && <LoadingState />}
        {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
        {state.status === "ok" &&
          (state.data.length === 0 ? (
            <EmptyState>{t("panel.rounds.empty")}</EmptyState>
          ) : (
            <DataTable<Round>
              caption={t("panel.rounds.caption")}
              hideCaption
              rows={state.data}
              rowKey={(round) => round.id}
              columns={[
                { key: "name", header: t("panel.rounds.name"), render: (round) => <Link href={roundPath(round.id)}>{round.name}</Link> },
                { key: "period", header: t("panel.rounds.period"), render: (round) => t("panel.rounds.periodValue", { from: formatDate(round.closedFrom), to: formatDate(round.closedTo) }) },
                { key: "items", header: t("panel.rounds.items"), numeric: true, render: (round) => round.items },
                { key: "released", header: t("panel.rounds.released"), numeric: true, render: (round) => round.released },
                { key: "complete", header: t("panel.rounds.complete"), numeric: true, render: (round) => round.complete },
                { key: "consensus", header: t("panel.rounds.withConsensus"), numeric: true, render: (round) => round.withConsensus },
                { key: "kappa", header: t("panel.kappa.label"), render: (round) => <KappaText round={round} /> },
              ]}
            />
          ))}
      </section>
    </>
  );
};
