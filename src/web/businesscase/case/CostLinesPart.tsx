import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { COST_KINDS, type CaseFacts, type CostKind, type CostLine } from "../../../domain/case-facts/dto";
import { useApi } from "../../api/api-context";
import { addCostLine, deleteCostLine } from "../../api/case-facts";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../../api/form-failure";
import { useShowStatus } from "../../app/status-context";
import { formatCents, formatDate, isoDateInDutchTime, parseDutchDate, parseEuroCents } from "../../format";
import { Button } from "../../ui/Button";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { DataTable } from "../../ui/DataTable";
import { DateField } from "../../ui/DateField";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { FormFailureAlert } from "../../ui/FormFailureAlert";
import { Heading } from "../../ui/Heading";
import { Paragraph } from "../../ui/Paragraph";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";

/** Direct costs besides the budget: the list with its total, a delete behind a question, and the add form. */
export const CostLinesPart = ({ caseId, facts, onChanged }: { caseId: string; facts: CaseFacts; onChanged: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [deleting, setDeleting] = useState<CostLine | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const remove = async (line: CostLine) => {
    setBusy(true);
    setError(null);
    try {
      await deleteCostLine(api, caseId, line.id);
      showStatus(t("businessCase.costLines.deleted", { description: line.description }));
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  };

  return (
    <div className="bw-subsection">
      <Heading level={3}>{t("businessCase.costLines.title")}</Heading>
      {error !== null && <ErrorAlert error={error} />}
      {facts.costLines.length === 0 ? (
        <EmptyState>{t("businessCase.costLines.empty")}</EmptyState>
      ) : (
        <>
          <DataTable<CostLine>
            caption={t("businessCase.costLines.caption")}
            hideCaption
            rows={facts.costLines}
            rowKey={(line) => line.id}
            columns={[
              { key: "spentOn", header: t("businessCase.costLines.spentOn"), render: (line) => formatDate(line.spentOn) },
              { key: "kind", header: t("businessCase.costLines.kind"), render: (line) => t(`businessCase.costKinds.${line.kind}`) },
              { key: "description", header: t("businessCase.costLines.description"), render: (line) => line.description },
              { key: "by", header: t("businessCase.costLines.recordedBy"), render: (line) => line.recordedByName },
              { key: "amount", header: t("businessCase.costLines.amount"), numeric: true, render: (line) => formatCents(line.amountCents) },
              {
                key: "actions",
                header: t("businessCase.costLines.actions"),
                render: (line) => (
                  <Button appearance="subtle" hint="danger" onClick={() => setDeleting(line)}>
                    {t("businessCase.costLines.delete", { description: line.description })}
                  </Button>
                ),
              },
            ]}
          />
          <Paragraph className="bw-total">{t("businessCase.costLines.total", { amount: formatCents(facts.costTotalCents) })}</Paragraph>
        </>
      )}
      <CostLineForm caseId={caseId} onAdded={onChanged} />
      {deleting && (
        <ConfirmDialog title={t("businessCase.costLines.confirmTitle")} confirmLabel={t("businessCase.costLines.confirm")} danger busy={busy} onConfirm={() => void remove(deleting)} onCancel={() => setDeleting(null)}>
          {t("businessCase.costLines.confirmBody", { description: deleting.description, amount: formatCents(deleting.amountCents) })}
        </ConfirmDialog>
      )}
    </div>
  );
};

const CostLineForm = ({ caseId, onAdded }: { caseId: string; onAdded: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [kind, setKind] = useState<CostKind>("vrijwilligerskosten");
  const [description, setDescription] = useState("");
  const [amount, setAmount] = useState("");
  const [spentOn, setSpentOn] = useState(() => formatDate(isoDateInDutchTime(new Date())));
  const fields = {
    kind: { id: "cost-line-kind", label: t("businessCase.costLines.kind") },
    description: { id: "cost-line-description", label: t("businessCase.costLines.description") },
    amountCents: { id: "cost-line-amount", label: t("businessCase.costLines.amount") },
    spentOn: { id: "cost-line-spent-on", label: t("businessCase.costLines.spentOn") },
  };
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const cents = parseEuroCents(amount);
    const isoDate = parseDutchDate(spentOn);
    try {
      // Unreadable input goes to the server as typed: it answers with every field problem at once.
      const line = await addCostLine(api, caseId, { kind, description, amountCents: cents ?? (amount as unknown as number), spentOn: isoDate ?? spentOn });
      showStatus(t("businessCase.costLines.added", { amount: formatCents(line.amountCents) }));
      setDescription("");
      setAmount("");
      onAdded();
    } catch (error) {
      let failed = formFailureOf(error);
      if (cents === null) failed = withFieldMessage(failed, "amountCents", t("businessCase.costLines.amountUnreadable"));
      if (isoDate === null) failed = withFieldMessage(failed, "spentOn", t("common.dateInvalid"));
      setFailure(failed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="cost-line-form-heading">
      <Heading level={4} id="cost-line-form-heading">
        {t("businessCase.costLines.new")}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
      <SelectField {...fields.kind} value={kind} options={COST_KINDS.map((k) => ({ value: k, label: t(`businessCase.costKinds.${k}`) }))} onChange={(v) => setKind(v as CostKind)} error={errors.kind} />
      <TextField {...fields.description} value={description} onChange={setDescription} error={errors.description} autoComplete="off" />
      <TextField {...fields.amountCents} className="bw-number-field" inputMode="decimal" autoComplete="off" value={amount} onChange={setAmount} description={t("businessCase.costLines.amountHint")} error={errors.amountCents} />
      <DateField {...fields.spentOn} value={spentOn} onChange={setSpentOn} error={errors.spentOn} />
      <Button type="submit" appearance="primary" busy={busy}>
        {t("businessCase.costLines.submit")}
      </Button>
    </form>
  );
};
