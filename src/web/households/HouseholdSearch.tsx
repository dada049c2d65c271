import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { useApiQuery } from "../api/use-api-query";
import { CaseStatusBadge } from "../cases/CaseStatusBadge";
import { casePath, householdPath } from "../cases/paths";
import { Link } from "../router/Link";
import { Button } from "../ui/Button";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { TextField } from "../ui/TextField";
import { findHouseholds, type HouseholdHit } from "./search-households";

export interface HouseholdSearchProps {
  /** The term in the address; the results belong to it. */
  term: string;
  onSearch: (term: string) => void;
}

/**
 * "Zoek huishouden", the quickest way in: type a name, street, postcode or member's name, press
 * Enter, open the result. A household with an active case opens that case directly.
 */
export const HouseholdSearch = ({ term, onSearch }: HouseholdSearchProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState(term);
  const { state, reload } = useApiQuery(
    (signal) => (term ? findHouseholds(api, term, signal) : Promise.resolve(null)),
    [api, term],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };

  /** Read out when the results arrive, so a screen-reader user need not go looking. */
  const summary = () => {
    if (!term || state.status !== "ok") return "";
    const count = state.data?.length ?? 0;
    return count === 0 ? t("households.search.none", { term }) : t("households.search.caption", { count, term });
  };

  const results = () => {
    if (!term) return null;
    if (state.status === "loading") return <LoadingState />;
    if (state.status === "error") return <ErrorAlert error={state.error} onRetry={reload} />;
    const hits = state.data ?? [];
    if (hits.length === 0) return <EmptyState>{t("households.search.none", { term })}</EmptyState>;
    return (
      <DataTable<HouseholdHit>
        caption={t("households.search.caption", { count: hits.length, term })}
        rows={hits}
        rowKey={(hit) => hit.household.id}
        columns={[
          {
            key: "name",
            header: t("households.fields.name"),
            render: ({ household, activeCase }) =>
              activeCase ? (
                <Link href={casePath(activeCase.id)}>
                  {household.name}
                  <span className="bw-visually-hidden"> {t("households.search.opensCase")}</span>
                </Link>
              ) : (
                <Link href={householdPath(household.id)}>{household.name}</Link>
              ),
          },
          { key: "city", header: t("households.fields.city"), render: ({ household }) => household.city ?? t("common.none") },
          { key: "members", header: t("households.fields.memberCount"), numeric: true, render: ({ household }) => household.memberCount },
          {
            key: "case",
            header: t("households.search.activeCase"),
            render: ({ activeCase }) =>
              activeCase ? <CaseStatusBadge status={activeCase.status} /> : t("households.search.noActiveCase"),
          },
          {
            key: "household",
            header: t("common.actions"),
            render: ({ household }) => (
              <Link href={householdPath(household.id)}>
                {t("households.search.openHousehold")}
                <span className="bw-visually-hidden"> {household.name}</span>
              </Link>
            ),
          },
        ]}
      />
    );
  };

  return (
    <section aria-labelledby="household-search-heading" className="bw-section bw-search">
      <Heading level={2} id="household-search-heading">
        {t("households.search.heading")}
      </Heading>
      <search aria-labelledby="household-search-heading">
        <form className="bw-search__form" noValidate onSubmit={submit}>
        <TextField
          id="household-search"
          type="search"
          label={t("households.search.label")}
          description={t("households.search.hint")}
          value={text}
          onChange={setText}
          autoComplete="off"
          enterKeyHint="search"
        />
        <Button type="submit" appearance="secondary">
          {t("households.search.submit")}
        </Button>
        </form>
      </search>
      <p className="bw-visually-hidden" aria-live="polite">
        {summary()}
      </p>
      {results()}
    </section>
  );
};
