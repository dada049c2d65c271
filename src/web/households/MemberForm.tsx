import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Person } from "../../domain/households/dto";
import { useApi } from "../api/api-context";
import { withFieldMessage } from "../api/form-failure";
import { addMember } from "../api/households";
import { useMe } from "../app/session-context";
import { useShowStatus } from "../app/status-context";
import { useCaseOptions } from "../cases/use-case-options";
import { parseDutchDate } from "../format";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { DateField } from "../ui/DateField";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { RadioGroup } from "../ui/RadioGroup";
import { TextField } from "../ui/TextField";
import { useAddForm } from "../ui/use-add-form";
import type { Relation } from "./household-values";

export interface MemberFormProps {
  householdId: string;
  onAdded: (person: Person) => void;
  onCancel: () => void;
}

/**
 * "Lid toevoegen": names, birth date (not required), relation, and the BSN only for roles that may
 * see it (the social worker, who applies for provisions).
 */
export const MemberForm = ({ householdId, onAdded, onCancel }: MemberFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const showStatus = useShowStatus();
  const { relations } = useCaseOptions();
  const mayEnterBsn = me.permissions.includes("bsn:view");
  const [givenName, setGivenName] = useState("");
  const [familyName, setFamilyName] = useState("");
  const [birthDate, setBirthDate] = useState("");
  const [relation, setRelation] = useState<Relation | "">("");
  const [bsn, setBsn] = useState("");
  const fields = {
    givenName: { id: "member-given-name", label: t("households.members.givenName") },
    familyName: { id: "member-family-name", label: t("households.members.familyName") },
    birthDate: { id: "member-birth-date", label: t("households.members.birthDateOptional") },
    relation: { id: "member-relation", label: t("households.members.relationLegend") },
    ...(mayEnterBsn ? { bsn: { id: "member-bsn", label: t("households.members.bsnOptional") } } : {}),
  };

  const isoDate = birthDate.trim() === "" ? null : parseDutchDate(birthDate);
  const { failure, clearFailure, errors, busy, firstField, submit } = useAddForm(
    async () => {
      const person = await addMember(api, householdId, {
        givenName,
        familyName,
        birthDate: birthDate.trim() === "" ? null : (isoDate ?? birthDate),
        relation: relation as Relation,
        ...(mayEnterBsn && bsn.trim() !== "" ? { bsn } : {}),
      });
      showStatus(t("households.members.added", { name: `${person.givenName} ${person.familyName}` }));
      onAdded(person);
    },
    { adjustFailure: (failed) => (birthDate.trim() !== "" && isoDate === null ? withFieldMessage(failed, "birthDate", t("common.dateInvalid")) : failed) },
  );

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
      <FormFailureAlert failure={failure} fields={fields} onReload={clearFailure} />
      <TextField {...fields.givenName} ref={firstField} value={givenName} onChange={setGivenName} autoComplete="off" error={errors.givenName} />
      <TextField {...fields.familyName} value={familyName} onChange={setFamilyName} autoComplete="off" error={errors.familyName} />
      <DateField {...fields.birthDate} value={birthDate} onChange={setBirthDate} error={errors.birthDate} />
      <RadioGroup<Relation>
        id={fields.relation.id}
        legend={fields.relation.label}
        options={relations}
        value={relation}
        onChange={setRelation}
        error={errors.relation}
      />
      {fields.bsn && (
        <TextField
          {...fields.bsn}
          value={bsn}
          onChange={setBsn}
          inputMode="numeric"
          autoComplete="off"
          description={t("households.members.bsnHint")}
          error={errors.bsn}
        />
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("households.members.submit")}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </ButtonGroup>
    </form>
  );
};
