import { type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./Button";
import { ButtonGroup } from "./ButtonGroup";

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** A destructive action: the confirm button is red and focus starts on "Annuleren". */
  danger?: boolean;
  busy?: boolean;
}

/**
 * A modal question before a destructive or irreversible action, on the native `<dialog>`:
 * focus is trapped inside, Escape cancels, and focus returns to the trigger afterwards.
 * Render it only while the question is open.
 */
export const ConfirmDialog = ({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  danger = false,
  busy = false,
}: ConfirmDialogProps) => {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="bw-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="utrecht-heading-2">
        {title}
      </h2>
      <div id={bodyId} className="bw-dialog__body">
        {children}
      </div>
      <ButtonGroup>
        <Button appearance="primary" hint={danger ? "danger" : undefined} busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button ref={cancelRef} appearance="secondary" disabled={busy} onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </ButtonGroup>
    </dialog>
  );
};
