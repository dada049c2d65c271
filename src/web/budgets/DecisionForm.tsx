import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Mandate, RequestDetail } from "../../domain/budgets/dto";
import { useApi } from "../api/api-context";
import { decideRequest } from "../api/budgets";
import { type FormFailure, fieldMessages, formFailureOf } from "../api/form-failure";
import { useMe } from "../app/session-context";
import { useShowStatus } from "../app/status-context";
import { formatCents } from "../format";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";
import { RadioGroup } from "../ui/RadioGroup";
import { TextAreaField } from "../ui/TextAreaField";
import { decisionPreview } from "./budget-values";

type Decision = "approve" | "reject";

/**
 * "Besluiten": approve or reject under my mandate. Before deciding, the form says which mandate is
 * used and whether the amount is above it, so a second approver is needed after me.
 */
export const DecisionForm = ({ request, mandates, onDecided }: { request: RequestDetail; mandates: readonly Mandate[]; onDecided: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const showStatus = useShowStatus();
  const [decision, setDecision] = useState<Decision | "">("");
  const [reason, setReason] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const mandate = mandates.find((m) => m.userId === me.id) ?? null;
  const preview = decisionPreview(request, me.id, mandate);
  const fields = {
    decision: { id: "decision-choice", label: t("budgets.decision.choice") },
    reason: { id: "decision-reason", label: t("budgets.decision.reason") },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (decision === "") {
      setFailure({ kind: "fields", message: t("budgets.decision.chooseFirst"), fields: { decision: t("budgets.decision.chooseFirst") } });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const saved = await decideRequest(api, request.id, { version: request.version, decision, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      showStatus(t(`budgets.decision.done.${saved.status}`));
      onDecided();
    } catch (error) {
      setFailure(formFailureOf(error));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="decision-heading" className="bw-section">
      <Heading level={2} id="decision-heading">
        {t("budgets.decision.heading")}
      </Heading>
      {request.status === "awaiting_second" && (
        <Paragraph>{t("budgets.decision.awaitingSecond", { name: request.firstApproverName ?? "", limit: formatCents(request.firstMandate?.limitCents ?? 0) })}</Paragraph>
      )}
      {preview.kind === "refused" && <Alert type="info">{preview.reason}</Alert>}
      {(preview.kind === "approves" || preview.kind === "needs_second") && (
        <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="decision-heading">
          <Alert type={preview.kind === "needs_second" ? "warning" : "info"}>
            {t(preview.kind === "needs_second" ? "budgets.decision.needsSecond" : "budgets.decision.withinMandate", { limit: formatCents(preview.limitCents), amount: formatCents(request.amountCents) })}
          </Alert>
          <FormFailureAlert failure={failure} fields={fields} onReload={() => { setFailure(null); onDecided(); }} />
          <RadioGroup<Decision>
            id={fields.decision.id}
            legend={fields.decision.label}
            value={decision}
            options={[
              { value: "approve", label: t("budgets.decision.approve") },
              { value: "reject", label: t("budgets.decision.reject") },
            ]}
            onChange={setDecision}
            error={errors.decision}
          />
          <TextAreaField {...fields.reason} value={reason} onChange={setReason} error={errors.reason} description={t("budgets.decision.reasonHint")} />
          <Button type="submit" appearance="primary" busy={busy}>
            {t("budgets.decision.submit")}
          </Button>
        </form>
      )}
    </section>
  );
};
