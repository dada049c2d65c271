import { useTranslation } from "react-i18next";
import type { Team, User } from "../../../domain/accounts/dto";
import { Link } from "../../router/Link";
import { DataTable } from "../../ui/DataTable";
import { StatusBadge } from "../../ui/StatusBadge";
import { userPath } from "./paths";

/** The users with their roles, teams, status and lock; the name opens the user. */
export const UserTable = ({ users, teams }: { users: readonly User[]; teams: readonly Team[] }) => {
  const { t, i18n } = useTranslation();
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  const sorted = [...users].sort((a, b) => a.displayName.localeCompare(b.displayName, i18n.language));
  return (
    <DataTable<User>
      caption={t("users.tableCaption", { count: users.length })}
      rows={sorted}
      rowKey={(user) => user.id}
      columns={[
        {
          key: "name",
          header: t("users.fields.displayName"),
          render: (user) => <Link href={userPath(user.id)}>{user.displayName}</Link>,
        },
        { key: "username", header: t("users.fields.username"), render: (user) => user.username },
        {
          key: "roles",
          header: t("users.fields.roles"),
          render: (user) => user.roles.map((role) => t(`roles.${role}`)).join(", "),
        },
        {
          key: "teams",
          header: t("users.fields.teams"),
          render: (user) =>
            user.teamIds.length === 0
              ? t("users.noTeams")
              : user.teamIds.map((id) => teamName.get(id) ?? t("users.unknownTeam")).join(", "),
        },
        {
          key: "status",
          header: t("users.fields.status"),
          render: (user) =>
            user.active ? (
              <StatusBadge status="success">{t("users.status.active")}</StatusBadge>
            ) : (
              <StatusBadge status="neutral">{t("users.status.inactive")}</StatusBadge>
            ),
        },
        {
          key: "locked",
          header: t("users.fields.locked"),
          render: (user) =>
            user.locked ? <StatusBadge status="danger">{t("users.locked.yes")}</StatusBadge> : t("users.locked.no"),
        },
      ]}
    />
  );
};
