import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Team, User } from "../../../domain/accounts/dto";
import { listTeams, listUsers } from "../../api/accounts";
import { useApi } from "../../api/api-context";
import { useApiQuery } from "../../api/use-api-query";
import { Link } from "../../router/Link";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { LoadingState } from "../../ui/LoadingState";
import { PageHeading } from "../../ui/PageHeading";
import { Paragraph } from "../../ui/Paragraph";
import { LockSection } from "./LockSection";
import { USERS_PATH } from "./paths";
import { ResetPasswordSection } from "./ResetPasswordSection";
import { UserDetailsForm } from "./UserDetailsForm";

/** Beheer → Gebruikers → one user: details, roles, teams, active; unlock; new password. */
export const UserEditPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload, setData } = useApiQuery(
    async (signal): Promise<{ users: User[]; teams: Team[] }> => {
      const [users, teams] = await Promise.all([listUsers(api, signal), listTeams(api, signal)]);
      return { users, teams };
    },
    [api],
  );
  const [reloaded, setReloaded] = useState(false);
  const reloadAfterConflict = () => {
    setReloaded(true);
    reload();
  };
  const replaceUser = (user: User) =>
    setData((data) => ({ ...data, users: data.users.map((candidate) => (candidate.id === user.id ? user : candidate)) }));

  if (state.status === "loading") {
    return (
      <>
        <PageHeading>{t("users.edit.loadingTitle")}</PageHeading>
        <LoadingState />
      </>
    );
  }
  if (state.status === "error") {
    return (
      <>
        <PageHeading>{t("users.edit.loadingTitle")}</PageHeading>
        <ErrorAlert error={state.error} onRetry={reload} />
      </>
    );
  }
  const user = state.data.users.find((candidate) => candidate.id === id);
  if (!user) {
    return (
      <>
        <PageHeading>{t("users.edit.notFoundTitle")}</PageHeading>
        <Paragraph>{t("users.edit.notFound")}</Paragraph>
        <Paragraph>
          <Link href={USERS_PATH}>{t("users.backToList")}</Link>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t("users.edit.title", { name: user.displayName })}</PageHeading>
      <Paragraph>
        <Link href={USERS_PATH}>{t("users.backToList")}</Link>
      </Paragraph>
      <UserDetailsForm
        key={state.loadId}
        user={user}
        teams={state.data.teams}
        onReload={reloadAfterConflict}
        announceReload={reloaded}
      />
      <LockSection user={user} onChanged={replaceUser} />
      <ResetPasswordSection user={user} />
    </>
  );
};
