import { useTranslation } from "react-i18next";
import { Checkbox } from "../ui/Checkbox";
import { SelectField } from "../ui/SelectField";
import { TextAreaField } from "../ui/TextAreaField";
import { TextField } from "../ui/TextField";
import type { EditorPartProps } from "./editor-props";
import { errorAt, fieldId } from "./findings";
import { NumberField } from "./NumberField";

/** Name, kind, price year, horizon, discounting and the Monte Carlo settings of a model. */
export const GeneralFields = ({ draft, onChange, findings }: EditorPartProps) => {
  const { t } = useTranslation();
  const set = (change: Partial<typeof draft>) => onChange({ ...draft, ...change });
  const at = (path: string) => ({ id: fieldId(path), error: errorAt(findings, path, { below: true }) });
  const perYear = Array.isArray(draft.discountRate);
  return (
    <fieldset className="bw-fieldset bw-mkba-group">
      <legend className="utrecht-form-fieldset__legend">{t("mkba.editor.general")}</legend>
      <TextField {...at("name")} label={t("mkba.fields.name")} value={draft.name} autoComplete="off" onChange={(name) => set({ name })} />
      <TextAreaField {...at("description")} label={t("mkba.fields.description")} value={draft.description ?? ""} onChange={(text) => set({ description: text === "" ? undefined : text })} />
      <SelectField
        {...at("kind")}
        label={t("mkba.fields.kind")}
        value={draft.kind}
        options={[
          { value: "mkba", label: t("mkba.kinds.mkba") },
          { value: "businesscase", label: t("mkba.kinds.businesscase") },
        ]}
        onChange={(kind) => set({ kind: kind === "businesscase" ? "businesscase" : "mkba" })}
      />
      <NumberField {...at("priceYear")} label={t("mkba.fields.priceYear")} value={draft.priceYear} onChange={(priceYear) => set({ priceYear: priceYear ?? Number.NaN })} />
      <NumberField {...at("horizon")} label={t("mkba.fields.horizon")} description={t("mkba.editor.horizonHint")} value={draft.horizon} onChange={(horizon) => set({ horizon: horizon ?? Number.NaN })} />
      {perYear ? (
        <p className="utrecht-paragraph">{t("mkba.editor.discountPerYear")}</p>
      ) : (
        <NumberField
          {...at("discountRate")}
          label={t("mkba.fields.discountRate")}
          description={t("mkba.editor.discountRateHint")}
          optional
          value={draft.discountRate as number | undefined}
          onChange={(discountRate) => set({ discountRate })}
        />
      )}
      <Checkbox id={fieldId("firstYearDiscounted")} label={t("mkba.fields.firstYearDiscounted")} checked={draft.firstYearDiscounted ?? false} onChange={(on) => set({ firstYearDiscounted: on })} />
      <Checkbox
        id={fieldId("monteCarlo")}
        label={t("mkba.fields.monteCarlo")}
        checked={draft.monteCarlo !== undefined}
        onChange={(on) => set({ monteCarlo: on ? { draws: 2000, seed: 1 } : undefined })}
      />
      {draft.monteCarlo && (
        <>
          <NumberField {...at("monteCarlo.draws")} label={t("mkba.fields.draws")} value={draft.monteCarlo.draws} onChange={(draws) => set({ monteCarlo: { ...draft.monteCarlo!, draws: draws ?? Number.NaN } })} />
          <NumberField {...at("monteCarlo.seed")} label={t("mkba.fields.seed")} value={draft.monteCarlo.seed} onChange={(seed) => set({ monteCarlo: { ...draft.monteCarlo!, seed: seed ?? Number.NaN } })} />
        </>
      )}
    </fieldset>
  );
};
