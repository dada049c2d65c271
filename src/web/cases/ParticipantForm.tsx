import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Participant } from "../../domain/cases/dto";
import { useApi } from "../api/api-context";
import { addParticipant } from "../api/cases";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";
import { useAddForm } from "../ui/use-add-form";
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
  const fields = {
    name: { id: "participant-name", label: t("cases.participants.name") },
    role: { id: "participant-role", label: t("cases.participants.role") },
  };

  const { failure, clearFailure, errors, busy, firstField, submit } = useAddForm(async () => {
    const participant = await addParticipant(api, caseId, { role: role as ParticipantRole, name });
    showStatus(t("cases.participants.added", { name: participant.name }));
    onAdded(participant);
  });

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
      <FormFailureAlert failure={failure} fields={fields} onReload={clearFailure} />
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
