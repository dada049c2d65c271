import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { useApiQuery } from "../api/use-api-query";
import { Button } from "../ui/Button";
import { ErrorAlert } from "../ui/ErrorAlert";
import { LoadingState } from "../ui/LoadingState";
import { Paragraph } from "../ui/Paragraph";
import { RadioGroup } from "../ui/RadioGroup";
import { TextField } from "../ui/TextField";
import { findHouseholds } from "./search-households";

export interface ExistingHouseholdChoiceProps {
  /** The id of the radio group, the target of the error summary's link. */
  id: string;
  value: string;
  onChange: (householdId: string) => void;
  error?: string;
}

/**
 * Choosing a registered household inside the "Casus openen" form: Enter in the search field
 * searches (it does not submit the form), the results are radio buttons. A household that already
 * has an active case says so.
 */
export const ExistingHouseholdChoice = ({ id, value, onChange, error }: ExistingHouseholdChoiceProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState("");
  const [term, setTerm] = useState<string | null>(null);
  const { state, reload } = useApiQuery(
    (signal) => (term === null ? Promise.resolve(null) : findHouseholds(api, term, signal)),
    [api, term],
  );
  const search = () => setTerm(text.trim());
  const found = term !== null && state.status === "ok" && (state.data?.length ?? 0) > 0;

  const results = () => {
    if (term === null) return null;
    if (state.status === "loading") return <LoadingState />;
    if (state.status === "error") return <ErrorAlert error={state.error} onRetry={reload} />;
    const hits = state.data ?? [];
    if (hits.length === 0) return <Paragraph role="status">{t("households.search.none", { term })}</Paragraph>;
    return (
      <RadioGroup
        id={id}
        legend={t("households.choose.results", { count: hits.length })}
        options={hits.map(({ household, activeCase }) => ({
          value: household.id,
          label: [household.name, household.city, activeCase ? t("households.choose.hasActiveCase") : null]
            .filter(Boolean)
            .join(" · "),
        }))}
        value={value}
        onChange={onChange}
        error={error}
      />
    );
  };

  return (
    <div className="bw-form-group">
      <div className="bw-inline-search">
        <TextField
          id={`${id}-search`}
          type="search"
          label={t("households.search.label")}
          description={t("households.search.hint")}
          value={text}
          onChange={setText}
          autoComplete="off"
          error={found ? undefined : error}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault();
            search();
          }}
        />
        <Button onClick={search}>{t("households.search.submit")}</Button>
      </div>
      {results()}
    </div>
  );
};
