import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReviewItem } from "../../domain/panel/dto";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { getReviewItem, listProvisions } from "../api/panel";
import { useApiQuery } from "../api/use-api-query";
import { useMe } from "../app/session-context";
import { Link } from "../router/Link";
import { Alert } from "../ui/Alert";
import { DataList } from "../ui/DataList";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { ConsensusForm } from "./ConsensusForm";
import { PacketView } from "./PacketView";
import { PANEL_PATH, caseRef } from "./paths";
import { VerdictForm } from "./VerdictForm";
import { VerdictsTable } from "./VerdictsTable";

/**
 * One packet for a reviewer: the pseudonymised case, my verdict (once), and — only when all three are in —
 * the others' verdicts and the consensus step. The blind rule is said on the page, not just kept.
 */
export const ReviewItemPage = ({ roundId, caseId }: { roundId: string; caseId: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const { state, reload, setData } = useApiQuery((signal) => getReviewItem(api, roundId, caseId, signal), [api, roundId, caseId]);
  const provisions = useApiQuery((signal) => listProvisions(api, signal), [api]);
  // The form that was saved is gone: continue at the heading of what it became, once it is on screen.
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);
  const title = t("panel.item.title", { ref: caseRef(caseId) });
  const back = (
    <Paragraph>
      <Link href={PANEL_PATH}>{t("panel.item.back")}</Link>
    </Paragraph>
  );
  if (state.status === "loading" || provisions.state.status === "loading") {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <LoadingState />
      </>
    );
  }
  if (state.status === "error" || provisions.state.status === "error") {
    const error = state.status === "error" ? state.error : provisions.state.status === "error" ? provisions.state.error : null;
    const notFound = isApiError(error) && error.code === "not_found";
    return (
      <>
        <PageHeading>{title}</PageHeading>
        {notFound ? <Paragraph>{t("panel.item.notFound")}</Paragraph> : <ErrorAlert error={error} onRetry={reload} />}
        {back}
      </>
    );
  }
  const item = state.data;
  const list = provisions.state.data;
  const update = (heading: string) => (saved: ReviewItem) => {
    setData(() => saved);
    setFocusId(heading);
  };
  const mine = item.myVerdict?.submitted ? item.myVerdict : null;
  const provisionLabel = (id: string | null) => list.find((p) => p.id === id)?.label ?? "—";
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {back}
      <Alert type="info">{t("panel.item.blindRule")}</Alert>
      <section aria-labelledby="packet-heading" className="bw-section">
        <Heading level={2} id="packet-heading">
          {t("panel.item.packet")}
        </Heading>
        <PacketView packet={item.packet} summary={item.summary} />
      </section>
      {!mine && <VerdictForm item={item} provisions={list} onSaved={update("my-verdict-heading")} />}
      {mine && (
        <section aria-labelledby="my-verdict-heading" className="bw-section">
          <Heading level={2} id="my-verdict-heading" tabIndex={-1}>
            {t("panel.item.myVerdict")}
          </Heading>
          <DataList
            items={[
              { key: "verdict", label: t("panel.verdict.verdict"), value: mine.verdict ? t(`panel.verdicts.${mine.verdict}`) : "—" },
              { key: "provision", label: t("panel.verdict.provision"), value: provisionLabel(mine.priceItemId) },
              { key: "units", label: t("panel.verdict.unitsPerMonth"), value: mine.unitsPerMonth ?? "—" },
              { key: "months", label: t("panel.verdict.months"), value: mine.months ?? "—" },
              { key: "confidence", label: t("panel.verdict.confidence"), value: mine.confidence ?? "—" },
            ]}
          />
          {item.allVerdicts === null && <Alert type="info">{t("panel.item.waiting")}</Alert>}
        </section>
      )}
      {item.allVerdicts && (
        <section aria-labelledby="all-verdicts-heading" className="bw-section">
          <Heading level={2} id="all-verdicts-heading">
            {t("panel.item.allVerdicts")}
          </Heading>
          <VerdictsTable verdicts={item.allVerdicts} myId={me.id} provisions={list} />
        </section>
      )}
      {item.allVerdicts && !item.consensus && <ConsensusForm item={item} provisions={list} onSaved={update("consensus-heading")} onReload={reload} />}
      {item.consensus && (
        <section aria-labelledby="consensus-heading" className="bw-section">
          <Heading level={2} id="consensus-heading" tabIndex={-1}>
            {t("panel.consensus.recorded")}
          </Heading>
          <DataList
            items={[
              { key: "verdict", label: t("panel.verdict.verdict"), value: t(`panel.verdicts.${item.consensus.verdict}`) },
              { key: "provision", label: t("panel.verdict.provision"), value: provisionLabel(item.consensus.priceItemId) },
              { key: "units", label: t("panel.verdict.unitsPerMonth"), value: item.consensus.unitsPerMonth ?? "—" },
              { key: "months", label: t("panel.verdict.months"), value: item.consensus.months ?? "—" },
            ]}
          />
        </section>
      )}
    </>
  );
};
