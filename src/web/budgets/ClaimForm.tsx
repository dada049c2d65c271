import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FUNDING_SOURCES } from "../../domain/budgets/dto";
import { useApi } from "../api/api-context";
import { createClaim } from "../api/budgets";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { useShowStatus } from "../app/status-context";
import { centsInput, parseEuroCents } from "../format";
import { Button } from "../ui/Button";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";
import { centsOrText } from "./budget-values";

/** "Terugvorderen": claim (part of) the pre-financed amount from one source of regular funding. */
export const ClaimForm = ({ requestId, remainingCents, onSaved }: { requestId: string; remainingCents: number; onSaved: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [source, setSource] = useState("");
  const [amount, setAmount] = useState(() => centsInput(remainingCents));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const fields = {
    fundingSource: { id: "claim-source", label: t("budgets.claims.source") },
    claimedCents: { id: "claim-amount", label: t("budgets.claims.amountInput") },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await createClaim(api, requestId, { fundingSource: source, claimedCents: centsOrText(amount) });
      showStatus(t("budgets.claims.added"));
      onSaved();
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(parseEuroCents(amount) === null ? withFieldMessage(failed, "claimedCents", t("budgets.amountUnreadable")) : failed);
      setBusy(false);
    }
  };
  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="claim-form-heading">
      <Heading level={3} id="claim-form-heading">
        {t("budgets.claims.new")}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={onSaved} />
      <SelectField
        {...fields.fundingSource}
        value={source}
        placeholder={t("budgets.claims.chooseSource")}
        options={FUNDING_SOURCES.map((value) => ({ value, label: t(`budgets.sources.${value}`) }))}
        onChange={setSource}
        error={errors.fundingSource}
      />
      <TextField {...fields.claimedCents} className="bw-number-field" inputMode="decimal" autoComplete="off" value={amount} onChange={setAmount} error={errors.claimedCents} />
      <Button type="submit" appearance="primary" busy={busy}>
        {t("budgets.claims.submit")}
      </Button>
    </form>
  );
};
