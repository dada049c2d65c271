import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Contract, Provider } from "../../domain/monitor/dto";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { createContract, updateContract } from "../api/monitor";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { DateField } from "../ui/DateField";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";
import { type ContractFormValues, contractFormOf, contractInputOf, emptyContractForm, FINANCING_VALUES } from "./monitor-values";

export interface ContractFormProps {
  /** The contract being changed, or null to add one. */
  editing: Contract | null;
  providers: readonly Provider[];
  onSaved: (contract: Contract) => void;
  onCancel: () => void;
  /** After a version conflict: fetch the contracts again. */
  onReload: () => void;
}

/** "Contract toevoegen" or "Contract wijzigen": provider, financing, period, amount and the KPI targets. */
export const ContractForm = ({ editing, providers, onSaved, onCancel, onReload }: ContractFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<ContractFormValues>(() => (editing ? contractFormOf(editing) : emptyContractForm()));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const set = (key: keyof ContractFormValues) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);

  const fields = {
    organisationId: { id: "contract-organisation", label: t("monitor.contracts.fields.organisation") },
    name: { id: "contract-name", label: t("monitor.contracts.fields.name") },
    financing: { id: "contract-financing", label: t("monitor.contracts.fields.financing") },
    startsOn: { id: "contract-starts", label: t("monitor.contracts.fields.startsOn") },
    endsOn: { id: "contract-ends", label: t("monitor.contracts.fields.endsOn") },
    amountCents: { id: "contract-amount", label: t("monitor.contracts.fields.amount") },
    targetStableOrBetter: { id: "contract-target-stable", label: t("monitor.contracts.fields.targetStableOrBetter") },
    targetSatisfaction: { id: "contract-target-satisfaction", label: t("monitor.contracts.fields.targetSatisfaction") },
    targetReach: { id: "contract-target-reach", label: t("monitor.contracts.fields.targetReach") },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const { input, unreadable } = contractInputOf(values);
    try {
      const saved = editing ? await updateContract(api, editing.id, { ...input, version: editing.version }) : await createContract(api, input);
      showStatus(t(editing ? "monitor.contracts.form.updated" : "monitor.contracts.form.added", { name: saved.name }));
      if (!editing) setValues(emptyContractForm());
      onSaved(saved);
    } catch (error) {
      let failed = formFailureOf(error);
      for (const field of unreadable) failed = withFieldMessage(failed, field, t(`monitor.contracts.form.unreadable.${field}`));
      setFailure(failed);
    } finally {
      setBusy(false);
    }
  };

  const amountHint = values.financing ? t(`monitor.contracts.form.amountHint.${values.financing as "lump_sum"}`) : t("monitor.contracts.form.amountHintNone");
  return (
    <form className="utrecht-form bw-form bw-section" noValidate onSubmit={submit} aria-labelledby="contract-form-heading">
      <Heading level={2} id="contract-form-heading" ref={heading} tabIndex={-1}>
        {editing ? t("monitor.contracts.form.editTitle", { name: editing.name }) : t("monitor.contracts.form.newTitle")}
      </Heading>
      <FormFailureAlert
        failure={failure}
        fields={fields}
        onReload={() => {
          setFailure(null);
          onReload();
        }}
      />
      <SelectField
        {...fields.organisationId}
        value={values.organisationId}
        options={providers.map((p) => ({ value: p.id, label: p.name }))}
        placeholder={t("monitor.contracts.form.chooseOrganisation")}
        onChange={set("organisationId")}
        error={errors.organisationId}
      />
      <TextField {...fields.name} autoComplete="off" value={values.name} onChange={set("name")} error={errors.name} />
      <SelectField
        {...fields.financing}
        value={values.financing}
        options={FINANCING_VALUES.map((value) => ({ value, label: t(`monitor.financing.${value}`) }))}
        placeholder={t("monitor.contracts.form.chooseFinancing")}
        onChange={set("financing")}
        error={errors.financing}
      />
      <DateField {...fields.startsOn} value={values.startsOn} onChange={set("startsOn")} error={errors.startsOn} />
      <DateField {...fields.endsOn} value={values.endsOn} onChange={set("endsOn")} error={errors.endsOn} />
      <TextField {...fields.amountCents} className="bw-number-field" inputMode="decimal" autoComplete="off" value={values.amount} onChange={set("amount")} error={errors.amountCents} description={amountHint} />
      <TextField
        {...fields.targetStableOrBetter}
        className="bw-number-field"
        inputMode="decimal"
        autoComplete="off"
        value={values.targetStableOrBetterPercent}
        onChange={set("targetStableOrBetterPercent")}
        error={errors.targetStableOrBetter}
        description={t("monitor.contracts.form.targetStableHint")}
      />
      <TextField
        {...fields.targetSatisfaction}
        className="bw-number-field"
        inputMode="decimal"
        autoComplete="off"
        value={values.targetSatisfaction}
        onChange={set("targetSatisfaction")}
        error={errors.targetSatisfaction}
        description={t("monitor.contracts.form.targetSatisfactionHint")}
      />
      <TextField
        {...fields.targetReach}
        className="bw-number-field"
        inputMode="numeric"
        autoComplete="off"
        value={values.targetReach}
        onChange={set("targetReach")}
        error={errors.targetReach}
        description={t("monitor.contracts.form.targetReachHint")}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {editing ? t("monitor.contracts.form.saveChange") : t("monitor.contracts.form.add")}
        </Button>
        {editing && <Button onClick={onCancel}>{t("common.cancel")}</Button>}
      </ButtonGroup>
    </form>
  );
};
