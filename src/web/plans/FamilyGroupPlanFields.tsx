import { useTranslation } from "react-i18next";
import { evaluationDates } from "../../domain/plans/evaluation-schedule";
import { formatDate, parseDutchDate } from "../format";
import { Button } from "../ui/Button";
import { DateField } from "../ui/DateField";
import { EditableList } from "../ui/EditableList";
import { FieldError } from "../ui/FieldError";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";
import { TextField } from "../ui/TextField";
import { emptyContact, type FamilyGroupForm } from "./plan-form";

export interface FamilyGroupPlanFieldsProps {
  value: FamilyGroupForm;
  onChange: (value: FamilyGroupForm) => void;
  /** Messages by control id. */
  errors: Readonly<Record<string, string>>;
}

const MAX_PREVIEW = 12;

/** The evaluation dates the server will plan tasks for, when the numbers and the date can be read. */
const previewOf = (value: FamilyGroupForm): string[] | null => {
  const startsOn = parseDutchDate(value.startsOn);
  const every = Number(value.everyWeeks);
  const months = Number(value.forMonths);
  if (!startsOn || !Number.isInteger(every) || !Number.isInteger(months) || every < 1 || every > 26 || months < 1 || months > 24) return null;
  return evaluationDates(startsOn, every, months);
};

/**
 * The family-group plan (Eigen Kracht-conferentie): safety conditions, emergency contacts, escape
 * routes, and the evaluation schedule — every N weeks for M months from the start date — whose
 * dates become tasks for the case director.
 */
export const FamilyGroupPlanFields = ({ value, onChange, errors }: FamilyGroupPlanFieldsProps) => {
  const { t } = useTranslation();
  const set = (change: Partial<FamilyGroupForm>) => onChange({ ...value, ...change });
  const preview = previewOf(value);
  const contacts = value.emergencyContacts;
  const setContact = (key: string, change: { name?: string; phone?: string }) =>
    set({ emergencyContacts: contacts.map((contact) => (contact.key === key ? { ...contact, ...change } : contact)) });
  return (
    <div className="bw-family-plan">
      <Heading level={4}>{t("plans.family.heading")}</Heading>
      <EditableList
        id="plan-safety"
        legend={t("plans.family.safetyConditions")}
        items={value.safetyConditions}
        onChange={(safetyConditions) => set({ safetyConditions })}
        itemLabel={(index) => t("plans.family.safetyCondition", { n: index + 1 })}
        addLabel={t("plans.family.addSafetyCondition")}
        removeLabel={t("plans.remove")}
        errorAt={(index) => errors[`plan-safety-${index}`]}
      />
      <fieldset
        id="plan-contacts"
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset bw-fieldset bw-editable-list"
        aria-describedby={errors["plan-contacts"] ? "plan-contacts-error" : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">
          {t("plans.family.emergencyContacts")}
        </legend>
        <FieldError id="plan-contacts" message={errors["plan-contacts"]} />
        {contacts.map((contact, index) => (
          <div key={contact.key} className="bw-editable-list__line">
            <TextField
              id={`plan-contacts-${index}-name`}
              label={t("plans.family.contactName", { n: index + 1 })}
              value={contact.name}
              onChange={(name) => setContact(contact.key, { name })}
              autoComplete="off"
              error={errors[`plan-contacts-${index}-name`]}
            />
            <TextField
              id={`plan-contacts-${index}-phone`}
              type="tel"
              label={t("plans.family.contactPhone", { n: index + 1 })}
              value={contact.phone}
              onChange={(phone) => setContact(contact.key, { phone })}
              autoComplete="off"
              error={errors[`plan-contacts-${index}-phone`]}
            />
            <Button appearance="subtle" onClick={() => set({ emergencyContacts: contacts.filter((other) => other.key !== contact.key) })}>
              {t("plans.remove")}
              <span className="bw-visually-hidden"> {t("plans.family.contactName", { n: index + 1 })}</span>
            </Button>
          </div>
        ))}
        <div>
          <Button onClick={() => set({ emergencyContacts: [...contacts, emptyContact()] })}>{t("plans.family.addContact")}</Button>
        </div>
      </fieldset>
      <EditableList
        id="plan-escape"
        legend={t("plans.family.escapeRoutes")}
        items={value.escapeRoutes}
        onChange={(escapeRoutes) => set({ escapeRoutes })}
        itemLabel={(index) => t("plans.family.escapeRoute", { n: index + 1 })}
        addLabel={t("plans.family.addEscapeRoute")}
        removeLabel={t("plans.remove")}
        errorAt={(index) => errors[`plan-escape-${index}`]}
      />
      <div className="bw-field-row">
        <TextField
          id="plan-every-weeks"
          className="bw-number-field"
          inputMode="numeric"
          label={t("plans.family.everyWeeks")}
          value={value.everyWeeks}
          onChange={(everyWeeks) => set({ everyWeeks })}
          autoComplete="off"
          error={errors["plan-every-weeks"]}
        />
        <TextField
          id="plan-for-months"
          className="bw-number-field"
          inputMode="numeric"
          label={t("plans.family.forMonths")}
          value={value.forMonths}
          onChange={(forMonths) => set({ forMonths })}
          autoComplete="off"
          error={errors["plan-for-months"]}
        />
      </div>
      <DateField
        id="plan-starts-on"
        label={t("plans.family.startsOn")}
        value={value.startsOn}
        onChange={(startsOn) => set({ startsOn })}
        error={errors["plan-starts-on"]}
      />
      {preview && (
        <Paragraph>
          {preview.length === 0
            ? t("plans.family.noEvaluations")
            : t("plans.family.evaluations", {
                count: preview.length,
                dates: preview.slice(0, MAX_PREVIEW).map(formatDate).join(", "),
              })}
        </Paragraph>
      )}
    </div>
  );
};
