import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { listCases } from "../api/cases";
import { useApiQuery } from "../api/use-api-query";
import { HouseholdSearch } from "../households/HouseholdSearch";
import { navigate, useLocation } from "../router/history";
import { ButtonLink } from "../ui/ButtonLink";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { SelectField } from "../ui/SelectField";
import { CaseTable } from "./CaseTable";
import { caseFilterOf } from "./case-values";
import { casesListPath, NEW_CASE_PATH, searchTermOf } from "./paths";
import { useCaseOptions } from "./use-case-options";

/**
 * Casussen: "Zoek huishouden" first (the quickest way to a household and its case), then the cases
 * of my teams, active ones by default. Filter and search term live in the address, so the back
 * button returns to the same results.
 */
export const CasesPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { search } = useLocation();
  const status = caseFilterOf(search);
  const term = searchTermOf(search);
  const { filters } = useCaseOptions();
  const { state, reload } = useApiQuery((signal) => listCases(api, { status, signal }), [api, status]);
  const filterLabel = t(`cases.filter.${status}`);
  return (
    <>
      <PageHeading>{t("areas.cases.name")}</PageHeading>
      <Paragraph>{t("cases.intro")}</Paragraph>
      <HouseholdSearch
        term={term}
        onSearch={(next) => navigate(casesListPath({ status, term: next }), { replace: true })}
      />
      <p className="bw-actions">
        <ButtonLink href={NEW_CASE_PATH}>{t("cases.new")}</ButtonLink>
      </p>
      <section aria-labelledby="cases-list-heading" className="bw-section">
        <Heading level={2} id="cases-list-heading">
          {t("cases.listHeading")}
        </Heading>
        <div className="bw-filters">
          <SelectField
            id="cases-status"
            label={t("cases.filterLabel")}
            value={status}
            options={filters}
            onChange={(next) => navigate(casesListPath({ status: next, term }), { replace: true })}
          />
        </div>
        {state.status === "loading" && <LoadingState />}
        {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
        {state.status === "ok" &&
          (state.data.length === 0 ? (
            <EmptyState>{t("cases.empty", { filter: filterLabel })}</EmptyState>
          ) : (
            <CaseTable cases={state.data} caption={t("cases.tableCaption", { count: state.data.length, filter: filterLabel })} />
          ))}
      </section>
    </>
  );
};
