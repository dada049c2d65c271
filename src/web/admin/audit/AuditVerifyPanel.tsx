import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditVerifyResult } from "../../../domain/audit/dto";
import { useApi } from "../../api/api-context";
import { verifyAuditChain } from "../../api/audit";
import { Alert } from "../../ui/Alert";
import { Button } from "../../ui/Button";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { Heading } from "../../ui/Heading";
import { Paragraph } from "../../ui/Paragraph";

/** "Keten controleren": recomputes the hash chain on the server and shows the verdict. */
export const AuditVerifyPanel = () => {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerifyResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const verify = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await verifyAuditChain(api));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="audit-verify-heading" className="bw-section">
      <Heading level={2} id="audit-verify-heading">
        {t("audit.verify.heading")}
      </Heading>
      <Paragraph>{t("audit.verify.intro")}</Paragraph>
      <Button appearance="primary" busy={busy} onClick={() => void verify()}>
        {t("audit.verify.action")}
      </Button>
      <div aria-live="polite" className="bw-verify-result">
        {result?.ok === true && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{t("audit.verify.ok", { count: result.checked })}</p>
          </Alert>
        )}
        {result?.ok === false && (
          <Alert type="error">
            <p className="utrecht-paragraph">
              {t("audit.verify.broken", {
                checked: result.checked,
                seq: result.firstBrokenSeq ?? t("audit.none"),
                reason: result.reason ?? t("audit.verify.noReason"),
              })}
            </p>
          </Alert>
        )}
      </div>
      {error !== null && <ErrorAlert error={error} />}
    </section>
  );
};
