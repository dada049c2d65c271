import { useTranslation } from "react-i18next";
import type { PriceItem } from "../../domain/prices/dto";
import { Button } from "../ui/Button";
import { TextField } from "../ui/TextField";
import type { EditorPartProps } from "./editor-props";
import { errorAt, fieldId, warningAt } from "./findings";
import { LinkFields } from "./LinkFields";
import { freeName, parameterEntries, renameParameter, withoutParameter, withParameter } from "./model-draft";
import { NumberField } from "./NumberField";
import { ParameterNameField } from "./ParameterNameField";
import { UncertaintyFields } from "./UncertaintyFields";
import { useListKeys } from "./use-list-keys";

/** The named inputs: base value, unit, source, uncertainty and where the value can be observed (link). */
export const ParametersEditor = ({ draft, onChange, findings, priceItems }: EditorPartProps & { priceItems: readonly PriceItem[] }) => {
  const { t } = useTranslation();
  const entries = parameterEntries(draft);
  const names = new Set(entries.map(([name]) => name));
  const listKeys = useListKeys();
  const keys = listKeys.keysFor(entries.length);
  return (
    <fieldset className="bw-fieldset bw-mkba-group">
      <legend className="utrecht-form-fieldset__legend">{t("mkba.editor.parameters")}</legend>
      {entries.length === 0 && <p className="utrecht-paragraph">{t("mkba.editor.noParameters")}</p>}
      {entries.map(([name, parameter], i) => {
        const path = `parameters.${name}`;
        const set = (change: Partial<typeof parameter>) => onChange(withParameter(draft, name, { ...parameter, ...change }));
        return (
          <fieldset key={keys[i]} className="bw-fieldset bw-mkba-item">
            <legend className="utrecht-form-fieldset__legend">{t("mkba.editor.parameter", { name })}</legend>
            <ParameterNameField
              id={fieldId(`parameterName-${i}`)}
              label={t("mkba.fields.parameterName")}
              name={name}
              taken={names}
              error={errorAt(findings, path)}
              onRename={(to) => onChange(renameParameter(draft, name, to))}
            />
            <NumberField id={fieldId(`${path}.value`)} label={t("mkba.fields.value")} value={parameter.value} error={errorAt(findings, `${path}.value`)} description={warningAt(findings, `${path}.uncertainty`)} onChange={(value) => set({ value: value ?? Number.NaN })} />
            <TextField id={fieldId(`${path}.unit`)} label={t("mkba.fields.unit")} value={parameter.unit ?? ""} autoComplete="off" onChange={(unit) => set({ unit: unit === "" ? undefined : unit })} />
            <TextField id={fieldId(`${path}.source`)} label={t("mkba.fields.source")} value={parameter.source ?? ""} autoComplete="off" onChange={(source) => set({ source: source === "" ? undefined : source })} />
            <UncertaintyFields path={path} value={parameter.value} uncertainty={parameter.uncertainty} findings={findings} onChange={(uncertainty) => set({ uncertainty })} />
            <LinkFields path={path} link={parameter.link} findings={findings} priceItems={priceItems} priceYear={draft.priceYear} onChange={(link) => set({ link })} />
            <Button appearance="subtle" hint="danger" onClick={() => {
                listKeys.removed(i);
                onChange(withoutParameter(draft, name));
              }}>
              {t("mkba.editor.removeParameter", { name })}
            </Button>
          </fieldset>
        );
      })}
      <Button onClick={() => onChange(withParameter(draft, freeName("parameter", names), { value: 0, source: t("mkba.editor.newParameterSource") }))}>{t("mkba.editor.addParameter")}</Button>
    </fieldset>
  );
};
