import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { followUpDate } from "../../domain/outcomes/check-scores";
import type { Instrument, Measurement } from "../../domain/outcomes/dto";
import { useApi } from "../api/api-context";
import { type FieldRef, type FormFailure, formFailureOf, messagesById, withFieldMessage } from "../api/form-failure";
import { addMeasurement } from "../api/outcomes";
import { useShowStatus } from "../app/status-context";
import { useCaseOptions } from "../cases/use-case-options";
import { formatDate, isoDateInDutchTime, parseDutchDate } from "../format";
import { Button } from "../ui/Button";
import { Checkbox } from "../ui/Checkbox";
import { DateField } from "../ui/DateField";
import { FieldError } from "../ui/FieldError";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { RadioGroup } from "../ui/RadioGroup";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";
import { domainFieldId, type ScoresForm, scoresSubmissionOf, suggestedMoment } from "./measurement-form";
import { DEFAULT_INSTRUMENT, type Moment } from "./outcome-values";

export interface MeasurementFormProps {
  caseId: string;
  instruments: readonly Instrument[];
  measurements: readonly Measurement[];
  closed: boolean;
  onAdded: (measurement: Measurement) => void;
}

const FIXED_FIELDS = ["instrumentCode", "moment", "measuredOn", "scores"] as const;

/**
 * "Meting vastleggen": instrument (the self-reliance matrix by default), moment and date, and only
 * the domains that matter for the question — each ticked domain then needs a level and a reason.
 */
export const MeasurementForm = ({ caseId, instruments, measurements, closed, onAdded }: MeasurementFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const { moments } = useCaseOptions();
  const [instrumentCode, setInstrumentCode] = useState(
    instruments.some((candidate) => candidate.code === DEFAULT_INSTRUMENT) ? DEFAULT_INSTRUMENT : (instruments[0]?.code ?? ""),
  );
  const [moment, setMoment] = useState<Moment | "">(() => suggestedMoment(measurements, closed));
  const [measuredOn, setMeasuredOn] = useState(() => formatDate(isoDateInDutchTime(new Date())));
  const [scores, setScores] = useState<ScoresForm>({});
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [sentFields, setSentFields] = useState<Record<string, FieldRef>>({});
  const [busy, setBusy] = useState(false);
  const instrument = instruments.find((candidate) => candidate.code === instrumentCode);
  const labelsOf = {
    instrumentCode: t("measurements.instrument"),
    moment: t("measurements.moment"),
    measuredOn: t("measurements.measuredOn"),
    scores: t("measurements.domains"),
  };
  const ids = {
    instrumentCode: "measurement-instrument",
    moment: "measurement-moment",
    measuredOn: "measurement-measured-on",
    scores: "measurement-domains",
  };
  const fixedFields = Object.fromEntries(FIXED_FIELDS.map((name) => [name, { id: ids[name], label: labelsOf[name] }]));
  const errors = messagesById(failure, { ...fixedFields, ...sentFields });

  const setScore = (domain: string, change: Partial<{ level: string; reason: string }>) =>
    setScores((current) => ({ ...current, [domain]: { level: "", reason: "", ...current[domain], ...change } }));
  const tick = (domain: string, checked: boolean) =>
    setScores((current) => {
      const { [domain]: _removed, ...rest } = current;
      return checked ? { ...current, [domain]: { level: "", reason: "" } } : rest;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!instrument) return;
    setBusy(true);
    setFailure(null);
    const isoDate = parseDutchDate(measuredOn);
    const submission = scoresSubmissionOf(scores, instrument, {
      level: (domain) => t("measurements.levelOf", { domain }),
      reason: (domain) => t("measurements.reasonOf", { domain }),
    });
    setSentFields(submission.fields);
    try {
      const measurement = await addMeasurement(api, caseId, {
        instrumentCode,
        moment: moment as Moment,
        measuredOn: isoDate ?? measuredOn,
        scores: submission.scores,
      });
      showStatus(
        measurement.moment === "start"
          ? t("measurements.addedStart", { date: formatDate(followUpDate(measurement.measuredOn)) })
          : t("measurements.added"),
      );
      setScores({});
      setMoment(suggestedMoment([...measurements, measurement], closed));
      setMeasuredOn(formatDate(isoDateInDutchTime(new Date())));
      onAdded(measurement);
    } catch (error) {
      let failed = formFailureOf(error, { fullPaths: true });
      if (isoDate === null) failed = withFieldMessage(failed, "measuredOn", t("common.dateInvalid"));
      for (const path of submission.missingLevels) failed = withFieldMessage(failed, path, t("measurements.chooseLevel"));
      setFailure(failed);
    } finally {
      setBusy(false);
    }
  };

  const levelOptions = (instrument?.levels ?? []).map((level) => ({ value: String(level.value), label: `${level.value} – ${level.label}` }));

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="measurement-form-heading">
      <Heading level={3} id="measurement-form-heading">
        {t("measurements.new")}
      </Heading>
      <FormFailureAlert failure={failure} fields={{ ...fixedFields, ...sentFields }} onReload={() => setFailure(null)} />
      <SelectField
        id={ids.instrumentCode}
        label={labelsOf.instrumentCode}
        value={instrumentCode}
        options={instruments.map((candidate) => ({ value: candidate.code, label: candidate.name }))}
        onChange={(code) => {
          setInstrumentCode(code);
          setScores({});
        }}
        error={errors[ids.instrumentCode]}
      />
      <RadioGroup<Moment> id={ids.moment} legend={labelsOf.moment} options={moments} value={moment} onChange={setMoment} error={errors[ids.moment]} />
      <DateField id={ids.measuredOn} label={labelsOf.measuredOn} value={measuredOn} onChange={setMeasuredOn} error={errors[ids.measuredOn]} />
      <fieldset
        id={ids.scores}
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset bw-fieldset"
        aria-describedby={[`${ids.scores}-description`, errors[ids.scores] ? `${ids.scores}-error` : ""].join(" ").trim()}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">
          {labelsOf.scores}
        </legend>
        <div className="utrecht-form-field__description" id={`${ids.scores}-description`}>
          <p className="utrecht-form-field-description">{t("measurements.domainsHint")}</p>
        </div>
        <FieldError id={ids.scores} message={errors[ids.scores]} />
        {(instrument?.domains ?? []).map((domain) => {
          const score = scores[domain.code];
          return (
            <div key={domain.code} className="bw-domain">
              <Checkbox
                id={domainFieldId(domain.code, "domain")}
                label={domain.label}
                checked={score !== undefined}
                onChange={(checked) => tick(domain.code, checked)}
              />
              {score && (
                <div className="bw-domain__score">
                  <SelectField
                    id={domainFieldId(domain.code, "level")}
                    label={t("measurements.levelOf", { domain: domain.label })}
                    value={score.level}
                    options={levelOptions}
                    placeholder={t("measurements.chooseLevel")}
                    onChange={(level) => setScore(domain.code, { level })}
                    error={errors[domainFieldId(domain.code, "level")]}
                  />
                  <TextField
                    id={domainFieldId(domain.code, "reason")}
                    label={t("measurements.reasonOf", { domain: domain.label })}
                    value={score.reason}
                    onChange={(reason) => setScore(domain.code, { reason })}
                    autoComplete="off"
                    error={errors[domainFieldId(domain.code, "reason")]}
                  />
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      <div>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("measurements.submit")}
        </Button>
      </div>
    </form>
  );
};
