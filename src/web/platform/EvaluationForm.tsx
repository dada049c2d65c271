import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf } from "../api/form-failure";
import { recordEvaluation } from "../api/platform";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Paragraph } from "../ui/Paragraph";
import { TextAreaField } from "../ui/TextAreaField";

/** The evaluation afterwards: what worked, what we learned, and which rule got in the way. */
export const EvaluationForm = ({ escalationId, onSaved }: { escalationId: string; onSaved: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [whatWorked, setWhatWorked] = useState("");
  const [lessons, setLessons] = useState("");
  const [blockingRule, setBlockingRule] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const fields = {
    whatWorked: { id: "evaluation-worked", label: t("platform.evaluation.whatWorked") },
    lessons: { id: "evaluation-lessons", label: t("platform.evaluation.lessons") },
    blockingRule: { id: "evaluation-rule", label: t("platform.evaluation.blockingRule") },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await recordEvaluation(api, escalationId, { whatWorked, lessons, blockingRule: blockingRule.trim() || null });
      showStatus(t("platform.evaluation.saved"));
      onSaved();
    } catch (error) {
      setFailure(formFailureOf(error));
      setBusy(false);
    }
  };
  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="evaluation-heading">
      <Paragraph>{t("platform.evaluation.intro")}</Paragraph>
      <FormFailureAlert failure={failure} fields={fields} onReload={onSaved} />
      <TextAreaField {...fields.whatWorked} value={whatWorked} onChange={setWhatWorked} error={errors.whatWorked} />
      <TextAreaField {...fields.lessons} value={lessons} onChange={setLessons} error={errors.lessons} />
      <TextAreaField {...fields.blockingRule} value={blockingRule} onChange={setBlockingRule} error={errors.blockingRule} description={t("platform.evaluation.blockingRuleHint")} />
      <Button type="submit" appearance="primary" busy={busy}>
        {t("platform.evaluation.submit")}
      </Button>
    </form>
  );
};
