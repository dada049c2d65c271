import { useTranslation } from "react-i18next";
import type { CaseFile, HoursEntry } from "../../domain/cases/dto";
import { formatDate, formatHours } from "../format";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { Paragraph } from "../ui/Paragraph";
import { CaseSection } from "./CaseSection";
import { HoursForm } from "./HoursForm";

/** Uren: the hours logged on the case with their total, and the quick form while the case is open. */
export const HoursSection = ({ file, onAdded }: { file: CaseFile; onAdded: (entry: HoursEntry) => void }) => {
  const { t } = useTranslation();
  return (
    <CaseSection section="hours" title={t("cases.sections.hours")}>
      {file.hours.length === 0 ? (
        <EmptyState>{t("cases.hours.empty")}</EmptyState>
      ) : (
        <>
          <DataTable<HoursEntry>
            caption={t("cases.hours.caption", { count: file.hours.length })}
            hideCaption
            rows={file.hours}
            rowKey={(entry) => entry.id}
            columns={[
              { key: "workedOn", header: t("cases.hours.workedOn"), render: (entry) => formatDate(entry.workedOn) },
              { key: "user", header: t("cases.hours.user"), render: (entry) => entry.userName },
              { key: "activity", header: t("cases.hours.activity"), render: (entry) => t(`cases.activities.${entry.activity}`) },
              { key: "hours", header: t("cases.hours.hours"), numeric: true, render: (entry) => formatHours(entry.minutes) },
            ]}
          />
          <Paragraph className="bw-total">{t("cases.hours.total", { hours: formatHours(file.totalMinutes) })}</Paragraph>
        </>
      )}
      {file.status !== "afgesloten" && <HoursForm file={file} onAdded={onAdded} />}
    </CaseSection>
  );
};
