import { useTranslation } from "react-i18next";
import { NETWORK_KIND_VALUES, RELATION_VALUES } from "../households/household-values";
import { MOMENT_VALUES } from "../outcomes/outcome-values";
import { RESOURCE_KIND_VALUES } from "../plans/plan-values";
import { PAYER_VALUES } from "../scenarios/scenario-values";
import {
  ACTIVITY_VALUES,
  CASE_FILTER_VALUES,
  CLOSING_OUTCOME_VALUES,
  CONVERSATION_KIND_VALUES,
  PARTICIPANT_ROLE_VALUES,
} from "./case-values";

/** The choices of the Casussen forms and the list filter, with their Dutch (or English) labels. */
export const useCaseOptions = () => {
  const { t } = useTranslation();
  return {
    filters: CASE_FILTER_VALUES.map((value) => ({ value, label: t(`cases.filter.${value}`) })),
    conversationKinds: CONVERSATION_KIND_VALUES.map((value) => ({ value, label: t(`cases.conversationKinds.${value}`) })),
    activities: ACTIVITY_VALUES.map((value) => ({ value, label: t(`cases.activities.${value}`) })),
    participantRoles: PARTICIPANT_ROLE_VALUES.map((value) => ({ value, label: t(`cases.participantRoles.${value}`) })),
    closingOutcomes: CLOSING_OUTCOME_VALUES.map((value) => ({ value, label: t(`cases.closingOutcomes.${value}`) })),
    relations: RELATION_VALUES.map((value) => ({ value, label: t(`households.relations.${value}`) })),
    networkKinds: NETWORK_KIND_VALUES.map((value) => ({ value, label: t(`households.networkKinds.${value}`) })),
    resourceKinds: RESOURCE_KIND_VALUES.map((value) => ({ value, label: t(`plans.resourceKinds.${value}`) })),
    payers: PAYER_VALUES.map((value) => ({ value, label: t(`scenarios.payers.${value}`) })),
    moments: MOMENT_VALUES.map((value) => ({ value, label: t(`measurements.moments.${value}`) })),
  };
};
