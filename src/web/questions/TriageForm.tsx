import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Question, TriageOutcome } from "../../domain/questions/dto";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf } from "../api/form-failure";
import { triageQuestion } from "../api/questions";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";
import { RadioGroup } from "../ui/RadioGroup";
import { TextAreaField } from "../ui/TextAreaField";
import { TextField } from "../ui/TextField";
import { useQuestionOptions } from "./use-question-options";

export interface TriageFormProps {
  question: Question;
  onTriaged: (question: Question) => void;
  /** Fetch the question again (after a version conflict). */
  onReload: () => void;
  /** Set after a reload: the form says so and its heading takes focus, as the "Herladen" button is gone. */
  announceReload?: boolean;
}

/**
 * The triage: one of three outcomes, where the question was answered (only for "elders
 * beantwoord", and only shown then) and a note. Sends the version read, so a decision never
 * overwrites someone else's.
 */
export const TriageForm = ({ question, onTriaged, onReload, announceReload = false }: TriageFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const { outcomes } = useQuestionOptions();
  const [outcome, setOutcome] = useState<TriageOutcome | "">("");
  const [referredTo, setReferredTo] = useState("");
  const [note, setNote] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errors = fieldMessages(failure);
  const referred = outcome === "referred_elsewhere";

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when this form (re)mounts
  useEffect(() => {
    if (!announceReload) return;
    headingRef.current?.focus();
    showStatus(t("questions.triage.reloaded"));
  }, []);

  const fields = {
    outcome: { id: "triage-outcome", label: t("questions.triage.outcome") },
    referredTo: { id: "triage-referred-to", label: t("questions.triage.referredTo") },
    note: { id: "triage-note", label: t("questions.triage.note") },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const triaged = await triageQuestion(api, question.id, {
        version: question.version,
        // Without a choice the server answers "Kies een uitkomst van de triage" at the field.
        outcome: outcome as TriageOutcome,
        referredTo: referred ? referredTo : null,
        note,
      });
      showStatus(t("questions.triage.done", { outcome: triaged.outcome ? t(`questions.status.${triaged.outcome}`) : "" }));
      onTriaged(triaged);
    } catch (error) {
      setFailure(formFailureOf(error));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="triage-heading" className="bw-section">
      <Heading level={2} id="triage-heading" ref={headingRef} tabIndex={-1}>
        {t("questions.triage.heading")}
      </Heading>
      <Paragraph>{t("questions.triage.intro")}</Paragraph>
      <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
        <FormFailureAlert failure={failure} fields={fields} onReload={onReload} />
        <RadioGroup
          id={fields.outcome.id}
          legend={fields.outcome.label}
          options={outcomes}
          value={outcome}
          onChange={setOutcome}
          error={errors.outcome}
        />
        {referred && (
          <TextField
            {...fields.referredTo}
            value={referredTo}
            onChange={setReferredTo}
            autoComplete="off"
            description={t("questions.triage.referredToHint")}
            error={errors.referredTo}
          />
        )}
        <TextAreaField {...fields.note} rows={3} value={note} onChange={setNote} error={errors.note} />
        <Button type="submit" appearance="primary" busy={busy}>
          {t("questions.triage.submit")}
        </Button>
      </form>
    </section>
  );
};
