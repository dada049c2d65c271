import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Team } from "../../../domain/accounts/dto";
import type { Role } from "../../../domain/access/roles";
import { createUser, listTeams } from "../../api/accounts";
import { useApi } from "../../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf } from "../../api/form-failure";
import { useApiQuery } from "../../api/use-api-query";
import { useShowStatus } from "../../app/status-context";
import { navigate } from "../../router/history";
import { Link } from "../../router/Link";
import { Button } from "../../ui/Button";
import { ButtonGroup } from "../../ui/ButtonGroup";
import { CheckboxGroup } from "../../ui/CheckboxGroup";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { FormFailureAlert } from "../../ui/FormFailureAlert";
import { LoadingState } from "../../ui/LoadingState";
import { PageHeading } from "../../ui/PageHeading";
import { Paragraph } from "../../ui/Paragraph";
import { TextField } from "../../ui/TextField";
import { useRoleOptions } from "../use-role-options";
import { useTeamOptions } from "../use-team-options";
import { USERS_PATH } from "./paths";

const CreateUserForm = ({ teams }: { teams: readonly Team[] }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const roleOptions = useRoleOptions();
  const teamOptions = useTeamOptions(teams);
  const [displayName, setDisplayName] = useState("");
  const [username, setUsername] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [roles, setRoles] = useState<Role[]>([]);
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);

  const fields = {
    displayName: { id: "user-display-name", label: t("users.fields.displayName") },
    username: { id: "user-username", label: t("users.fields.username") },
    email: { id: "user-email", label: t("users.fields.email") },
    password: { id: "user-password", label: t("users.fields.password") },
    roles: { id: "user-roles", label: t("users.fields.roles") },
    teamIds: { id: "user-teams", label: t("users.fields.teams") },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const user = await createUser(api, { displayName, username, email, password, roles, teamIds });
      showStatus(t("users.created", { name: user.displayName }), { path: USERS_PATH });
      navigate(USERS_PATH);
    } catch (error) {
      setFailure(formFailureOf(error));
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
      <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
      <TextField
        {...fields.displayName}
        value={displayName}
        onChange={setDisplayName}
        autoComplete="off"
        error={errors.displayName}
      />
      <TextField
        {...fields.username}
        value={username}
        onChange={setUsername}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        description={t("users.hints.username")}
        error={errors.username}
      />
      <TextField {...fields.email} type="email" value={email} onChange={setEmail} autoComplete="off" error={errors.email} />
      <TextField
        {...fields.password}
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        description={t("users.hints.password")}
        error={errors.password}
      />
      <CheckboxGroup
        id={fields.roles.id}
        legend={fields.roles.label}
        options={roleOptions}
        selected={roles}
        onChange={(next) => setRoles(next as Role[])}
        error={errors.roles}
      />
      {teamOptions.length > 0 && (
        <CheckboxGroup
          id={fields.teamIds.id}
          legend={t("users.fields.teamsOptional")}
          options={teamOptions}
          selected={teamIds}
          onChange={setTeamIds}
          error={errors.teamIds}
        />
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("users.create")}
        </Button>
        <Link href={USERS_PATH}>{t("common.cancel")}</Link>
      </ButtonGroup>
    </form>
  );
};

/** Beheer → Gebruikers → Nieuwe gebruiker. */
export const UserCreatePage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload } = useApiQuery((signal) => listTeams(api, signal), [api]);
  return (
    <>
      <PageHeading>{t("users.new")}</PageHeading>
      <Paragraph>{t("users.newIntro")}</Paragraph>
      {state.status === "loading" && <LoadingState />}
      {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === "ok" && <CreateUserForm teams={state.data} />}
    </>
  );
};
