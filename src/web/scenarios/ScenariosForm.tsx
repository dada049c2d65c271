import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PriceItem } from "../../domain/prices/dto";
import type { Scenarios } from "../../domain/scenarios/dto";
import { useApi } from "../api/api-context";
import { type FieldRef, type FormFailure, formFailureOf, messagesById, withFieldMessage } from "../api/form-failure";
import { saveScenarios } from "../api/scenarios";
import { useShowStatus } from "../app/status-context";
import { formatCents } from "../format";
import { Button } from "../ui/Button";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";
import { TextAreaField } from "../ui/TextAreaField";
import { CostLineFields } from "./CostLineFields";
import {
  JUSTIFICATION_KEYS,
  justificationFieldId,
  newCostLine,
  type ScenarioLabels,
  type ScenariosForm as ScenariosFormValue,
  scenariosFormOf,
  scenariosSubmissionOf,
} from "./scenario-form";
import { SCENARIO_VALUES } from "./scenario-values";

export interface ScenariosFormProps {
  scenarios: Scenarios;
  prices: readonly PriceItem[];
  onSaved: (scenarios: Scenarios) => void;
  onReload: () => void;
}

/**
 * The three scenarios side by side — niets doen, regulier, alternatief — each a list of cost lines,
 * and the justification. Saved as a whole; the server computes the totals.
 */
export const ScenariosForm = ({ scenarios, prices, onSaved, onReload }: ScenariosFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [form, setForm] = useState<ScenariosFormValue>(() => scenariosFormOf(scenarios));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [sentFields, setSentFields] = useState<Record<string, FieldRef>>({});
  const [busy, setBusy] = useState(false);
  const errors = messagesById(failure, sentFields);
  const labels: ScenarioLabels = {
    field: (scenario, n, field) =>
      `${t("scenarios.lineName", { scenario: t(`scenarios.names.${scenario}`), n })}: ${t(`scenarios.fieldNames.${field}`)}`,
    justification: (key) => t(`scenarios.justification.${key}`),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const submission = scenariosSubmissionOf(form, scenarios.version, labels);
    setSentFields(submission.fields);
    try {
      const saved = await saveScenarios(api, scenarios.caseId, submission.body);
      showStatus(t("scenarios.saved"));
      onSaved(saved);
    } catch (error) {
      let failed = formFailureOf(error, { fullPaths: true });
      for (const { path, expected } of submission.unreadable) {
        failed = withFieldMessage(failed, path, expected === "amount" ? t("plans.amountInvalid") : t("plans.number"));
      }
      setFailure(failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form bw-form--full" noValidate onSubmit={submit} aria-labelledby="scenarios-form-heading">
      <Heading level={3} id="scenarios-form-heading">
        {t("scenarios.linesHeading")}
      </Heading>
      <Paragraph>{t("scenarios.intro")}</Paragraph>
      <FormFailureAlert failure={failure} fields={sentFields} onReload={onReload} />
      <div className="bw-scenarios">
        {SCENARIO_VALUES.map((scenario) => {
          const name = t(`scenarios.names.${scenario}`);
          const lines = form.lines[scenario];
          const setLines = (next: typeof lines) => setForm({ ...form, lines: { ...form.lines, [scenario]: next } });
          return (
            <section key={scenario} aria-labelledby={`scenario-${scenario}-heading`} className="bw-scenario">
              <Heading level={4} id={`scenario-${scenario}-heading`}>
                {name}
              </Heading>
              <Paragraph className="bw-scenario__question">{t(`scenarios.questions.${scenario}`)}</Paragraph>
              {lines.map((line, index) => (
                <CostLineFields
                  key={line.key}
                  scenario={scenario}
                  scenarioName={name}
                  index={index}
                  line={line}
                  prices={prices}
                  errors={errors}
                  onChange={(changed) => setLines(lines.map((candidate) => (candidate.key === line.key ? changed : candidate)))}
                  onRemove={() => setLines(lines.filter((candidate) => candidate.key !== line.key))}
                />
              ))}
              <Button onClick={() => setLines([...lines, newCostLine()])}>
                {t("scenarios.addLine")}
                <span className="bw-visually-hidden"> ({name})</span>
              </Button>
              <Paragraph className="bw-total">
                {t("scenarios.savedTotal", { amount: formatCents(scenarios.totals[scenario].expectedCents) })}
              </Paragraph>
            </section>
          );
        })}
      </div>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset bw-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">
          {t("scenarios.justification.heading")}
        </legend>
        {JUSTIFICATION_KEYS.map((key) => (
          <TextAreaField
            key={key}
            id={justificationFieldId(key)}
            label={t(`scenarios.justification.${key}`)}
            description={t(`scenarios.justification.hints.${key}`)}
            rows={3}
            value={form.justification[key]}
            onChange={(text) => setForm({ ...form, justification: { ...form.justification, [key]: text } })}
            error={errors[justificationFieldId(key)]}
          />
        ))}
      </fieldset>
      <div>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("scenarios.save")}
        </Button>
      </div>
    </form>
  );
};
