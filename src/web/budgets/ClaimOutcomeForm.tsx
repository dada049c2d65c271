import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Claim } from "../../domain/budgets/dto";
import { useApi } from "../api/api-context";
import { decideClaim } from "../api/budgets";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { useShowStatus } from "../app/status-context";
import { centsInput, formatCents, parseEuroCents } from "../format";
import { Button } from "../ui/Button";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { RadioGroup } from "../ui/RadioGroup";
import { TextField } from "../ui/TextField";
import { centsOrText } from "./budget-values";

type Status = "honoured" | "rejected";

/** The answer of the regular funder: honoured (with the amount; the pot is credited) or rejected. */
export const ClaimOutcomeForm = ({ claim, onSaved }: { claim: Claim; onSaved: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [status, setStatus] = useState<Status | "">("");
  const [amount, setAmount] = useState(() => centsInput(claim.claimedCents));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const prefix = `claim-${claim.id.slice(0, 8)}`;
  const source = t(`budgets.sources.${claim.fundingSource}`);
  const fields = {
    status: { id: `${prefix}-status`, label: t("budgets.claims.outcome") },
    honouredCents: { id: `${prefix}-honoured`, label: t("budgets.claims.honouredInput") },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (status === "") {
      setFailure({ kind: "fields", message: t("budgets.claims.chooseOutcome"), fields: { status: t("budgets.claims.chooseOutcome") } });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const saved = await decideClaim(api, claim.id, { version: claim.version, status, ...(status === "honoured" ? { honouredCents: centsOrText(amount) } : {}) });
      showStatus(saved.status === "honoured" ? t("budgets.claims.honouredStatus", { amount: formatCents(saved.honouredCents ?? 0) }) : t("budgets.claims.rejectedStatus"));
      onSaved();
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(parseEuroCents(amount) === null ? withFieldMessage(failed, "honouredCents", t("budgets.amountUnreadable")) : failed);
      setBusy(false);
    }
  };
  const headingId = `${prefix}-heading`;
  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t("budgets.claims.outcomeHeading", { source, amount: formatCents(claim.claimedCents) })}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={onSaved} />
      <RadioGroup<Status>
        id={fields.status.id}
        legend={fields.status.label}
        value={status}
        options={[
          { value: "honoured", label: t("budgets.claimStatuses.honoured") },
          { value: "rejected", label: t("budgets.claimStatuses.rejected") },
        ]}
        onChange={setStatus}
        error={errors.status}
      />
      {status === "honoured" && (
        <TextField {...fields.honouredCents} className="bw-number-field" inputMode="decimal" autoComplete="off" value={amount} onChange={setAmount} error={errors.honouredCents} />
      )}
      <Button type="submit" appearance="primary" busy={busy}>
        {t("budgets.claims.outcomeSubmit")}
      </Button>
    </form>
  );
};
