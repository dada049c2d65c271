import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Resource, ResourceKind } from "../../domain/plans/dto";
import type { PriceItem } from "../../domain/prices/dto";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { addResource } from "../api/plans";
import { useShowStatus } from "../app/status-context";
import { useCaseOptions } from "../cases/use-case-options";
import { formatCents, parseDecimal, parseDutchDate, parseEuroCents } from "../format";
import { Button } from "../ui/Button";
import { DateField } from "../ui/DateField";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";
import { RadioGroup } from "../ui/RadioGroup";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";

export const priceOptionLabel = (item: PriceItem) => `${item.label} (${formatCents(item.priceCents)} / ${item.unit})`;

export interface ResourceFormProps {
  caseId: string;
  prices: readonly PriceItem[];
  onAdded: (resource: Resource) => void;
}

/**
 * "Hulpbron toevoegen": what helps, lightest first. Maatwerk takes a product from the price list
 * and a volume (the amount follows); other resources may carry an amount and a period.
 */
export const ResourceForm = ({ caseId, prices, onAdded }: ResourceFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const { resourceKinds } = useCaseOptions();
  const [kind, setKind] = useState<ResourceKind | "">("");
  const [description, setDescription] = useState("");
  const [provider, setProvider] = useState("");
  const [priceItemId, setPriceItemId] = useState("");
  const [quantity, setQuantity] = useState("");
  const [amount, setAmount] = useState("");
  const [startsOn, setStartsOn] = useState("");
  const [endsOn, setEndsOn] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const customised = kind === "maatwerkvoorziening";
  const product = prices.find((item) => item.id === priceItemId);
  const volume = parseDecimal(quantity);

  const fields = {
    kind: { id: "resource-kind", label: t("plans.resources.kind") },
    description: { id: "resource-description", label: t("plans.resources.description") },
    provider: { id: "resource-provider", label: t("plans.resources.provider") },
    ...(customised
      ? {
          priceItemId: { id: "resource-product", label: t("plans.resources.product") },
          quantity: { id: "resource-quantity", label: t("plans.resources.quantity") },
        }
      : { amountCents: { id: "resource-amount", label: t("plans.resources.amount") } }),
    startsOn: { id: "resource-starts-on", label: t("plans.resources.startsOn") },
    endsOn: { id: "resource-ends-on", label: t("plans.resources.endsOn") },
  };

  const reset = () => {
    setKind("");
    setDescription("");
    setProvider("");
    setPriceItemId("");
    setQuantity("");
    setAmount("");
    setStartsOn("");
    setEndsOn("");
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const optionalDate = (text: string) => (text.trim() === "" ? null : (parseDutchDate(text) ?? text));
    const cents = amount.trim() === "" ? null : parseEuroCents(amount);
    try {
      const resource = await addResource(api, caseId, {
        kind: kind as ResourceKind,
        description,
        provider: provider.trim() === "" ? null : provider,
        priceItemId: customised && priceItemId ? priceItemId : null,
        quantity: customised && quantity.trim() !== "" ? (volume ?? (quantity as unknown as number)) : null,
        amountCents: customised || amount.trim() === "" ? null : (cents ?? (amount as unknown as number)),
        startsOn: optionalDate(startsOn),
        endsOn: optionalDate(endsOn),
      });
      showStatus(t("plans.resources.added", { description: resource.description }));
      reset();
      onAdded(resource);
    } catch (error) {
      let failed = formFailureOf(error);
      if (customised && quantity.trim() !== "" && volume === null) failed = withFieldMessage(failed, "quantity", t("plans.number"));
      if (!customised && amount.trim() !== "" && cents === null) failed = withFieldMessage(failed, "amountCents", t("plans.amountInvalid"));
      for (const [name, text] of [
        ["startsOn", startsOn],
        ["endsOn", endsOn],
      ] as const) {
        if (text.trim() !== "" && parseDutchDate(text) === null) failed = withFieldMessage(failed, name, t("common.dateInvalid"));
      }
      setFailure(failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="resource-form-heading">
      <Heading level={3} id="resource-form-heading">
        {t("plans.resources.new")}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
      <RadioGroup<ResourceKind>
        id={fields.kind.id}
        legend={fields.kind.label}
        options={resourceKinds}
        value={kind}
        onChange={setKind}
        error={errors.kind}
      />
      <TextField {...fields.description} value={description} onChange={setDescription} autoComplete="off" error={errors.description} />
      <TextField {...fields.provider} value={provider} onChange={setProvider} autoComplete="off" error={errors.provider} />
      {customised ? (
        <>
          <SelectField
            id="resource-product"
            label={t("plans.resources.product")}
            value={priceItemId}
            options={prices.map((item) => ({ value: item.id, label: priceOptionLabel(item) }))}
            placeholder={t("plans.resources.chooseProduct")}
            onChange={setPriceItemId}
            error={errors.priceItemId}
          />
          <TextField
            id="resource-quantity"
            className="bw-number-field"
            label={t("plans.resources.quantity")}
            description={product ? t("plans.resources.quantityHint", { unit: product.unit }) : undefined}
            inputMode="decimal"
            autoComplete="off"
            value={quantity}
            onChange={setQuantity}
            error={errors.quantity}
          />
          {product && volume !== null && volume > 0 && (
            <Paragraph aria-live="polite">
              {t("plans.resources.amountPreview", { amount: formatCents(Math.round(product.priceCents * volume)) })}
            </Paragraph>
          )}
        </>
      ) : (
        <TextField
          id="resource-amount"
          className="bw-number-field"
          label={t("plans.resources.amount")}
          description={t("plans.resources.amountHint")}
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={setAmount}
          error={errors.amountCents}
        />
      )}
      <DateField {...fields.startsOn} value={startsOn} onChange={setStartsOn} error={errors.startsOn} />
      <DateField {...fields.endsOn} value={endsOn} onChange={setEndsOn} error={errors.endsOn} />
      <div>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("plans.resources.submit")}
        </Button>
      </div>
    </form>
  );
};
