import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldMessages, type FormFailure } from "../api/form-failure";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { TextAreaField } from "../ui/TextAreaField";
import { TextField } from "../ui/TextField";

export interface SaveVersionFormProps {
  nextVersion: number;
  dirty: boolean;
  /** The model passes the engine's checks; otherwise saving is refused with a pointer to the problems. */
  valid: boolean;
  errorCount: number;
  busy: boolean;
  failure: FormFailure | null;
  onSave: (label: string, note: string | null) => void;
  onDiscard: () => void;
  onReload: () => void;
}

/** "Opslaan als nieuwe versie": a label (ex-ante v2, ex-post …) and a note on what changed. */
export const SaveVersionForm = ({ nextVersion, dirty, valid, errorCount, busy, failure, onSave, onDiscard, onReload }: SaveVersionFormProps) => {
  const { t } = useTranslation();
  const [label, setLabel] = useState(`ex-ante v${nextVersion}`);
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [labelError, setLabelError] = useState<string | undefined>();
  // After a save the form stays (focus stays on its button) and proposes the next version's name.
  useEffect(() => {
    setLabel(`ex-ante v${nextVersion}`);
    setNote("");
  }, [nextVersion]);
  const errors = fieldMessages(failure);
  const fields = { label: { id: "mkba-save-label", label: t("mkba.save.label") }, note: { id: "mkba-save-note", label: t("mkba.save.note") } };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() === "") {
      setLabelError(t("mkba.save.labelMissing"));
      document.getElementById(fields.label.id)?.focus();
      return;
    }
    if (!valid) {
      document.getElementById("mkba-problems")?.focus();
      return;
    }
    onSave(label.trim(), note.trim() === "" ? null : note.trim());
  };

  return (
    <form className="utrecht-form bw-form bw-section" noValidate onSubmit={submit} aria-labelledby="mkba-save-heading">
      <Heading level={3} id="mkba-save-heading">
        {t("mkba.save.title")}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={onReload} />
      {!valid && <p className="utrecht-paragraph">{t("mkba.save.invalid", { count: errorCount })}</p>}
      {!dirty && <p className="utrecht-paragraph">{t("mkba.save.unchanged")}</p>}
      <TextField
        {...fields.label}
        value={label}
        autoComplete="off"
        description={t("mkba.save.labelHint")}
        error={labelError ?? errors.label}
        onChange={(next) => {
          setLabel(next);
          setLabelError(undefined);
        }}
      />
      <TextAreaField {...fields.note} value={note} error={errors.note} onChange={setNote} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={!dirty}>
          {t("mkba.save.submit")}
        </Button>
        <Button disabled={!dirty || busy} onClick={() => setConfirming(true)}>
          {t("mkba.save.discard")}
        </Button>
      </ButtonGroup>
      {confirming && (
        <ConfirmDialog
          title={t("mkba.save.discardTitle")}
          confirmLabel={t("mkba.save.discardConfirm")}
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onDiscard();
          }}
        >
          <p className="utrecht-paragraph">{t("mkba.save.discardBody")}</p>
        </ConfirmDialog>
      )}
    </form>
  );
};
