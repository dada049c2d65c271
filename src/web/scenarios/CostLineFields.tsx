import { useTranslation } from "react-i18next";
import type { Payer, PriceItem } from "../../domain/prices/dto";
import type { ScenarioKey } from "../../domain/scenarios/dto";
import { useCaseOptions } from "../cases/use-case-options";
import { priceOptionLabel } from "../plans/ResourceForm";
import { Button } from "../ui/Button";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";
import { type CostLineField, type CostLineForm, costLineFieldId } from "./scenario-form";

export interface CostLineFieldsProps {
  scenario: ScenarioKey;
  scenarioName: string;
  index: number;
  line: CostLineForm;
  prices: readonly PriceItem[];
  onChange: (line: CostLineForm) => void;
  onRemove: () => void;
  /** Messages by control id. */
  errors: Readonly<Record<string, string>>;
}

/**
 * One cost line: what it is, a price-list product or a free amount, quantity × periods, who pays
 * (a product brings its own payer) and the chance that it happens.
 */
export const CostLineFields = ({ scenario, scenarioName, index, line, prices, onChange, onRemove, errors }: CostLineFieldsProps) => {
  const { t } = useTranslation();
  const { payers } = useCaseOptions();
  const id = (field: CostLineField) => costLineFieldId(scenario, index, field);
  const set = (change: Partial<CostLineForm>) => onChange({ ...line, ...change });
  const product = prices.find((item) => item.id === line.priceItemId);
  const number = (field: "quantity" | "periods" | "probability", label: string) => (
    <TextField
      id={id(field)}
      className="bw-number-field"
      label={label}
      inputMode="decimal"
      autoComplete="off"
      value={line[field]}
      onChange={(value) => set({ [field]: value })}
      error={errors[id(field)]}
    />
  );
  const name = t("scenarios.lineName", { scenario: scenarioName, n: index + 1 });
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset bw-fieldset bw-cost-line">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">{name}</legend>
      <TextField
        id={id("label")}
        label={t("scenarios.fields.label")}
        value={line.label}
        onChange={(label) => set({ label })}
        autoComplete="off"
        error={errors[id("label")]}
      />
      <SelectField
        id={id("priceItemId")}
        label={t("scenarios.fields.product")}
        value={line.priceItemId}
        options={prices.map((item) => ({ value: item.id, label: priceOptionLabel(item) }))}
        placeholder={t("scenarios.freeAmount")}
        onChange={(priceItemId) => set({ priceItemId })}
        error={errors[id("priceItemId")]}
      />
      {product ? null : (
        <TextField
          id={id("unitPrice")}
          className="bw-number-field"
          label={t("scenarios.fields.unitPrice")}
          inputMode="decimal"
          autoComplete="off"
          value={line.unitPrice}
          onChange={(unitPrice) => set({ unitPrice })}
          error={errors[id("unitPrice")]}
        />
      )}
      {number("quantity", product ? t("scenarios.fields.quantityOf", { unit: product.unit }) : t("scenarios.fields.quantity"))}
      {number("periods", t("scenarios.fields.periods"))}
      <SelectField
        id={id("payer")}
        label={t("scenarios.fields.payer")}
        value={line.payer}
        options={payers}
        placeholder={product ? t("scenarios.payerOfProduct", { payer: t(`scenarios.payers.${product.payer}`) }) : t("scenarios.choosePayer")}
        onChange={(payer) => set({ payer: payer as Payer | "" })}
        error={errors[id("payer")]}
      />
      {number("probability", t("scenarios.fields.probability"))}
      <div>
        <Button appearance="subtle" onClick={onRemove}>
          {t("plans.remove")}
          <span className="bw-visually-hidden"> {name}</span>
        </Button>
      </div>
    </fieldset>
  );
};
