import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Household } from "../../domain/households/dto";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf } from "../api/form-failure";
import { updateHousehold } from "../api/households";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { TextField } from "../ui/TextField";
import { useNewHouseholdFields } from "./NewHouseholdFields";

export interface HouseholdEditFormProps {
  household: Household;
  onSaved: (household: Household) => void;
  onCancel: () => void;
  /** Someone else saved first: fetch the household again (the form starts over with its data). */
  onReload: () => void;
}

type Editable = "name" | "street" | "houseNumber" | "postcode" | "city";

/** "Gegevens wijzigen": the household's name and address, saved with the version that was read. */
export const HouseholdEditForm = ({ household, onSaved, onCancel, onReload }: HouseholdEditFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const { name, street, houseNumber, postcode, city } = useNewHouseholdFields();
  const fields = { name, street, houseNumber, postcode, city };
  const [value, setValue] = useState<Record<Editable, string>>(() => ({
    name: household.name,
    street: household.street ?? "",
    houseNumber: household.houseNumber ?? "",
    postcode: household.postcode ?? "",
    city: household.city ?? "",
  }));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const errors = fieldMessages(failure);

  useEffect(() => {
    firstField.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const saved = await updateHousehold(api, household.id, { version: household.version, ...value });
      showStatus(t("households.saved", { name: saved.name }));
      onSaved(saved);
    } catch (error) {
      setFailure(formFailureOf(error));
      setBusy(false);
    }
  };

  const text = (field: Editable, extra: { description?: string } = {}) => (
    <TextField
      {...fields[field]}
      {...extra}
      ref={field === "name" ? firstField : undefined}
      value={value[field]}
      onChange={(next) => setValue((current) => ({ ...current, [field]: next }))}
      autoComplete="off"
      error={errors[field]}
    />
  );

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
      <FormFailureAlert failure={failure} fields={fields} onReload={onReload} />
      {text("name", { description: t("households.hints.name") })}
      {text("street")}
      {text("houseNumber")}
      {text("postcode", { description: t("households.hints.postcode") })}
      {text("city")}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("households.editSubmit")}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </ButtonGroup>
    </form>
  );
};
