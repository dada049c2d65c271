import { useTranslation } from "react-i18next";
import type { SpendingRequest } from "../../domain/budgets/dto";
import { StatusBadge } from "../ui/StatusBadge";
import { REQUEST_STATUS_BADGE } from "./budget-values";

export const RequestStatusBadge = ({ status }: { status: SpendingRequest["status"] }) => {
  const { t } = useTranslation();
  return <StatusBadge status={REQUEST_STATUS_BADGE[status]}>{t(`budgets.statuses.${status}`)}</StatusBadge>;
};
