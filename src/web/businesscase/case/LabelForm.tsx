import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AddLabel, type CaseLabel, LABEL_KINDS, type LabelKind } from "../../../domain/case-facts/dto";
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
  const api = useApi();
  const [open, setOpen] = useState(false);
  return (
    <div className="bw-subsection">
      <DisclosureButton label={t("businessCase.caseFacts.addLabel")} open={open} onOpenChange={setOpen} controls="case-facts-label-form">
        <LabelFields
          add={(input) => addCaseLabel(api, input)}
          autoFocus
          onAdded={(label) => {
            setOpen(false);
            onAdded(label);
          }}
        />
      </DisclosureButton>
    </div>
  );
};

export interface LabelFieldsProps {
  /** The call that adds it: the case page's (cases:use) or the management page's (caselabels:manage). */
  add: (input: AddLabel) => Promise<CaseLabel>;
  onAdded: (label: CaseLabel) => void;
  /** Focus the text field on mount: right for a form just opened, wrong for one that is part of a page. */
  autoFocus?: boolean;
  /** Id prefix, so two forms on one page would not clash. */
  idPrefix?: string;
}

/** The text and kind of a new label, with the server's message at the field (also "already in the list"). */
export const LabelFields = ({ add, onAdded, autoFocus = false, idPrefix = "case-label" }: LabelFieldsProps) => {
  const { t } = useTranslation();
  const showStatus = useShowStatus();
  const [kind, setKind] = useState<LabelKind>("success_factor");
  const [label, setLabel] = useState("");
  const fields = {
    label: { id: `${idPrefix}-text`, label: t("businessCase.caseFacts.labelText") },
    kind: { id: `${idPrefix}-kind`, label: t("businessCase.caseFacts.labelKind") },
  };
  const form = useAddForm(async () => {
    const added = await add({ kind, label });
    showStatus(t("businessCase.caseFacts.labelAdded", { label: added.label }));
    onAdded(added);
  });
  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={form.submit} aria-label={t("businessCase.caseFacts.addLabel")}>
      <FormFailureAlert failure={form.failure} fields={fields} onReload={form.clearFailure} />
      <TextField {...fields.label} ref={autoFocus ? form.firstField : undefined} value={label} onChange={setLabel} error={form.errors.label} autoComplete="off" />
      <SelectField {...fields.kind} value={kind} options={LABEL_KINDS.map((k) => ({ value: k, label: t(`businessCase.labelKinds.${k}`) }))} onChange={(v) => setKind(v as LabelKind)} error={form.errors.kind} />
      <Button type="submit" appearance="secondary" busy={form.busy}>
        {t("businessCase.caseFacts.addLabelSubmit")}
      </Button>
    </form>
  );
};
