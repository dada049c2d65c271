import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { getQuestion } from "../api/questions";
import { useApiQuery } from "../api/use-api-query";
import { formatDate } from "../format";
import { Link } from "../router/Link";
import { ErrorAlert } from "../ui/ErrorAlert";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { QUESTIONS_PATH } from "./paths";
import { QuestionDetails } from "./QuestionDetails";
import { TriageForm } from "./TriageForm";
import { TriageResult } from "./TriageResult";

/** Vragen → one question: what was asked, and the triage form while it awaits triage, else the outcome. */
export const QuestionPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload, setData } = useApiQuery((signal) => getQuestion(api, id, signal), [api, id]);
  /** After a triage or a reload the section that replaces the form takes focus. */
  const [moveFocus, setMoveFocus] = useState(false);
  const backLink = (
    <Paragraph>
      <Link href={QUESTIONS_PATH}>{t("questions.backToList")}</Link>
    </Paragraph>
  );

  if (state.status === "loading") {
    return (
      <>
        <PageHeading>{t("questions.detail.loadingTitle")}</PageHeading>
        <LoadingState />
      </>
    );
  }
  if (state.status === "error" && isApiError(state.error) && state.error.code === "not_found") {
    return (
      <>
        <PageHeading>{t("questions.detail.notFoundTitle")}</PageHeading>
        <Paragraph>{t("questions.detail.notFound")}</Paragraph>
        {backLink}
      </>
    );
  }
  if (state.status === "error") {
    return (
      <>
        <PageHeading>{t("questions.detail.loadingTitle")}</PageHeading>
        <ErrorAlert error={state.error} onRetry={reload} />
      </>
    );
  }
  const question = state.data;
  return (
    <>
      <PageHeading>{t("questions.detail.title", { date: formatDate(question.receivedOn) })}</PageHeading>
      {backLink}
      <QuestionDetails question={question} />
      {question.outcome === null ? (
        <TriageForm
          key={state.loadId}
          question={question}
          onTriaged={(triaged) => {
            setMoveFocus(true);
            setData(() => triaged);
          }}
          onReload={() => {
            setMoveFocus(true);
            reload();
          }}
          announceReload={moveFocus}
        />
      ) : (
        <TriageResult question={question} takeFocus={moveFocus} />
      )}
    </>
  );
};
