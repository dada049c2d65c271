import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../../../domain/audit/dto";
import { useApi } from "../../api/api-context";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "../../api/audit";
import { useApiQuery } from "../../api/use-api-query";
import { Button } from "../../ui/Button";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { Heading } from "../../ui/Heading";
import { LoadingState } from "../../ui/LoadingState";
import { PageHeading } from "../../ui/PageHeading";
import { Paragraph } from "../../ui/Paragraph";
import { AuditTable } from "./AuditTable";
import { AuditVerifyPanel } from "./AuditVerifyPanel";

interface AuditPages {
  entries: AuditEntry[];
  complete: boolean;
}

/** Beheer → Auditlog: the newest entries first, more on request, and a check of the hash chain. */
export const AuditLogPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload, setData } = useApiQuery(
    async (signal): Promise<AuditPages> => {
      const entries = await listAuditEntries(api, { signal });
      return { entries, complete: entries.length < AUDIT_PAGE_SIZE };
    },
    [api],
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  const loadMore = async (before: number) => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const next = await listAuditEntries(api, { before });
      setData((data) => ({ entries: [...data.entries, ...next], complete: next.length < AUDIT_PAGE_SIZE }));
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <PageHeading>{t("areas.auditLog.name")}</PageHeading>
      <Paragraph>{t("audit.intro")}</Paragraph>
      <AuditVerifyPanel />
      <section aria-labelledby="audit-entries-heading" className="bw-section">
        <Heading level={2} id="audit-entries-heading">
          {t("audit.entriesHeading")}
        </Heading>
        {state.status === "loading" && <LoadingState />}
        {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
        {state.status === "ok" &&
          (state.data.entries.length === 0 ? (
            <EmptyState>{t("audit.empty")}</EmptyState>
          ) : (
            <>
              <AuditTable entries={state.data.entries} />
              <p className="utrecht-paragraph" aria-live="polite">
                {t("audit.shown", { count: state.data.entries.length })}
                {state.data.complete && ` ${t("audit.complete")}`}
              </p>
              {moreError !== null && <ErrorAlert error={moreError} />}
              {!state.data.complete && (
                <Button
                  busy={loadingMore}
                  onClick={() => {
                    const last = state.data.entries.at(-1);
                    if (last) void loadMore(last.seq);
                  }}
                >
                  {t("audit.loadMore")}
                </Button>
              )}
            </>
          ))}
      </section>
    </>
  );
};
