import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { NetworkMember } from "../../domain/households/dto";
import { useApi } from "../api/api-context";
import { addNetworkMember } from "../api/households";
import { useShowStatus } from "../app/status-context";
import { useCaseOptions } from "../cases/use-case-options";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { RadioGroup } from "../ui/RadioGroup";
import { TextAreaField } from "../ui/TextAreaField";
import { TextField } from "../ui/TextField";
import { useAddForm } from "../ui/use-add-form";
import type { NetworkKind } from "./household-values";

export interface NetworkFormProps {
  householdId: string;
  onAdded: (member: NetworkMember) => void;
  onCancel: () => void;
}

/** "Netwerklid toevoegen": who can help the household (family, neighbours, friends, a volunteer). */
export const NetworkForm = ({ householdId, onAdded, onCancel }: NetworkFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const { networkKinds } = useCaseOptions();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<NetworkKind | "">("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [note, setNote] = useState("");
  const fields = {
    name: { id: "network-name", label: t("households.network.name") },
    kind: { id: "network-kind", label: t("households.network.kindLegend") },
    phone: { id: "network-phone", label: t("households.network.phoneOptional") },
    email: { id: "network-email", label: t("households.network.emailOptional") },
    note: { id: "network-note", label: t("households.network.noteOptional") },
  };

  const { failure, clearFailure, errors, busy, firstField, submit } = useAddForm(async () => {
    const member = await addNetworkMember(api, householdId, { name, kind: kind as NetworkKind, phone, email, note });
    showStatus(t("households.network.added", { name: member.name }));
    onAdded(member);
  });

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
      <FormFailureAlert failure={failure} fields={fields} onReload={clearFailure} />
      <TextField {...fields.name} ref={firstField} value={name} onChange={setName} autoComplete="off" error={errors.name} />
      <RadioGroup<NetworkKind>
        id={fields.kind.id}
        legend={fields.kind.label}
        options={networkKinds}
        value={kind}
        onChange={setKind}
        error={errors.kind}
      />
      <TextField {...fields.phone} type="tel" value={phone} onChange={setPhone} autoComplete="off" error={errors.phone} />
      <TextField {...fields.email} type="email" value={email} onChange={setEmail} autoComplete="off" error={errors.email} />
      <TextAreaField {...fields.note} rows={2} value={note} onChange={setNote} error={errors.note} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("households.network.submit")}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </ButtonGroup>
    </form>
  );
};
