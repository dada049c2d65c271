import { useTranslation } from "react-i18next";
import type { Question } from "../../domain/questions/dto";
import { formatDate } from "../format";
import { DataList } from "../ui/DataList";
import { Heading } from "../ui/Heading";
import { QuestionStatusBadge } from "./QuestionStatusBadge";

/** What was registered: date, channel, topic, the question, the resident (or "Anoniem") and the status. */
export const QuestionDetails = ({ question }: { question: Question }) => {
  const { t } = useTranslation();
  const removed = question.personalDataRemovedAt !== null;
  const personal = (value: string | null, empty: string) => value ?? (removed ? t("questions.removed") : empty);
  return (
    <section aria-labelledby="question-data-heading" className="bw-section">
      <Heading level={2} id="question-data-heading">
        {t("questions.detail.dataHeading")}
      </Heading>
      <DataList
        items={[
          { key: "receivedOn", label: t("questions.detail.receivedOn"), value: formatDate(question.receivedOn) },
          { key: "channel", label: t("questions.fields.channel"), value: t(`questions.channels.${question.channel}`) },
          { key: "topic", label: t("questions.fields.topic"), value: t(`questions.topics.${question.topic}`) },
          {
            key: "asked",
            label: t("questions.fields.asked"),
            value: question.asked ?? t("questions.textRemoved"),
            multiline: true,
          },
          {
            key: "resident",
            label: t("questions.fields.resident"),
            value: personal(question.residentName, t("questions.anonymous")),
          },
          {
            key: "contact",
            label: t("questions.fields.contact"),
            value: personal(question.residentContact, t("common.none")),
          },
          { key: "status", label: t("questions.fields.status"), value: <QuestionStatusBadge outcome={question.outcome} /> },
        ]}
      />
    </section>
  );
};
