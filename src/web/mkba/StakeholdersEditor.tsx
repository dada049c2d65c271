import { useTranslation } from "react-i18next";
import { Button } from "../ui/Button";
import { TextField } from "../ui/TextField";
import type { EditorPartProps } from "./editor-props";
import { errorAt, fieldId } from "./findings";
import { freeName, removeAt, replaceAt } from "./model-draft";
import { useListKeys } from "./use-list-keys";

/** Who pays or benefits: id (used by the lines), name and an optional type. */
export const StakeholdersEditor = ({ draft, onChange, findings }: EditorPartProps) => {
  const { t } = useTranslation();
  const list = draft.stakeholders;
  const listKeys = useListKeys();
  const keys = listKeys.keysFor(list.length);
  const at = (path: string) => ({ id: fieldId(path), error: errorAt(findings, path) });
  return (
    <fieldset className="bw-fieldset bw-mkba-group">
      <legend className="utrecht-form-fieldset__legend">{t("mkba.editor.stakeholders")}</legend>
      {list.map((stakeholder, i) => {
        const set = (change: Partial<typeof stakeholder>) => onChange({ ...draft, stakeholders: replaceAt(list, i, { ...stakeholder, ...change }) });
        return (
          <fieldset key={keys[i]} className="bw-fieldset bw-mkba-item">
            <legend className="utrecht-form-fieldset__legend">{t("mkba.editor.stakeholder", { name: stakeholder.name || stakeholder.id })}</legend>
            <TextField {...at(`stakeholders[${i}].id`)} label={t("mkba.fields.id")} description={t("mkba.editor.idHint")} value={stakeholder.id} autoComplete="off" onChange={(id) => set({ id })} />
            <TextField {...at(`stakeholders[${i}].name`)} label={t("mkba.fields.name")} value={stakeholder.name} autoComplete="off" onChange={(name) => set({ name })} />
            <TextField {...at(`stakeholders[${i}].type`)} label={t("mkba.fields.stakeholderType")} value={stakeholder.type ?? ""} autoComplete="off" onChange={(type) => set({ type: type === "" ? undefined : type })} />
            <Button appearance="subtle" hint="danger" disabled={list.length <= 1} onClick={() => {
                listKeys.removed(i);
                onChange({ ...draft, stakeholders: removeAt(list, i) });
              }}>
              {t("mkba.editor.removeStakeholder", { name: stakeholder.name || stakeholder.id })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        onClick={() => {
          const id = freeName("partij", list.map((s) => s.id));
          onChange({ ...draft, stakeholders: [...list, { id, name: t("mkba.editor.newStakeholderName") }] });
        }}
      >
        {t("mkba.editor.addStakeholder")}
      </Button>
    </fieldset>
  );
};
