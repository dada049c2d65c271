import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Participant } from "../../domain/cases/dto";
import { useApi } from "../api/api-context";
import { addParticipant } from "../api/cases";
import { type FormFailure, fieldMessages, formFailureOf } from "../api/form-failure";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";
import type { ParticipantRole } from "./case-values";
import { useCaseOptions } from "./use-case-options";

export interface ParticipantFormProps {
  caseId: string;
  onAdded: (participant: Participant) => void;
  onCancel: () => void;
}

/** "Betrokkene toevoegen": someone involved in the case, by role and name (a Wmo consultant, the GP's practice nurse, …). */
export const ParticipantForm = ({ caseId, onAdded, onCancel }: ParticipantFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const { participantRoles } = useCaseOptions();
  const [role, setRole] = useState("");
  const [name, setName] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const errors = fieldMessages(failure);

  useEffect(() => {
    firstField.current?.focus();
  }, []);

  const fields = {
    name: { id: "participant-name", label: t("cases.participants.name") },
    role: { id: "participant-role", label: t("cases.participants.role") },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const participant = await addParticipant(api, caseId, { role: role as ParticipantRole, name });
      showStatus(t("cases.participants.added", { name: participant.name }));
      onAdded(participant);
    } catch (error) {
      setFailure(formFailureOf(error));
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
      <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
      <TextField {...fields.name} ref={firstField} value={name} onChange={setName} autoComplete="off" error={errors.name} />
      <SelectField
        {...fields.role}
        value={role}
        options={participantRoles}
        placeholder={t("cases.participants.chooseRole")}
        onChange={setRole}
        error={errors.role}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("cases.participants.submit")}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </ButtonGroup>
    </form>
  );
};
