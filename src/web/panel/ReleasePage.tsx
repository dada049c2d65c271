import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf } from "../api/form-failure";
import { listPacketsToRelease, type PacketToRelease, releasePacket } from "../api/panel";
import { useApiQuery } from "../api/use-api-query";
import { useShowStatus } from "../app/status-context";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { TextAreaField } from "../ui/TextAreaField";
import { PacketView } from "./PacketView";
import { caseRef } from "./paths";

/**
 * Panelcontrole: the case director checks each packet of their cases drawn for the panel and writes the
 * free-text summary without names, addresses or other traceable details; only then does the panel see it.
 */
export const ReleasePage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload, setData } = useApiQuery((signal) => listPacketsToRelease(api, signal), [api]);
  return (
    <>
      <PageHeading>{t("panel.release.title")}</PageHeading>
      <Paragraph>{t("panel.release.intro")}</Paragraph>
      {state.status === "loading" && <LoadingState />}
      {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === "ok" &&
        (state.data.length === 0 ? (
          <EmptyState>{t("panel.release.empty")}</EmptyState>
        ) : (
          state.data.map((item) => (
            <ReleaseItem key={`${item.roundId}/${item.caseId}`} item={item} onReleased={() => setData((list) => list.filter((i) => i !== item))} onReload={reload} />
          ))
        ))}
    </>
  );
};

const ReleaseItem = ({ item, onReleased, onReload }: { item: PacketToRelease; onReleased: () => void; onReload: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [summary, setSummary] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = caseRef(item.caseId);
  const headingId = `release-${item.caseId}-heading`;
  const fields = { summary: { id: `release-${item.caseId}-summary`, label: t("panel.release.summary") } };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await releasePacket(api, item.roundId, item.caseId, { version: item.version, summary });
      showStatus(t("panel.release.released", { ref }));
      onReleased();
    } catch (error) {
      setFailure(formFailureOf(error));
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={headingId} className="bw-section">
      <Heading level={2} id={headingId}>
        {t("panel.release.itemTitle", { ref })}
      </Heading>
      <PacketView packet={item.packet} summary={null} headingLevel={3} />
      <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-label={t("panel.release.formLabel", { ref })}>
        <FormFailureAlert
          failure={failure}
          fields={fields}
          onReload={() => {
            setFailure(null);
            onReload();
          }}
        />
        <Alert type="warning">{t("panel.release.check")}</Alert>
        <TextAreaField {...fields.summary} value={summary} onChange={setSummary} description={t("panel.release.summaryHint")} error={fieldMessages(failure).summary} />
        <Button type="submit" appearance="primary" busy={busy}>
          {t("panel.release.submit")}
        </Button>
      </form>
    </section>
  );
};
