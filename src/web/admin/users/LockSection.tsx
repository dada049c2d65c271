import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../../../domain/accounts/dto";
import { unlockUser } from "../../api/accounts";
import { useApi } from "../../api/api-context";
import { useShowStatus } from "../../app/status-context";
import { Button } from "../../ui/Button";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { Heading } from "../../ui/Heading";
import { Paragraph } from "../../ui/Paragraph";

/** Whether the account is locked after failed logins, and the way to unlock it. */
export const LockSection = ({ user, onChanged }: { user: User; onChanged: (user: User) => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const unlock = async () => {
    setBusy(true);
    setError(null);
    try {
      const updated = await unlockUser(api, user.id);
      onChanged(updated);
      showStatus(t("users.unlock.done", { name: updated.displayName }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="user-lock-heading" className="bw-section">
      <Heading level={2} id="user-lock-heading">
        {t("users.unlock.heading")}
      </Heading>
      {error !== null && <ErrorAlert error={error} />}
      {user.locked ? (
        <>
          <Paragraph>{t("users.unlock.locked")}</Paragraph>
          <Button appearance="primary" busy={busy} onClick={() => void unlock()}>
            {t("users.unlock.action")}
          </Button>
        </>
      ) : (
        <Paragraph>{t("users.unlock.notLocked")}</Paragraph>
      )}
    </section>
  );
};
