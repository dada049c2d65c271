import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PriceItem } from "../../domain/prices/dto";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { createPrice, updatePrice } from "../api/prices";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { Checkbox } from "../ui/Checkbox";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";
import { PAYER_VALUES } from "../scenarios/scenario-values";
import { CONFIDENCE_VALUES, emptyPriceForm, type PriceFormValues, priceFormOf, priceInputOf } from "./price-values";

export interface PriceFormProps {
  /** The price being changed, or null to add one. */
  editing: PriceItem | null;
  onSaved: (item: PriceItem) => void;
  onCancel: () => void;
  /** After a version conflict: fetch the list again. */
  onReload: () => void;
}

/** "Prijs toevoegen" or "Prijs wijzigen": amounts with a decimal comma, field messages at the fields. */
export const PriceForm = ({ editing, onSaved, onCancel, onReload }: PriceFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<PriceFormValues>(() => (editing ? priceFormOf(editing) : emptyPriceForm(new Date().getFullYear())));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const set = <Key extends keyof PriceFormValues>(key: Key) => (value: PriceFormValues[Key]) => setValues((current) => ({ ...current, [key]: value }));

  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);

  const fields = {
    code: { id: "price-code", label: t("prices.fields.code") },
    label: { id: "price-label", label: t("prices.fields.label") },
    unit: { id: "price-unit", label: t("prices.fields.unit") },
    priceCents: { id: "price-price", label: t("prices.fields.priceInput") },
    priceYear: { id: "price-year", label: t("prices.fields.priceYear") },
    payer: { id: "price-payer", label: t("prices.fields.payer") },
    source: { id: "price-source", label: t("prices.fields.source") },
    confidence: { id: "price-confidence", label: t("prices.fields.confidence") },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const { input, unreadable } = priceInputOf(values);
    try {
      const saved = editing ? await updatePrice(api, editing.id, { ...input, version: editing.version }) : await createPrice(api, input);
      showStatus(t(editing ? "prices.form.updated" : "prices.form.added", { code: saved.code }));
      if (!editing) setValues(emptyPriceForm(new Date().getFullYear()));
      onSaved(saved);
    } catch (error) {
      let failed = formFailureOf(error);
      if (unreadable.includes("priceCents")) failed = withFieldMessage(failed, "priceCents", t("prices.form.priceUnreadable"));
      if (unreadable.includes("priceYear")) failed = withFieldMessage(failed, "priceYear", t("prices.form.yearUnreadable"));
      setFailure(failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form bw-section" noValidate onSubmit={submit} aria-labelledby="price-form-heading">
      <Heading level={2} id="price-form-heading" ref={heading} tabIndex={-1}>
        {editing ? t("prices.form.editTitle", { code: editing.code }) : t("prices.form.newTitle")}
      </Heading>
      <FormFailureAlert
        failure={failure}
        fields={fields}
        onReload={() => {
          setFailure(null);
          onReload();
        }}
      />
      <TextField {...fields.code} autoComplete="off" value={values.code} onChange={set("code")} error={errors.code} description={t("prices.form.codeHint")} />
      <TextField {...fields.label} autoComplete="off" value={values.label} onChange={set("label")} error={errors.label} />
      <TextField {...fields.unit} autoComplete="off" value={values.unit} onChange={set("unit")} error={errors.unit} description={t("prices.form.unitHint")} />
      <TextField
        {...fields.priceCents}
        className="bw-number-field"
        inputMode="decimal"
        autoComplete="off"
        value={values.price}
        onChange={set("price")}
        error={errors.priceCents}
        description={t("prices.form.priceHint")}
      />
      <TextField {...fields.priceYear} className="bw-number-field" inputMode="numeric" autoComplete="off" value={values.priceYear} onChange={set("priceYear")} error={errors.priceYear} />
      <SelectField
        {...fields.payer}
        value={values.payer}
        options={PAYER_VALUES.map((value) => ({ value, label: t(`scenarios.payers.${value}`) }))}
        placeholder={t("prices.form.choosePayer")}
        onChange={set("payer")}
        error={errors.payer}
      />
      <TextField {...fields.source} autoComplete="off" value={values.source} onChange={set("source")} error={errors.source} />
      <SelectField
        {...fields.confidence}
        value={values.confidence}
        options={CONFIDENCE_VALUES.map((value) => ({ value: String(value), label: t(`prices.confidence.${value}`) }))}
        placeholder={t("prices.form.chooseConfidence")}
        onChange={set("confidence")}
        error={errors.confidence}
      />
      <Checkbox id="price-example" label={t("prices.form.isExample")} checked={values.isExample} onChange={set("isExample")} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {editing ? t("prices.form.saveChange") : t("prices.form.add")}
        </Button>
        {editing && <Button onClick={onCancel}>{t("common.cancel")}</Button>}
      </ButtonGroup>
    </form>
  );
};
