import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../../../domain/accounts/dto";
import { setUserPassword } from "../../api/accounts";
import { useApi } from "../../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf } from "../../api/form-failure";
import { useShowStatus } from "../../app/status-context";
import { Button } from "../../ui/Button";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { FormFailureAlert } from "../../ui/FormFailureAlert";
import { Heading } from "../../ui/Heading";
import { Paragraph } from "../../ui/Paragraph";
import { TextField } from "../../ui/TextField";

/** Sets a new password for the user, after confirmation: the old one stops working at once. */
export const ResetPasswordSection = ({ user }: { user: User }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [password, setPassword] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const field = { id: "user-new-password", label: t("users.password.label") };

  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await setUserPassword(api, user.id, password);
      setPassword("");
      showStatus(t("users.password.done", { name: user.displayName }));
    } catch (error) {
      setFailure(formFailureOf(error));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setConfirming(true);
  };

  return (
    <section aria-labelledby="user-password-heading" className="bw-section">
      <Heading level={2} id="user-password-heading">
        {t("users.password.heading")}
      </Heading>
      <Paragraph>{t("users.password.intro")}</Paragraph>
      <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
        <FormFailureAlert failure={failure} fields={{ password: field }} onReload={() => setFailure(null)} />
        <TextField
          {...field}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          description={t("users.hints.password")}
          error={fieldMessages(failure).password}
        />
        <Button type="submit">{t("users.password.action")}</Button>
      </form>
      {confirming && (
        <ConfirmDialog
          title={t("users.password.confirmTitle", { name: user.displayName })}
          confirmLabel={t("users.password.confirm")}
          danger
          busy={busy}
          onConfirm={() => void save()}
          onCancel={() => setConfirming(false)}
        >
          <Paragraph>{t("users.password.confirmBody")}</Paragraph>
        </ConfirmDialog>
      )}
    </section>
  );
};
