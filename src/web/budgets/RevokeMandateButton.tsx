import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Mandate, Pot } from "../../domain/budgets/dto";
import { useApi } from "../api/api-context";
import { revokeMandate } from "../api/budgets";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Paragraph } from "../ui/Paragraph";

/** "Intrekken", after a confirmation: the holder decides no more on this pot. */
export const RevokeMandateButton = ({ pot, mandate, onRevoked }: { pot: Pot; mandate: Mandate; onRevoked: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const revoke = async () => {
    setBusy(true);
    try {
      await revokeMandate(api, pot.id, mandate.userId);
      showStatus(t("budgets.mandates.revoked", { name: mandate.userName, pot: pot.name }));
      setAsking(false);
      onRevoked();
    } catch (failure) {
      setError(failure);
      setAsking(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {error !== null && <ErrorAlert error={error} />}
      <Button appearance="subtle" onClick={() => setAsking(true)}>
        {t("budgets.mandates.revoke")}
        <span className="bw-visually-hidden"> {mandate.userName}</span>
      </Button>
      {asking && (
        <ConfirmDialog title={t("budgets.mandates.revokeTitle", { name: mandate.userName })} confirmLabel={t("budgets.mandates.revoke")} danger busy={busy} onConfirm={revoke} onCancel={() => setAsking(false)}>
          <Paragraph>{t("budgets.mandates.revokeText", { name: mandate.userName, pot: pot.name })}</Paragraph>
        </ConfirmDialog>
      )}
    </>
  );
};
