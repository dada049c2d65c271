import { useTranslation } from "react-i18next";
import { Button } from "../ui/Button";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";
import type { EditorPartProps } from "./editor-props";
import { ExpressionField } from "./ExpressionField";
import { errorAt, fieldId, type FindingsByPath, warningAt } from "./findings";
import { type DraftBenefit, type DraftCost, freeName, parameterEntries, removeAt, replaceAt } from "./model-draft";
import { NumberField } from "./NumberField";
import { useListKeys } from "./use-list-keys";
import { YearsField } from "./YearsField";

const FRACTIONS = ["deadweight", "displacement", "attribution", "dropOff", "optimismBias"] as const;

const useLineParts = (draft: EditorPartProps["draft"], findings: FindingsByPath) => {
  const { t } = useTranslation();
  const stakeholderOptions = draft.stakeholders.map((s) => ({ value: s.id, label: s.name || s.id }));
  const parameters = new Set(parameterEntries(draft).map(([name]) => name));
  const at = (path: string) => ({ id: fieldId(path), error: errorAt(findings, path, { below: true }) });
  return { t, stakeholderOptions, parameters, at };
};

/** Cost lines: who bears them, the amount per year (a number or expression), the years and optimism bias. */
export const CostsEditor = ({ draft, onChange, findings }: EditorPartProps) => {
  const { t, stakeholderOptions, parameters, at } = useLineParts(draft, findings);
  const costs = draft.costs ?? [];
  const listKeys = useListKeys();
  const keys = listKeys.keysFor(costs.length);
  return (
    <fieldset className="bw-fieldset bw-mkba-group">
      <legend className="utrecht-form-fieldset__legend">{t("mkba.editor.costs")}</legend>
      {costs.length === 0 && <p className="utrecht-paragraph">{warningAt(findings, "costs") ?? t("mkba.editor.noCosts")}</p>}
      {costs.map((cost, i) => {
        const path = `costs[${i}]`;
        const set = (change: Partial<DraftCost>) => onChange({ ...draft, costs: replaceAt(costs, i, { ...cost, ...change }) });
        return (
          <fieldset key={keys[i]} className="bw-fieldset bw-mkba-item">
            <legend className="utrecht-form-fieldset__legend">{t("mkba.editor.cost", { label: cost.label || cost.id })}</legend>
            <TextField {...at(`${path}.id`)} label={t("mkba.fields.id")} value={cost.id} autoComplete="off" onChange={(id) => set({ id })} />
            <TextField {...at(`${path}.label`)} label={t("mkba.fields.label")} value={cost.label} autoComplete="off" onChange={(label) => set({ label })} />
            <SelectField {...at(`${path}.stakeholder`)} label={t("mkba.fields.payer")} value={cost.stakeholder} options={stakeholderOptions} onChange={(stakeholder) => set({ stakeholder })} />
            <ExpressionField id={fieldId(`${path}.amount`)} label={t("mkba.fields.amount")} value={cost.amount} parameters={parameters} error={errorAt(findings, `${path}.amount`) ?? errorAt(findings, path)} onChange={(amount) => set({ amount })} />
            <YearsField {...at(`${path}.years`)} label={t("mkba.fields.years")} value={cost.years} onChange={(years) => set({ years })} />
            <NumberField {...at(`${path}.optimismBias`)} label={t("mkba.fields.optimismBias")} description={t("mkba.editor.fractionHint")} optional value={cost.optimismBias} onChange={(optimismBias) => set({ optimismBias })} />
            <Button appearance="subtle" hint="danger" onClick={() => {
                listKeys.removed(i);
                onChange({ ...draft, costs: removeAt(costs, i) });
              }}>
              {t("mkba.editor.removeLine", { label: cost.label || cost.id })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        onClick={() =>
          onChange({
            ...draft,
            costs: [...costs, { id: freeName("kosten", costs.map((c) => c.id)), label: t("mkba.editor.newCostLabel"), stakeholder: draft.stakeholders[0]?.id ?? "", amount: 0, years: [0] }],
          })
        }
      >
        {t("mkba.editor.addCost")}
      </Button>
    </fieldset>
  );
};

/** Benefit lines with every engine field: category, quantity × unit value, years, and the SROI corrections. */
export const BenefitsEditor = ({ draft, onChange, findings }: EditorPartProps) => {
  const { t, stakeholderOptions, parameters, at } = useLineParts(draft, findings);
  const benefits = draft.benefits ?? [];
  const listKeys = useListKeys();
  const keys = listKeys.keysFor(benefits.length);
  return (
    <fieldset className="bw-fieldset bw-mkba-group">
      <legend className="utrecht-form-fieldset__legend">{t("mkba.editor.benefits")}</legend>
      {benefits.length === 0 && <p className="utrecht-paragraph">{t("mkba.editor.noBenefits")}</p>}
      {benefits.map((benefit, i) => {
        const path = `benefits[${i}]`;
        const set = (change: Partial<DraftBenefit>) => onChange({ ...draft, benefits: replaceAt(benefits, i, { ...benefit, ...change }) });
        return (
          <fieldset key={keys[i]} className="bw-fieldset bw-mkba-item">
            <legend className="utrecht-form-fieldset__legend">{t("mkba.editor.benefit", { label: benefit.label || benefit.id })}</legend>
            <TextField {...at(`${path}.id`)} label={t("mkba.fields.id")} value={benefit.id} autoComplete="off" onChange={(id) => set({ id })} />
            <TextField {...at(`${path}.label`)} label={t("mkba.fields.label")} value={benefit.label} autoComplete="off" onChange={(label) => set({ label })} />
            <SelectField {...at(`${path}.stakeholder`)} label={t("mkba.fields.beneficiary")} value={benefit.stakeholder} options={stakeholderOptions} onChange={(stakeholder) => set({ stakeholder })} />
            <SelectField
              {...at(`${path}.category`)}
              label={t("mkba.fields.category")}
              value={benefit.category}
              options={[
                { value: "financial", label: t("mkba.categories.financial") },
                { value: "immaterial", label: t("mkba.categories.immaterial") },
              ]}
              onChange={(category) => set({ category: category === "immaterial" ? "immaterial" : "financial" })}
            />
            <ExpressionField id={fieldId(`${path}.quantity`)} label={t("mkba.fields.quantity")} value={benefit.quantity} parameters={parameters} error={errorAt(findings, `${path}.quantity`) ?? errorAt(findings, path)} onChange={(quantity) => set({ quantity })} />
            <ExpressionField id={fieldId(`${path}.unitValue`)} label={t("mkba.fields.unitValue")} value={benefit.unitValue} parameters={parameters} error={errorAt(findings, `${path}.unitValue`)} onChange={(unitValue) => set({ unitValue })} />
            <NumberField {...at(`${path}.startYear`)} label={t("mkba.fields.startYear")} optional value={benefit.startYear} onChange={(startYear) => set({ startYear })} />
            <NumberField
              {...at(`${path}.duration`)}
              label={t("mkba.fields.duration")}
              description={warningAt(findings, `${path}.duration`) ?? t("mkba.editor.durationHint")}
              optional
              value={benefit.duration}
              onChange={(duration) => set({ duration })}
            />
            {FRACTIONS.map((field) => (
              <NumberField
                key={field}
                {...at(`${path}.${field}`)}
                label={t(`mkba.fields.${field}`)}
                description={t("mkba.editor.fractionHint")}
                optional
                value={benefit[field]}
                onChange={(value) => set({ [field]: value })}
              />
            ))}
            <Button appearance="subtle" hint="danger" onClick={() => {
                listKeys.removed(i);
                onChange({ ...draft, benefits: removeAt(benefits, i) });
              }}>
              {t("mkba.editor.removeLine", { label: benefit.label || benefit.id })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        onClick={() =>
          onChange({
            ...draft,
            benefits: [
              ...benefits,
              { id: freeName("baat", benefits.map((b) => b.id)), label: t("mkba.editor.newBenefitLabel"), stakeholder: draft.stakeholders[0]?.id ?? "", category: "financial", quantity: 1, unitValue: 0 },
            ],
          })
        }
      >
        {t("mkba.editor.addBenefit")}
      </Button>
    </fieldset>
  );
};
