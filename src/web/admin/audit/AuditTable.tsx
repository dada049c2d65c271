import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../../../domain/audit/dto";
import { formatDateTime } from "../../format";
import { DataTable } from "../../ui/DataTable";

/** Audit entries: who did what, on whose behalf, to what, when and why. */
export const AuditTable = ({ entries }: { entries: readonly AuditEntry[] }) => {
  const { t } = useTranslation();
  const none = t("audit.none");
  return (
    <DataTable<AuditEntry>
      caption={t("audit.entriesHeading")}
      hideCaption
      rows={entries}
      rowKey={(entry) => String(entry.seq)}
      columns={[
        { key: "seq", header: t("audit.fields.seq"), numeric: true, render: (entry) => entry.seq },
        {
          key: "at",
          header: t("audit.fields.at"),
          render: (entry) => <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>,
        },
        { key: "actor", header: t("audit.fields.actor"), render: (entry) => entry.actorName ?? none },
        { key: "onBehalfOf", header: t("audit.fields.onBehalfOf"), render: (entry) => entry.onBehalfOf ?? none },
        { key: "action", header: t("audit.fields.action"), render: (entry) => <code>{entry.action}</code> },
        {
          key: "subject",
          header: t("audit.fields.subject"),
          render: (entry) => (
            <>
              {entry.subjectType}
              {entry.subjectId && (
                <>
                  {" "}
                  <code className="bw-id">{entry.subjectId}</code>
                </>
              )}
            </>
          ),
        },
        { key: "purpose", header: t("audit.fields.purpose"), render: (entry) => entry.purpose },
      ]}
    />
  );
};
