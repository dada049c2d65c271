import { useTranslation } from "react-i18next";
import type { TriageOutcome } from "../../domain/questions/dto";
import { StatusBadge, type StatusBadgeProps } from "../ui/StatusBadge";

const BADGE: Record<TriageOutcome, StatusBadgeProps["status"]> = {
  solved_directly: "success",
  needs_conversation: "active",
  referred_elsewhere: "neutral",
};

/** "Wacht op triage" or the outcome, in words. */
export const QuestionStatusBadge = ({ outcome }: { outcome: TriageOutcome | null }) => {
  const { t } = useTranslation();
  return outcome === null ? (
    <StatusBadge status="warning">{t("questions.status.awaiting_triage")}</StatusBadge>
  ) : (
    <StatusBadge status={BADGE[outcome]}>{t(`questions.status.${outcome}`)}</StatusBadge>
  );
};
