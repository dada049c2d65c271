import { useTranslation } from "react-i18next";
import type { Escalation } from "../../domain/platform/dto";
import { formatDate } from "../format";
import { Link } from "../router/Link";
import { DataTable } from "../ui/DataTable";
import { ClockBadge } from "./ClockBadge";
import { escalationPagePath } from "./paths";

/** Escalations with their clock: days since escalation (to vlot, or to today) against the 21-day target. */
export const EscalationTable = ({ escalations, caption }: { escalations: readonly Escalation[]; caption: string }) => {
  const { t } = useTranslation();
  return (
    <DataTable<Escalation>
      caption={caption}
      hideCaption
      rows={escalations}
      rowKey={(e) => e.id}
      columns={[
        { key: "household", header: t("platform.table.household"), render: (e) => <Link href={escalationPagePath(e.id)}>{e.householdName}</Link> },
        { key: "escalatedOn", header: t("platform.table.escalatedOn"), render: (e) => formatDate(e.escalatedOn) },
        { key: "days", header: t("platform.table.days"), numeric: true, render: (e) => String(e.daysOpen) },
        { key: "clock", header: t("platform.table.clock"), render: (e) => <ClockBadge escalation={e} /> },
      ]}
    />
  );
};
