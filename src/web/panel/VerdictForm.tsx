import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReviewItem } from "../../domain/panel/dto";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { type Provision, submitVerdict } from "../api/panel";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { RadioGroup } from "../ui/RadioGroup";
import { TextAreaField } from "../ui/TextAreaField";
import { VerdictFields, verdictFieldRefs } from "./VerdictFields";
import { draftIssues, EMPTY_DRAFT, unreadableFields, type VerdictDraft, verdictBody } from "./verdict-input";

const CONFIDENCE = ["1", "2", "3", "4", "5"] as const;

/** My independent verdict on a packet, given once. */
export const VerdictForm = ({ item, provisions, onSaved }: { item: ReviewItem; provisions: readonly Provision[]; onSaved: (item: ReviewItem) => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [draft, setDraft] = useState<VerdictDraft>(EMPTY_DRAFT);
  const [confidence, setConfidence] = useState<(typeof CONFIDENCE)[number] | "">("");
  const [note, setNote] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const fields = {
    ...verdictFieldRefs("verdict", t),
    confidence: { id: "verdict-confidence", label: t("panel.verdict.confidence") },
    note: { id: "verdict-note", label: t("panel.verdict.note") },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = Object.fromEntries(Object.entries(draftIssues(draft)).map(([field, issue]) => [field, t(`panel.verdict.errors.${issue}`)]));
    if (confidence === "") found.confidence = t("panel.verdict.confidenceMissing");
    if (Object.keys(found).length > 0) {
      setFailure({ kind: "fields", message: t("panel.verdict.fix"), fields: found });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const saved = await submitVerdict(api, item.roundId, item.caseId, {
        ...verdictBody(draft),
        confidence: (confidence === "" ? undefined : Number(confidence)) as number,
        note: note.trim() === "" ? null : note,
      });
      showStatus(t("panel.verdict.saved"));
      onSaved(saved);
    } catch (error) {
      let failed = formFailureOf(error);
      for (const field of unreadableFields(draft)) failed = withFieldMessage(failed, field, t("panel.verdict.wholeNumber"));
      setFailure(failed);
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="verdict-form-heading">
      <Heading level={2} id="verdict-form-heading">
        {t("panel.verdict.title")}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
      <VerdictFields prefix="verdict" draft={draft} onChange={setDraft} provisions={provisions} errors={errors} />
      <RadioGroup
        {...fields.confidence}
        legend={fields.confidence.label}
        options={CONFIDENCE.map((c) => ({ value: c, label: t(`panel.confidence.${c}`) }))}
        value={confidence}
        onChange={setConfidence}
        error={errors.confidence}
      />
      <TextAreaField {...fields.note} value={note} onChange={setNote} description={t("panel.verdict.noteHint")} error={errors.note} />
      <Button type="submit" appearance="primary" busy={busy}>
        {t("panel.verdict.submit")}
      </Button>
    </form>
  );
};
