import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ARRANGEMENT_OUTCOMES, type RequestDetail } from "../../domain/budgets/dto";
import { useApi } from "../api/api-context";
import { createArrangement, settleArrangement } from "../api/budgets";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { useShowStatus } from "../app/status-context";
import { formatCents, formatDate, parseDutchDate } from "../format";
import { Button } from "../ui/Button";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { DataList } from "../ui/DataList";
import { DateField } from "../ui/DateField";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";
import { RadioGroup } from "../ui/RadioGroup";
import { TextAreaField } from "../ui/TextAreaField";

type Outcome = (typeof ARRANGEMENT_OUTCOMES)[number];

/**
 * "Voorwaardelijke afspraak": e.g. a car paid up front, forgiven if the resident keeps the job six
 * months and repaid otherwise. The due date puts a reminder task on the requester's list; the outcome
 * is booked in the ledger (repaid credits the pot).
 */
export const ArrangementSection = ({ request, onChanged }: { request: RequestDetail; onChanged: () => void }) => {
  const { t } = useTranslation();
  const arrangement = request.arrangement;
  return (
    <section aria-labelledby="arrangement-heading" className="bw-section">
      <Heading level={2} id="arrangement-heading">
        {t("budgets.arrangement.heading")}
      </Heading>
      {arrangement === null ? (
        <ArrangementForm requestId={request.id} onSaved={onChanged} />
      ) : (
        <>
          <DataList
            items={[
              { key: "condition", label: t("budgets.arrangement.condition"), value: arrangement.condition, multiline: true },
              { key: "due", label: t("budgets.arrangement.dueOn"), value: formatDate(arrangement.dueOn) },
              {
                key: "outcome",
                label: t("budgets.arrangement.outcome"),
                value: arrangement.settledOn
                  ? t("budgets.arrangement.settled", { outcome: t(`budgets.outcomes.${arrangement.outcome}`), date: formatDate(arrangement.settledOn) })
                  : t("budgets.outcomes.pending"),
              },
            ]}
          />
          {arrangement.outcome === "pending" && <SettleForm request={request} version={arrangement.version} onSaved={onChanged} />}
        </>
      )}
    </section>
  );
};

const ArrangementForm = ({ requestId, onSaved }: { requestId: string; onSaved: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [condition, setCondition] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const fields = {
    condition: { id: "arrangement-condition", label: t("budgets.arrangement.condition") },
    dueOn: { id: "arrangement-due", label: t("budgets.arrangement.dueOn") },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const iso = parseDutchDate(dueOn);
    try {
      await createArrangement(api, requestId, { condition, dueOn: iso ?? dueOn });
      showStatus(t("budgets.arrangement.added"));
      onSaved();
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(iso === null ? withFieldMessage(failed, "dueOn", t("common.dateInvalid")) : failed);
      setBusy(false);
    }
  };
  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="arrangement-form-heading">
      <Heading level={3} id="arrangement-form-heading">
        {t("budgets.arrangement.new")}
      </Heading>
      <Paragraph>{t("budgets.arrangement.intro")}</Paragraph>
      <FormFailureAlert failure={failure} fields={fields} onReload={onSaved} />
      <TextAreaField {...fields.condition} value={condition} onChange={setCondition} error={errors.condition} description={t("budgets.arrangement.conditionHint")} />
      <DateField {...fields.dueOn} value={dueOn} onChange={setDueOn} error={errors.dueOn} />
      <Button type="submit" appearance="primary" busy={busy}>
        {t("budgets.arrangement.submit")}
      </Button>
    </form>
  );
};

/** The outcome moves money (repaid) or closes the arrangement for good, so it is confirmed first. */
const SettleForm = ({ request, version, onSaved }: { request: RequestDetail; version: number; onSaved: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [outcome, setOutcome] = useState<Outcome | "">("");
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = { outcome: { id: "arrangement-outcome", label: t("budgets.arrangement.outcome") } };
  const errors = fieldMessages(failure);
  const settle = async () => {
    if (outcome === "") return;
    setBusy(true);
    try {
      await settleArrangement(api, request.id, { version, outcome });
      showStatus(t("budgets.arrangement.settledStatus", { outcome: t(`budgets.outcomes.${outcome}`) }));
      onSaved();
    } catch (error) {
      setFailure(formFailureOf(error));
      setConfirming(false);
      setBusy(false);
    }
  };
  return (
    <form
      className="utrecht-form bw-form"
      noValidate
      aria-labelledby="arrangement-settle-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (outcome === "") setFailure({ kind: "fields", message: t("budgets.arrangement.chooseOutcome"), fields: { outcome: t("budgets.arrangement.chooseOutcome") } });
        else setConfirming(true);
      }}
    >
      <Heading level={3} id="arrangement-settle-heading">
        {t("budgets.arrangement.settle")}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={onSaved} />
      <RadioGroup<Outcome>
        id={fields.outcome.id}
        legend={fields.outcome.label}
        value={outcome}
        options={ARRANGEMENT_OUTCOMES.map((value) => ({ value, label: t(`budgets.outcomes.${value}`) }))}
        onChange={setOutcome}
        error={errors.outcome}
      />
      <Button type="submit" appearance="primary">
        {t("budgets.arrangement.settleSubmit")}
      </Button>
      {confirming && outcome !== "" && (
        <ConfirmDialog title={t("budgets.arrangement.confirmTitle")} confirmLabel={t("budgets.arrangement.confirm")} busy={busy} onConfirm={settle} onCancel={() => setConfirming(false)}>
          <Paragraph>{t(`budgets.arrangement.confirmText.${outcome}`, { amount: formatCents(request.amountCents) })}</Paragraph>
        </ConfirmDialog>
      )}
    </form>
  );
};
