import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../../domain/accounts/dto";
import { createTeam } from "../../api/accounts";
import { useApi } from "../../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf } from "../../api/form-failure";
import { useShowStatus } from "../../app/status-context";
import { Link } from "../../router/Link";
import { Button } from "../../ui/Button";
import { FormFailureAlert } from "../../ui/FormFailureAlert";
import { Heading } from "../../ui/Heading";
import { Paragraph } from "../../ui/Paragraph";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";

/** "Nieuw team": a name and the organisation it belongs to. */
export const TeamCreateForm = ({
  organisations,
  onCreated,
}: {
  organisations: readonly Organisation[];
  onCreated: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [name, setName] = useState("");
  const [organisationId, setOrganisationId] = useState(organisations.length === 1 ? (organisations[0]?.id ?? "") : "");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const errors = fieldMessages(failure);
  const fields = {
    name: { id: "team-name", label: t("teams.fields.name") },
    organisationId: { id: "team-organisation", label: t("teams.fields.organisation") },
  };
  const options = [...organisations]
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
    .map((organisation) => ({ value: organisation.id, label: organisation.name }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const team = await createTeam(api, { name, organisationId });
      showStatus(t("teams.created", { name: team.name }));
      setName("");
      onCreated();
    } catch (error) {
      setFailure(formFailureOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="team-create-heading" className="bw-section">
      <Heading level={2} id="team-create-heading">
        {t("teams.new")}
      </Heading>
      {organisations.length === 0 ? (
        <Paragraph>
          {t("teams.needOrganisation")} <Link href="/beheer/organisaties">{t("areas.organisations.name")}</Link>
        </Paragraph>
      ) : (
        <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
          <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
          <TextField {...fields.name} value={name} onChange={setName} autoComplete="off" error={errors.name} />
          <SelectField
            {...fields.organisationId}
            value={organisationId}
            options={options}
            onChange={setOrganisationId}
            placeholder={t("teams.chooseOrganisation")}
            error={errors.organisationId}
          />
          <Button type="submit" appearance="primary" busy={busy}>
            {t("teams.create")}
          </Button>
        </form>
      )}
    </section>
  );
};
