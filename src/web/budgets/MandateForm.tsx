import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MandateCandidate, PotWithMandates } from "../../domain/budgets/dto";
import { useApi } from "../api/api-context";
import { grantMandate } from "../api/budgets";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { useShowStatus } from "../app/status-context";
import { formatCents, parseEuroCents } from "../format";
import { Button } from "../ui/Button";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";
import { centsOrText } from "./budget-values";

/** Grant a mandate on one pot, or change the limit of someone who has one already. */
export const MandateForm = ({ pot, candidates, onSaved }: { pot: PotWithMandates; candidates: readonly MandateCandidate[]; onSaved: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [userId, setUserId] = useState("");
  const [limit, setLimit] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const prefix = `mandate-${pot.id.slice(0, 8)}`;
  const fields = {
    userId: { id: `${prefix}-user`, label: t("budgets.mandates.holder") },
    limitCents: { id: `${prefix}-limit`, label: t("budgets.mandates.limitInput") },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const saved = await grantMandate(api, pot.id, { userId, limitCents: centsOrText(limit) });
      showStatus(t("budgets.mandates.granted", { name: saved.userName, limit: formatCents(saved.limitCents), pot: pot.name }));
      setUserId("");
      setLimit("");
      onSaved();
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(parseEuroCents(limit) === null ? withFieldMessage(failed, "limitCents", t("budgets.amountUnreadable")) : failed);
    } finally {
      setBusy(false);
    }
  };
  const headingId = `${prefix}-heading`;
  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t("budgets.mandates.grantHeading", { pot: pot.name })}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={onSaved} />
      <SelectField
        {...fields.userId}
        value={userId}
        placeholder={t("budgets.mandates.chooseHolder")}
        options={candidates.map((candidate) => ({ value: candidate.id, label: candidate.displayName }))}
        onChange={setUserId}
        error={errors.userId}
      />
      <TextField {...fields.limitCents} className="bw-number-field" inputMode="decimal" autoComplete="off" value={limit} onChange={setLimit} error={errors.limitCents} description={t("budgets.mandates.limitHint")} />
      <Button type="submit" busy={busy}>
        {t("budgets.mandates.grant")}
      </Button>
    </form>
  );
};
