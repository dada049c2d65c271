import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { POT_KINDS } from "../../domain/budgets/dto";
import { useApi } from "../api/api-context";
import { createPot } from "../api/budgets";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { useShowStatus } from "../app/status-context";
import { isoDateInDutchTime, parseEuroCents } from "../format";
import { Button } from "../ui/Button";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";
import { centsOrText } from "./budget-values";

/** "Budget toevoegen": a new pot whose annual amount becomes its first ledger entry. */
export const PotForm = ({ onSaved }: { onSaved: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const empty = () => ({ name: "", kind: "", year: isoDateInDutchTime(new Date()).slice(0, 4), amount: "" });
  const [values, setValues] = useState(empty);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const set = (name: keyof ReturnType<typeof empty>) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const fields = {
    name: { id: "pot-name", label: t("budgets.pots.name") },
    kind: { id: "pot-kind", label: t("budgets.pots.kind") },
    year: { id: "pot-year", label: t("budgets.pots.year") },
    annualAmountCents: { id: "pot-amount", label: t("budgets.admin.amountInput") },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const saved = await createPot(api, { name: values.name, kind: values.kind as "other", year: /^\d{4}$/.test(values.year) ? Number(values.year) : (values.year as unknown as number), annualAmountCents: centsOrText(values.amount) });
      showStatus(t("budgets.admin.created", { name: saved.name }));
      setValues(empty());
      onSaved();
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(parseEuroCents(values.amount) === null ? withFieldMessage(failed, "annualAmountCents", t("budgets.amountUnreadable")) : failed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="utrecht-form bw-form bw-section" noValidate onSubmit={submit} aria-labelledby="pot-form-heading">
      <Heading level={2} id="pot-form-heading">
        {t("budgets.admin.newPot")}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={onSaved} />
      <TextField {...fields.name} autoComplete="off" value={values.name} onChange={set("name")} error={errors.name} />
      <SelectField
        {...fields.kind}
        value={values.kind}
        placeholder={t("budgets.admin.chooseKind")}
        options={POT_KINDS.map((value) => ({ value, label: t(`budgets.kinds.${value}`) }))}
        onChange={set("kind")}
        error={errors.kind}
      />
      <TextField {...fields.year} className="bw-number-field" inputMode="numeric" autoComplete="off" value={values.year} onChange={set("year")} error={errors.year} />
      <TextField {...fields.annualAmountCents} className="bw-number-field" inputMode="decimal" autoComplete="off" value={values.amount} onChange={set("amount")} error={errors.annualAmountCents} />
      <Button type="submit" appearance="primary" busy={busy}>
        {t("budgets.admin.create")}
      </Button>
    </form>
  );
};
