import { useTranslation } from "react-i18next";
import type { Organisation, Team } from "../../../domain/accounts/dto";
import { listOrganisations, listTeams } from "../../api/accounts";
import { useApi } from "../../api/api-context";
import { useApiQuery } from "../../api/use-api-query";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { Heading } from "../../ui/Heading";
import { LoadingState } from "../../ui/LoadingState";
import { PageHeading } from "../../ui/PageHeading";
import { Paragraph } from "../../ui/Paragraph";
import { TeamCreateForm } from "./TeamCreateForm";
import { TeamTable } from "./TeamTable";

/** Beheer → Teams: the (wijk)teams of the organisations, with their members count. */
export const TeamsPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload } = useApiQuery(
    async (signal): Promise<{ teams: Team[]; organisations: Organisation[] }> => {
      const [teams, organisations] = await Promise.all([listTeams(api, signal), listOrganisations(api, signal)]);
      return { teams, organisations };
    },
    [api],
  );
  return (
    <>
      <PageHeading>{t("areas.teams.name")}</PageHeading>
      <Paragraph>{t("teams.intro")}</Paragraph>
      {state.status === "loading" && <LoadingState />}
      {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === "ok" && (
        <>
          <section aria-labelledby="teams-list-heading" className="bw-section">
            <Heading level={2} id="teams-list-heading">
              {t("teams.listHeading")}
            </Heading>
            {state.data.teams.length === 0 ? (
              <EmptyState>{t("teams.empty")}</EmptyState>
            ) : (
              <TeamTable teams={state.data.teams} onChanged={reload} />
            )}
          </section>
          <TeamCreateForm organisations={state.data.organisations} onCreated={reload} />
        </>
      )}
    </>
  );
};
