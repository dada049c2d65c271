import { useTranslation } from "react-i18next";
import type { Escalation } from "../../domain/platform/dto";
import { formatDate } from "../format";
import { StatusBadge } from "../ui/StatusBadge";

/** Where the clock stands: vlot (with the date), overdue (past 3 weeks), or still running. */
export const ClockBadge = ({ escalation }: { escalation: Escalation }) => {
  const { t } = useTranslation();
  if (escalation.unstuckOn) return <StatusBadge status="success">{t("platform.clock.unstuck", { date: formatDate(escalation.unstuckOn) })}</StatusBadge>;
  if (escalation.overdue) return <StatusBadge status="danger">{t("platform.clock.overdue")}</StatusBadge>;
  return <StatusBadge status="active">{t("platform.clock.running")}</StatusBadge>;
};
