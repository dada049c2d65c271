import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { listQuestions } from "../api/questions";
import { useApiQuery } from "../api/use-api-query";
import { navigate, useLocation } from "../router/history";
import { ButtonLink } from "../ui/ButtonLink";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { SelectField } from "../ui/SelectField";
import { NEW_QUESTION_PATH, QUESTIONS_PATH } from "./paths";
import { QuestionTable } from "./QuestionTable";
import { statusFilterOf } from "./question-values";
import { useQuestionOptions } from "./use-question-options";

/**
 * Vragen: the questions at the front door, newest first, filtered by triage status. The filter
 * lives in the address (`?status=…`), so the back button and a reload keep it.
 */
export const QuestionsPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { search } = useLocation();
  const status = statusFilterOf(search);
  const { statusFilters } = useQuestionOptions();
  const statusLabel = t(`questions.status.${status}`);
  const { state, reload } = useApiQuery((signal) => listQuestions(api, { status, signal }), [api, status]);
  return (
    <>
      <PageHeading>{t("areas.questions.name")}</PageHeading>
      <Paragraph>{t("questions.intro")}</Paragraph>
      <p className="bw-actions">
        <ButtonLink href={NEW_QUESTION_PATH} appearance="primary">
          {t("questions.new")}
        </ButtonLink>
      </p>
      <div className="bw-filters">
        <SelectField
          id="questions-status"
          label={t("questions.filterLabel")}
          value={status}
          options={statusFilters}
          onChange={(next) => navigate(`${QUESTIONS_PATH}?status=${encodeURIComponent(next)}`, { replace: true })}
        />
      </div>
      {state.status === "loading" && <LoadingState />}
      {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === "ok" &&
        (state.data.length === 0 ? (
          <EmptyState>{status === "all" ? t("questions.emptyAll") : t("questions.empty", { status: statusLabel })}</EmptyState>
        ) : (
          <QuestionTable
            questions={state.data}
            caption={t("questions.tableCaption", { count: state.data.length, status: statusLabel })}
          />
        ))}
    </>
  );
};
