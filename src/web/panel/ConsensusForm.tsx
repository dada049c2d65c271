import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReviewItem } from "../../domain/panel/dto";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { type Provision, recordConsensus } from "../api/panel";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";
import { VerdictFields, verdictFieldRefs } from "./VerdictFields";
import { draftIssues, majorityVerdict, unreadableFields, type VerdictDraft, verdictBody } from "./verdict-input";

/** After all three verdicts: the panel's one verdict, prefilled with the majority; a stale version answers 409. */
export const ConsensusForm = ({ item, provisions, onSaved, onReload }: { item: ReviewItem; provisions: readonly Provision[]; onSaved: (item: ReviewItem) => void; onReload: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [draft, setDraft] = useState<VerdictDraft>(() => {
    const verdict = majorityVerdict((item.allVerdicts ?? []).map((v) => v.verdict));
    const model = item.allVerdicts?.find((v) => v.verdict === verdict && v.priceItemId);
    return { verdict, priceItemId: model?.priceItemId ?? "", unitsPerMonth: model?.unitsPerMonth ? String(model.unitsPerMonth) : "", months: model?.months ? String(model.months) : "" };
  });
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const fields = verdictFieldRefs("consensus", t);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = Object.fromEntries(Object.entries(draftIssues(draft)).map(([field, issue]) => [field, t(`panel.verdict.errors.${issue}`)]));
    if (Object.keys(found).length > 0) {
      setFailure({ kind: "fields", message: t("panel.verdict.fix"), fields: found });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const saved = await recordConsensus(api, item.roundId, item.caseId, { version: item.version, ...verdictBody(draft) });
      showStatus(t("panel.consensus.saved"));
      onSaved(saved);
    } catch (error) {
      let failed = formFailureOf(error);
      for (const field of unreadableFields(draft)) failed = withFieldMessage(failed, field, t("panel.verdict.wholeNumber"));
      setFailure(failed);
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="consensus-form-heading">
      <Heading level={2} id="consensus-form-heading">
        {t("panel.consensus.title")}
      </Heading>
      <Paragraph>{t("panel.consensus.intro")}</Paragraph>
      <FormFailureAlert
        failure={failure}
        fields={fields}
        onReload={() => {
          setFailure(null);
          onReload();
        }}
      />
      <VerdictFields prefix="consensus" draft={draft} onChange={setDraft} provisions={provisions} errors={errors} />
      <Button type="submit" appearance="primary" busy={busy}>
        {t("panel.consensus.submit")}
      </Button>
    </form>
  );
};
