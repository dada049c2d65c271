import { useTranslation } from "react-i18next";
import type { CaseStatus } from "../../domain/cases/dto";
import { StatusBadge, type StatusBadgeProps } from "../ui/StatusBadge";

const BADGE: Record<CaseStatus, StatusBadgeProps["status"]> = {
  open: "warning",
  plan: "active",
  in_uitvoering: "active",
  evaluatie: "active",
  afgesloten: "neutral",
};

/** The case's status in words ("Plan in uitvoering"), in a badge. */
export const CaseStatusBadge = ({ status }: { status: CaseStatus }) => {
  const { t } = useTranslation();
  return <StatusBadge status={BADGE[status]}>{t(`cases.status.${status}`)}</StatusBadge>;
};
