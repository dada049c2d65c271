import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { searchEvaluations } from "../api/platform";
import { useApiQuery } from "../api/use-api-query";
import { formatDate } from "../format";
import { Button } from "../ui/Button";
import { DataList } from "../ui/DataList";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { TextField } from "../ui/TextField";

/**
 * "Leren van eerdere platforms": search what worked, what we learned and which rule got in the way,
 * across all platforms — without household names, so the lesson travels and the case does not.
 */
export const EvaluationSearch = () => {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const results = useApiQuery((signal) => searchEvaluations(api, query, signal), [api, query]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim());
  };
  return (
    <section aria-labelledby="evaluations-heading" className="bw-section">
      <Heading level={2} id="evaluations-heading">
        {t("platform.evaluations.heading")}
      </Heading>
      <search aria-label={t("platform.evaluations.search")}>
      <form className="utrecht-form bw-form bw-filters" onSubmit={submit}>
        <TextField id="evaluations-query" type="search" label={t("platform.evaluations.query")} value={text} onChange={setText} autoComplete="off" />
        <Button type="submit">{t("platform.evaluations.search")}</Button>
      </form>
      </search>
      {results.state.status === "loading" && <LoadingState />}
      {results.state.status === "error" && <ErrorAlert error={results.state.error} onRetry={results.reload} />}
      {results.state.status === "ok" &&
        (results.state.data.length === 0 ? (
          <EmptyState>{query ? t("platform.evaluations.none", { query }) : t("platform.evaluations.empty")}</EmptyState>
        ) : (
          <ul className="bw-plain-list" aria-label={t("platform.evaluations.results")}>
            {results.state.data.map((evaluation) => (
              <li key={evaluation.escalationId} className="bw-card">
                <DataList
                  items={[
                    { key: "when", label: t("platform.evaluations.escalatedOn"), value: formatDate(evaluation.escalatedOn) },
                    { key: "worked", label: t("platform.evaluation.whatWorked"), value: evaluation.whatWorked, multiline: true },
                    { key: "lessons", label: t("platform.evaluation.lessons"), value: evaluation.lessons, multiline: true },
                    { key: "rule", label: t("platform.evaluation.blockingRule"), value: evaluation.blockingRule ?? t("common.none"), multiline: true },
                  ]}
                />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
};
