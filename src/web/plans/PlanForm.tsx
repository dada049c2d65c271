import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Plan } from "../../domain/plans/dto";
import { useApi } from "../api/api-context";
import { type FieldRef, type FormFailure, formFailureOf, messagesById, withFieldMessage } from "../api/form-failure";
import { savePlan } from "../api/plans";
import { useShowStatus } from "../app/status-context";
import { isoDateInDutchTime } from "../format";
import { Button } from "../ui/Button";
import { Checkbox } from "../ui/Checkbox";
import { EditableList } from "../ui/EditableList";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { FamilyGroupPlanFields } from "./FamilyGroupPlanFields";
import { newFamilyGroupForm, type PlanForm as PlanFormValue, type PlanLabels, planFormOf, planSubmissionOf } from "./plan-form";

export interface PlanFormProps {
  plan: Plan;
  onSaved: (plan: Plan) => void;
  /** Fetch the plan again (after a version conflict). */
  onReload: () => void;
}

/**
 * The plan's goals and agreements as editable lists, and the family-group plan when there is one;
 * saved as a whole with the version read, so nobody's changes are overwritten.
 */
export const PlanForm = ({ plan, onSaved, onReload }: PlanFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [form, setForm] = useState<PlanFormValue>(() => planFormOf(plan));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [sentFields, setSentFields] = useState<Record<string, FieldRef>>({});
  const [busy, setBusy] = useState(false);
  const errors = messagesById(failure, sentFields);
  const labels: PlanLabels = {
    goal: (n) => t("plans.goal", { n }),
    agreement: (n) => t("plans.agreement", { n }),
    safetyCondition: (n) => t("plans.family.safetyCondition", { n }),
    contactName: (n) => t("plans.family.contactName", { n }),
    contactPhone: (n) => t("plans.family.contactPhone", { n }),
    escapeRoute: (n) => t("plans.family.escapeRoute", { n }),
    emergencyContacts: t("plans.family.emergencyContacts"),
    everyWeeks: t("plans.family.everyWeeks"),
    forMonths: t("plans.family.forMonths"),
    startsOn: t("plans.family.startsOn"),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const submission = planSubmissionOf(form, plan.version, labels);
    setSentFields(submission.fields);
    try {
      const saved = await savePlan(api, plan.caseId, submission.body);
      showStatus(t("plans.saved"));
      onSaved(saved);
    } catch (error) {
      let failed = formFailureOf(error, { fullPaths: true });
      for (const path of submission.unreadable.numbers) failed = withFieldMessage(failed, path, t("plans.wholeNumber"));
      for (const path of submission.unreadable.dates) failed = withFieldMessage(failed, path, t("common.dateInvalid"));
      setFailure(failed);
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form bw-form--wide" noValidate onSubmit={submit} aria-labelledby="plan-form-heading">
      <Heading level={3} id="plan-form-heading">
        {t("plans.goalsHeading")}
      </Heading>
      <FormFailureAlert failure={failure} fields={sentFields} onReload={onReload} />
      <EditableList
        id="plan-goals"
        legend={t("plans.goals")}
        items={form.goals}
        onChange={(goals) => setForm({ ...form, goals })}
        itemLabel={(index) => labels.goal(index + 1)}
        addLabel={t("plans.addGoal")}
        removeLabel={t("plans.remove")}
        errorAt={(index) => errors[`plan-goals-${index}`]}
      />
      <EditableList
        id="plan-agreements"
        legend={t("plans.agreements")}
        items={form.agreements}
        onChange={(agreements) => setForm({ ...form, agreements })}
        itemLabel={(index) => labels.agreement(index + 1)}
        addLabel={t("plans.addAgreement")}
        removeLabel={t("plans.remove")}
        errorAt={(index) => errors[`plan-agreements-${index}`]}
      />
      <Checkbox
        id="plan-family"
        label={t("plans.family.toggle")}
        checked={form.familyGroupPlan !== null}
        onChange={(checked) =>
          setForm({ ...form, familyGroupPlan: checked ? newFamilyGroupForm(isoDateInDutchTime(new Date())) : null })
        }
      />
      {form.familyGroupPlan && (
        <FamilyGroupPlanFields
          value={form.familyGroupPlan}
          onChange={(familyGroupPlan) => setForm({ ...form, familyGroupPlan })}
          errors={errors}
        />
      )}
      <div>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("plans.save")}
        </Button>
      </div>
    </form>
  );
};
