import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { createOrganisation } from "../../api/accounts";
import { useApi } from "../../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf } from "../../api/form-failure";
import { useShowStatus } from "../../app/status-context";
import { Button } from "../../ui/Button";
import { FormFailureAlert } from "../../ui/FormFailureAlert";
import { Heading } from "../../ui/Heading";
import { TextField } from "../../ui/TextField";

/** "Nieuwe organisatie": just a name. */
export const OrganisationCreateForm = ({ onCreated }: { onCreated: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const field = { id: "organisation-name", label: t("organisations.fields.name") };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const organisation = await createOrganisation(api, { name });
      showStatus(t("organisations.created", { name: organisation.name }));
      setName("");
      onCreated();
    } catch (error) {
      setFailure(formFailureOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="organisation-create-heading" className="bw-section">
      <Heading level={2} id="organisation-create-heading">
        {t("organisations.new")}
      </Heading>
      <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
        <FormFailureAlert failure={failure} fields={{ name: field }} onReload={() => setFailure(null)} />
        <TextField
          {...field}
          value={name}
          onChange={setName}
          autoComplete="organization"
          error={fieldMessages(failure).name}
        />
        <Button type="submit" appearance="primary" busy={busy}>
          {t("organisations.create")}
        </Button>
      </form>
    </section>
  );
};
