import { useTranslation } from "react-i18next";
import { listOrganisations } from "../../api/accounts";
import { useApi } from "../../api/api-context";
import { useApiQuery } from "../../api/use-api-query";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { Heading } from "../../ui/Heading";
import { LoadingState } from "../../ui/LoadingState";
import { PageHeading } from "../../ui/PageHeading";
import { Paragraph } from "../../ui/Paragraph";
import { OrganisationCreateForm } from "./OrganisationCreateForm";
import { OrganisationTable } from "./OrganisationTable";

/** Beheer → Organisaties: the providers (e.g. a social-work organisation) whose teams work here. */
export const OrganisationsPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload } = useApiQuery((signal) => listOrganisations(api, signal), [api]);
  return (
    <>
      <PageHeading>{t("areas.organisations.name")}</PageHeading>
      <Paragraph>{t("organisations.intro")}</Paragraph>
      {state.status === "loading" && <LoadingState />}
      {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === "ok" && (
        <>
          <section aria-labelledby="organisations-list-heading" className="bw-section">
            <Heading level={2} id="organisations-list-heading">
              {t("organisations.listHeading")}
            </Heading>
            {state.data.length === 0 ? (
              <EmptyState>{t("organisations.empty")}</EmptyState>
            ) : (
              <OrganisationTable organisations={state.data} onChanged={reload} />
            )}
          </section>
          <OrganisationCreateForm onCreated={reload} />
        </>
      )}
    </>
  );
};
