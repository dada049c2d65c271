import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type CaseLabel, LABEL_KINDS, type LabelKind } from "../../../domain/case-facts/dto";
import { useApi } from "../../api/api-context";
import { addCaseLabel } from "../../api/case-facts";
import { useShowStatus } from "../../app/status-context";
import { Button } from "../../ui/Button";
import { DisclosureButton } from "../../ui/DisclosureButton";
import { FormFailureAlert } from "../../ui/FormFailureAlert";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useAddForm } from "../../ui/use-add-form";

/** A word the tenant's list misses ("Buurtcoach betrokken"): added for every case, behind a disclosure. */
export const LabelForm = ({ onAdded }: { onAdded: (label: CaseLabel) => void }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="bw-subsection">
      <DisclosureButton label={t("businessCase.caseFacts.addLabel")} open={open} onOpenChange={setOpen} controls="case-facts-label-form">
        <LabelFields
          onAdded={(label) => {
            setOpen(false);
            onAdded(label);
          }}
        />
      </DisclosureButton>
    </div>
  );
};

const LabelFields = ({ onAdded }: { onAdded: (label: CaseLabel) => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [kind, setKind] = useState<LabelKind>("success_factor");
  const [label, setLabel] = useState("");
  const fields = {
    label: { id: "case-label-text", label: t("businessCase.caseFacts.labelText") },
    kind: { id: "case-label-kind", label: t("businessCase.caseFacts.labelKind") },
  };
  const form = useAddForm(async () => {
    const added = await addCaseLabel(api, { kind, label });
    showStatus(t("businessCase.caseFacts.labelAdded", { label: added.label }));
    onAdded(added);
  });
  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={form.submit} aria-label={t("businessCase.caseFacts.addLabel")}>
      <FormFailureAlert failure={form.failure} fields={fields} onReload={form.clearFailure} />
      <TextField {...fields.label} ref={form.firstField} value={label} onChange={setLabel} error={form.errors.label} autoComplete="off" />
      <SelectField {...fields.kind} value={kind} options={LABEL_KINDS.map((k) => ({ value: k, label: t(`businessCase.labelKinds.${k}`) }))} onChange={(v) => setKind(v as LabelKind)} error={form.errors.kind} />
      <Button type="submit" appearance="secondary" busy={form.busy}>
        {t("businessCase.caseFacts.addLabelSubmit")}
      </Button>
    </form>
  );
};
