import { useTranslation } from "react-i18next";
import type { Question } from "../../domain/questions/dto";
import { formatDate } from "../format";
import { Link } from "../router/Link";
import { DataTable } from "../ui/DataTable";
import { excerpt } from "./excerpt";
import { questionPath } from "./paths";
import { QuestionStatusBadge } from "./QuestionStatusBadge";

/** The questions in the server's order (newest first); the question opens its page. */
export const QuestionTable = ({ questions, caption }: { questions: readonly Question[]; caption: string }) => {
  const { t } = useTranslation();
  return (
    <DataTable<Question>
      caption={caption}
      rows={questions}
      rowKey={(question) => question.id}
      columns={[
        {
          key: "question",
          header: t("questions.fields.question"),
          render: (question) => (
            <Link href={questionPath(question.id)}>
              {question.asked ? excerpt(question.asked) : t("questions.textRemoved")}
            </Link>
          ),
        },
        { key: "receivedOn", header: t("questions.fields.receivedOn"), render: (question) => formatDate(question.receivedOn) },
        { key: "topic", header: t("questions.fields.topic"), render: (question) => t(`questions.topics.${question.topic}`) },
        { key: "channel", header: t("questions.fields.channel"), render: (question) => t(`questions.channels.${question.channel}`) },
        {
          key: "resident",
          header: t("questions.fields.resident"),
          render: (question) =>
            question.residentName ??
            (question.personalDataRemovedAt ? t("questions.removed") : t("questions.anonymous")),
        },
        {
          key: "status",
          header: t("questions.fields.status"),
          render: (question) => <QuestionStatusBadge outcome={question.outcome} />,
        },
      ]}
    />
  );
};
