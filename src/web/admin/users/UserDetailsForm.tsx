import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Team, User } from "../../../domain/accounts/dto";
import type { Role } from "../../../domain/access/roles";
import { updateUser } from "../../api/accounts";
import { useApi } from "../../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf } from "../../api/form-failure";
import { useShowStatus } from "../../app/status-context";
import { navigate } from "../../router/history";
import { Button } from "../../ui/Button";
import { Checkbox } from "../../ui/Checkbox";
import { CheckboxGroup } from "../../ui/CheckboxGroup";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { FormFailureAlert } from "../../ui/FormFailureAlert";
import { Heading } from "../../ui/Heading";
import { Paragraph } from "../../ui/Paragraph";
import { TextField } from "../../ui/TextField";
import { useRoleOptions } from "../use-role-options";
import { useTeamOptions } from "../use-team-options";
import { USERS_PATH } from "./paths";

export interface UserDetailsFormProps {
  user: User;
  teams: readonly Team[];
  /** Fetch the current data again (after a version conflict). */
  onReload: () => void;
  /** Set after a reload: the form says so and takes focus, as the "Herladen" button it replaces is gone. */
  announceReload?: boolean;
}

/** Name, e-mail, roles, teams and active of one user; deactivating asks for confirmation first. */
export const UserDetailsForm = ({ user, teams, onReload, announceReload = false }: UserDetailsFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const roleOptions = useRoleOptions();
  const teamOptions = useTeamOptions(teams);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [teamIds, setTeamIds] = useState<string[]>(user.teamIds);
  const [active, setActive] = useState(user.active);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when this form (re)mounts
  useEffect(() => {
    if (!announceReload) return;
    headingRef.current?.focus();
    showStatus(t("users.edit.reloaded"));
  }, []);

  const fields = {
    displayName: { id: "user-display-name", label: t("users.fields.displayName") },
    email: { id: "user-email", label: t("users.fields.email") },
    roles: { id: "user-roles", label: t("users.fields.roles") },
    teamIds: { id: "user-teams", label: t("users.fields.teams") },
  };

  const save = async () => {
    setConfirming(false);
    setBusy(true);
    setFailure(null);
    try {
      const saved = await updateUser(api, user.id, { version: user.version, displayName, email, roles, teamIds, active });
      showStatus(t("users.saved", { name: saved.displayName }), { path: USERS_PATH });
      navigate(USERS_PATH);
    } catch (error) {
      setFailure(formFailureOf(error));
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (user.active && !active) setConfirming(true);
    else void save();
  };

  return (
    <section aria-labelledby="user-details-heading" className="bw-section">
      <Heading level={2} id="user-details-heading" ref={headingRef} tabIndex={-1}>
        {t("users.edit.detailsHeading")}
      </Heading>
      <Paragraph>{t("users.edit.username", { username: user.username })}</Paragraph>
      <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
        <FormFailureAlert failure={failure} fields={fields} onReload={onReload} />
        <TextField {...fields.displayName} value={displayName} onChange={setDisplayName} error={errors.displayName} />
        <TextField {...fields.email} type="email" value={email} onChange={setEmail} error={errors.email} />
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
        <Checkbox
          id="user-active"
          label={t("users.fields.active")}
          checked={active}
          onChange={setActive}
          describedBy="user-active-description"
        />
        <p id="user-active-description" className="utrecht-form-field-description bw-checkbox-description">
          {t("users.hints.active")}
        </p>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("common.save")}
        </Button>
      </form>
      {confirming && (
        <ConfirmDialog
          title={t("users.deactivate.title", { name: user.displayName })}
          confirmLabel={t("users.deactivate.confirm")}
          danger
          onConfirm={() => void save()}
          onCancel={() => setConfirming(false)}
        >
          <Paragraph>{t("users.deactivate.body")}</Paragraph>
        </ConfirmDialog>
      )}
    </section>
  );
};
