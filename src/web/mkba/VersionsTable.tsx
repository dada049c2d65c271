import { useTranslation } from "react-i18next";
import type { ModelDetail } from "../../domain/models/dto";
import { formatDateTime } from "../format";
import { DataTable } from "../ui/DataTable";

type Version = ModelDetail["versions"][number];

/** Every saved version: its label, who saved it and when, and the note; newest first. */
export const VersionsTable = ({ versions }: { versions: readonly Version[] }) => {
  const { t } = useTranslation();
  return (
    <DataTable<Version>
      caption={t("mkba.versions.caption", { count: versions.length })}
      rows={[...versions].reverse()}
      rowKey={(v) => String(v.version)}
      columns={[
        { key: "version", header: t("mkba.fields.version"), numeric: true, render: (v) => v.version },
        { key: "label", header: t("mkba.versions.label"), render: (v) => v.label },
        { key: "createdBy", header: t("mkba.versions.createdBy"), render: (v) => v.createdBy },
        { key: "createdAt", header: t("mkba.versions.createdAt"), render: (v) => formatDateTime(v.createdAt) },
        { key: "note", header: t("mkba.versions.note"), render: (v) => v.note ?? t("common.none") },
      ]}
    />
  );
};
