import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseFile, CaseStatus } from "../../domain/cases/dto";
import { nextStatuses } from "../../domain/cases/status-flow";
import { useApi } from "../api/api-context";
import { changeCaseStatus } from "../api/cases";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { useShowStatus } from "../app/status-context";
import { formatDate, isoDateInDutchTime, parseDutchDate } from "../format";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { DateField } from "../ui/DateField";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { RadioGroup } from "../ui/RadioGroup";
import { SelectField } from "../ui/SelectField";
import type { ClosingOutcome } from "./case-values";
import { useCaseOptions } from "./use-case-options";

export interface StatusChangeFormProps {
  file: CaseFile;
  onChanged: (file: CaseFile) => void;
  /** Fetch the case again (after a version conflict). */
  onReload: () => void;
}

const SATISFACTION = Array.from({ length: 10 }, (_, index) => String(index + 1));

/** The steps that have their own button; closing has its own part of the form. */
type Step = Exclude<CaseStatus, "open" | "afgesloten">;
const isStep = (status: CaseStatus): status is Step => status !== "open" && status !== "afgesloten";

/**
 * The next step of the case: one button per allowed step (Enter in the date field takes the
 * first), with the date defaulting to today. "Afsluiten" first asks how the case ends and,
 * optionally, the household's satisfaction (1–10).
 */
export const StatusChangeForm = ({ file, onChanged, onReload }: StatusChangeFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const { closingOutcomes } = useCaseOptions();
  const [on, setOn] = useState(() => formatDate(isoDateInDutchTime(new Date())));
  const [closing, setClosing] = useState(false);
  const [closingOutcome, setClosingOutcome] = useState<ClosingOutcome | "">("");
  const [satisfaction, setSatisfaction] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  /** False until the first render: opening the closing part (not mounting the form) moves focus there. */
  const mounted = useRef(false);
  const errors = fieldMessages(failure);
  const steps = nextStatuses(file.status).filter(isStep);
  const stepLabel = (status: Step) =>
    status === "in_uitvoering" && file.status === "evaluatie" ? t("cases.step.backToExecution") : t(`cases.step.to.${status}`);

  useEffect(() => {
    if (closing && mounted.current) document.getElementById("case-closing-outcome")?.focus();
    mounted.current = true;
  }, [closing]);

  const fields = {
    on: { id: "case-step-on", label: t("cases.step.on") },
    closingOutcome: { id: "case-closing-outcome", label: t("cases.fields.closingOutcome") },
    satisfaction: { id: "case-satisfaction", label: t("cases.step.satisfaction") },
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const status = (closing ? "afgesloten" : (submitter?.value ?? steps[0])) as CaseStatus;
    setBusy(true);
    setFailure(null);
    const isoDate = parseDutchDate(on);
    try {
      const saved = await changeCaseStatus(api, file.id, {
        version: file.version,
        status,
        on: isoDate ?? on,
        ...(closing
          ? {
              closingOutcome: (closingOutcome || undefined) as ClosingOutcome | undefined,
              satisfaction: satisfaction ? Number(satisfaction) : null,
            }
          : {}),
      });
      showStatus(t("cases.step.done", { status: t(`cases.status.${saved.status}`) }));
      setClosing(false);
      setBusy(false);
      onChanged(saved);
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(isoDate === null ? withFieldMessage(failed, "on", t("common.dateInvalid")) : failed);
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="case-step-heading">
      <Heading level={3} id="case-step-heading">
        {t("cases.step.heading")}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={onReload} />
      <DateField {...fields.on} value={on} onChange={setOn} error={errors.on} />
      {closing ? (
        <>
          <RadioGroup<ClosingOutcome>
            id={fields.closingOutcome.id}
            legend={fields.closingOutcome.label}
            options={closingOutcomes}
            value={closingOutcome}
            onChange={setClosingOutcome}
            error={errors.closingOutcome}
          />
          <SelectField
            {...fields.satisfaction}
            value={satisfaction}
            options={SATISFACTION.map((value) => ({ value, label: value }))}
            placeholder={t("cases.step.satisfactionNone")}
            onChange={setSatisfaction}
            error={errors.satisfaction}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={busy}>
              {t("cases.step.close")}
            </Button>
            <Button appearance="subtle" disabled={busy} onClick={() => setClosing(false)}>
              {t("common.cancel")}
            </Button>
          </ButtonGroup>
        </>
      ) : (
        <ButtonGroup>
          {steps.map((status, index) => (
            <Button
              key={status}
              type="submit"
              value={status}
              appearance={index === 0 ? "primary" : "secondary"}
              busy={busy}
            >
              {stepLabel(status)}
            </Button>
          ))}
          <Button appearance="secondary" disabled={busy} onClick={() => setClosing(true)}>
            {t("cases.step.startClosing")}
          </Button>
        </ButtonGroup>
      )}
    </form>
  );
};
