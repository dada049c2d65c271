import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseLabel } from "../../../domain/case-facts/dto";
import { useApi } from "../../api/api-context";
import { updateCaseLabel } from "../../api/case-facts";
import { useShowStatus } from "../../app/status-context";
import { Button } from "../../ui/Button";
import { FormFailureAlert } from "../../ui/FormFailureAlert";
import { TextField } from "../../ui/TextField";
import { useAddForm } from "../../ui/use-add-form";

export interface RenameFormProps {
  label: CaseLabel;
  onSaved: (saved: CaseLabel) => void;
  onCancel: () => void;
  /** After a 409: fetch the list again and close the form (the user decides again on fresh data). */
  onReload: () => void;
}

/**
 * Inline rename in the label's own row. It sends the text and flag it was opened with, so a colleague's change
 * in the meantime answers 409 instead of being overwritten. Escape cancels.
 */
export const RenameForm = ({ label, onSaved, onCancel, onReload }: RenameFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [text, setText] = useState(label.label);
  const fields = { label: { id: `case-label-${label.id}-name`, label: t("businessCase.labelAdmin.renameField", { label: label.label }) } };
  const form = useAddForm(async () => {
    const saved = await updateCaseLabel(api, label.id, { expected: { label: label.label, active: label.active }, label: text });
    showStatus(t("businessCase.labelAdmin.renamed", { from: label.label, to: saved.label }));
    onSaved(saved);
  });
  return (
    <form
      noValidate
      onSubmit={form.submit}
      aria-label={t("businessCase.labelAdmin.renameForm", { label: label.label })}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <FormFailureAlert failure={form.failure} fields={fields} onReload={onReload} />
      <div className="bw-inline-search">
        <TextField {...fields.label} ref={form.firstField} value={text} onChange={setText} error={form.errors.label} autoComplete="off" />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {t("businessCase.labelAdmin.save")}
        </Button>
        <Button appearance="secondary" onClick={onCancel}>
          {t("businessCase.labelAdmin.cancel")}
        </Button>
      </div>
    </form>
  );
};
