import { useTranslation } from "react-i18next";
import type { Team, User } from "../../../domain/accounts/dto";
import { listTeams, listUsers } from "../../api/accounts";
import { useApi } from "../../api/api-context";
import { useApiQuery } from "../../api/use-api-query";
import { ButtonLink } from "../../ui/ButtonLink";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { LoadingState } from "../../ui/LoadingState";
import { PageHeading } from "../../ui/PageHeading";
import { Paragraph } from "../../ui/Paragraph";
import { USERS_PATH } from "./paths";
import { UserTable } from "./UserTable";

/** Beheer → Gebruikers: everyone with an account in this municipality. */
export const UsersPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload } = useApiQuery(
    async (signal): Promise<{ users: User[]; teams: Team[] }> => {
      const [users, teams] = await Promise.all([listUsers(api, signal), listTeams(api, signal)]);
      return { users, teams };
    },
    [api],
  );
  return (
    <>
      <PageHeading>{t("areas.users.name")}</PageHeading>
      <Paragraph>{t("users.intro")}</Paragraph>
      <p className="bw-actions">
        <ButtonLink href={`${USERS_PATH}/nieuw`} appearance="primary">
          {t("users.new")}
        </ButtonLink>
      </p>
      {state.status === "loading" && <LoadingState />}
      {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === "ok" &&
        (state.data.users.length === 0 ? (
          <EmptyState>{t("users.empty")}</EmptyState>
        ) : (
          <UserTable users={state.data.users} teams={state.data.teams} />
        ))}
    </>
  );
};
