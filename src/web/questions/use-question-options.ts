import { useTranslation } from "react-i18next";
import { CHANNEL_VALUES, OUTCOME_VALUES, STATUS_FILTER_VALUES, TOPIC_VALUES } from "./question-values";

/** The choices of the question forms and the list filter, with their Dutch (or English) labels. */
export const useQuestionOptions = () => {
  const { t } = useTranslation();
  return {
    channels: CHANNEL_VALUES.map((value) => ({ value, label: t(`questions.channels.${value}`) })),
    topics: TOPIC_VALUES.map((value) => ({ value, label: t(`questions.topics.${value}`) })),
    outcomes: OUTCOME_VALUES.map((value) => ({ value, label: t(`questions.status.${value}`) })),
    statusFilters: STATUS_FILTER_VALUES.map((value) => ({ value, label: t(`questions.status.${value}`) })),
  };
};
