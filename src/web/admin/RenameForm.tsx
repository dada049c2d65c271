import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type FormFailure, fieldMessages, formFailureOf } from "../api/form-failure";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { TextField } from "../ui/TextField";

export interface RenameFormProps {
  id: string;
  /** The field label, naming what is renamed: "Nieuwe naam voor Wijkteam Noord". */
  label: string;
  initialName: string;
  onSave: (name: string) => Promise<void>;
  onCancel: () => void;
  /** Fetch the current data again after a version conflict. */
  onReload: () => void;
}

/** An inline form to rename a team or organisation; the field takes focus when it opens. */
export const RenameForm = ({ id, label, initialName, onSave, onCancel, onReload }: RenameFormProps) => {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await onSave(name);
    } catch (error) {
      setFailure(formFailureOf(error));
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-rename-form" noValidate onSubmit={submit}>
      <FormFailureAlert failure={failure} fields={{ name: { id, label } }} onReload={onReload} />
      <TextField
        ref={inputRef}
        id={id}
        label={label}
        value={name}
        onChange={setName}
        autoComplete="off"
        error={fieldMessages(failure).name}
        onKeyDown={(event) => {
          if (event.key === "Escape") onCancel();
        }}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("common.save")}
        </Button>
        <Button onClick={onCancel}>{t("common.cancel")}</Button>
      </ButtonGroup>
    </form>
  );
};
