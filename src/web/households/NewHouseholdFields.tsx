import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../app/session-context";
import { Paragraph } from "../ui/Paragraph";
import { RadioGroup } from "../ui/RadioGroup";
import { TextField } from "../ui/TextField";

export interface NewHousehold {
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  teamId: string;
}

export const emptyHousehold = (teamId: string, name = ""): NewHousehold => ({
  name,
  street: "",
  houseNumber: "",
  postcode: "",
  city: "",
  teamId,
});

/** Field name (as the API names it) → id and label, in form order. */
export const useNewHouseholdFields = () => {
  const { t } = useTranslation();
  return {
    name: { id: "household-name", label: t("households.fields.name") },
    street: { id: "household-street", label: t("households.fields.street") },
    houseNumber: { id: "household-house-number", label: t("households.fields.houseNumber") },
    postcode: { id: "household-postcode", label: t("households.fields.postcode") },
    city: { id: "household-city", label: t("households.fields.city") },
    teamId: { id: "household-team", label: t("households.fields.team") },
  };
};

export interface NewHouseholdFieldsProps {
  value: NewHousehold;
  onChange: (value: NewHousehold) => void;
  errors: Readonly<Record<string, string>>;
  nameRef?: Ref<HTMLInputElement>;
}

/** Name, address and team of a household to register; the team is chosen only when I have several. */
export const NewHouseholdFields = ({ value, onChange, errors, nameRef }: NewHouseholdFieldsProps) => {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const fields = useNewHouseholdFields();
  const set = (change: Partial<NewHousehold>) => onChange({ ...value, ...change });
  const teams = [...me.teams].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const text = (name: "street" | "houseNumber" | "postcode" | "city", extra: { description?: string } = {}) => (
    <TextField
      {...fields[name]}
      {...extra}
      value={value[name]}
      onChange={(next) => set({ [name]: next })}
      autoComplete="off"
      error={errors[name]}
    />
  );
  return (
    <>
      <TextField
        {...fields.name}
        ref={nameRef}
        value={value.name}
        onChange={(name) => set({ name })}
        autoComplete="off"
        description={t("households.hints.name")}
        error={errors.name}
      />
      {text("street")}
      {text("houseNumber")}
      {text("postcode", { description: t("households.hints.postcode") })}
      {text("city")}
      {teams.length > 1 ? (
        <RadioGroup
          id={fields.teamId.id}
          legend={fields.teamId.label}
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
          value={value.teamId}
          onChange={(teamId) => set({ teamId })}
          error={errors.teamId}
        />
      ) : (
        <Paragraph id={fields.teamId.id}>
          {teams[0] ? t("households.teamFixed", { team: teams[0].name }) : t("households.noTeam")}
        </Paragraph>
      )}
    </>
  );
};
