import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Pot } from "../../domain/budgets/dto";
import { PURPOSE_CATEGORIES, type PurposeCategory } from "../../domain/budgets/purpose-categories";
import type { Scenarios } from "../../domain/scenarios/dto";
import { useApi } from "../api/api-context";
import { createRequest } from "../api/budgets";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { useShowStatus } from "../app/status-context";
import { formatCents, parseEuroCents } from "../format";
import { navigate } from "../router/history";
import { Button } from "../ui/Button";
import { Checkbox } from "../ui/Checkbox";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { SelectField } from "../ui/SelectField";
import { TextAreaField } from "../ui/TextAreaField";
import { TextField } from "../ui/TextField";
import { centsOrText, newIdempotencyKey } from "./budget-values";
import { requestPagePath } from "./paths";

const JUSTIFICATION = ["rechtmatigheid", "rendement", "betrokkenheid"] as const;

/**
 * The request itself: pot, purpose category (what the report counts by) and the purpose in own words, what is paid to whom, the amount, and the three questions of the
 * justification (taken over from the case's scenarios when they were answered there). One idempotency
 * key per filled-in form, so a double click or a retry after a lost answer records one request.
 */
export const RequestForm = ({ caseId, pots, scenarios }: { caseId: string; pots: readonly Pot[]; scenarios: Scenarios }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [key] = useState(newIdempotencyKey);
  const [values, setValues] = useState(() => ({
    potId: pots.length === 1 ? pots[0]!.id : "",
    purposeCategory: "",
    purpose: "",
    description: "",
    amount: "",
    payee: "",
    preFinanced: false,
    ...scenarios.justification,
  }));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const set = <Key extends keyof typeof values>(name: Key) => (value: (typeof values)[Key]) => setValues((current) => ({ ...current, [name]: value }));
  const fields = {
    potId: { id: "request-pot", label: t("budgets.requests.pot") },
    purposeCategory: { id: "request-purpose-category", label: t("budgets.requests.purposeCategory") },
    purpose: { id: "request-purpose", label: t("budgets.requests.purpose") },
    description: { id: "request-description", label: t("budgets.requests.description") },
    amountCents: { id: "request-amount", label: t("budgets.create.amountInput") },
    payee: { id: "request-payee", label: t("budgets.request.payee") },
    "justification.rechtmatigheid": { id: "request-rechtmatigheid", label: t("budgets.justification.rechtmatigheid") },
    "justification.rendement": { id: "request-rendement", label: t("budgets.justification.rendement") },
    "justification.betrokkenheid": { id: "request-betrokkenheid", label: t("budgets.justification.betrokkenheid") },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const saved = await createRequest(api, {
        potId: values.potId,
        caseId,
        // Unchosen ("") goes to the server as is, so it names the problem at the field.
        purposeCategory: values.purposeCategory as PurposeCategory,
        purpose: values.purpose,
        description: values.description,
        amountCents: centsOrText(values.amount),
        payee: values.payee,
        justification: { rechtmatigheid: values.rechtmatigheid, rendement: values.rendement, betrokkenheid: values.betrokkenheid },
        preFinanced: values.preFinanced,
        idempotencyKey: key,
      });
      const path = requestPagePath(saved.id);
      showStatus(t("budgets.create.done", { amount: formatCents(saved.amountCents) }), { path });
      navigate(path);
    } catch (error) {
      const failed = formFailureOf(error, { fullPaths: true });
      setFailure(parseEuroCents(values.amount) === null ? withFieldMessage(failed, "amountCents", t("budgets.amountUnreadable")) : failed);
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form bw-section" noValidate onSubmit={submit} aria-labelledby="request-form-heading">
      <Heading level={2} id="request-form-heading">
        {t("budgets.create.formHeading")}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
      <SelectField
        {...fields.potId}
        value={values.potId}
        placeholder={t("budgets.create.choosePot")}
        options={pots.map((pot) => ({ value: pot.id, label: t("budgets.create.potOption", { name: pot.name, balance: formatCents(pot.balanceCents) }) }))}
        onChange={set("potId")}
        error={errors.potId}
      />
      <SelectField
        {...fields.purposeCategory}
        value={values.purposeCategory}
        placeholder={t("budgets.create.choosePurposeCategory")}
        options={PURPOSE_CATEGORIES.map((value) => ({ value, label: t(`budgets.purposeCategories.${value}`) }))}
        onChange={set("purposeCategory")}
        error={errors.purposeCategory}
      />
      <TextField {...fields.purpose} autoComplete="off" value={values.purpose} onChange={set("purpose")} error={errors.purpose} description={t("budgets.create.purposeHint")} />
      <TextAreaField {...fields.description} rows={2} value={values.description} onChange={set("description")} error={errors.description} />
      <TextField {...fields.amountCents} className="bw-number-field" inputMode="decimal" autoComplete="off" value={values.amount} onChange={set("amount")} error={errors.amountCents} />
      <TextField {...fields.payee} autoComplete="off" value={values.payee} onChange={set("payee")} error={errors.payee} />
      <Checkbox id="request-pre-financed" label={t("budgets.create.preFinanced")} checked={values.preFinanced} onChange={set("preFinanced")} />
      {JUSTIFICATION.map((name) => (
        <TextAreaField
          key={name}
          {...fields[`justification.${name}`]}
          rows={3}
          value={values[name]}
          onChange={set(name)}
          error={errors[`justification.${name}`]}
          description={t(`budgets.justification.${name}Hint`)}
        />
      ))}
      <Button type="submit" appearance="primary" busy={busy}>
        {t("budgets.create.submit")}
      </Button>
    </form>
  );
};
