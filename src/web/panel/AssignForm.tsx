import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { type FormFailure, formFailureOf } from "../api/form-failure";
import { assignReviewers, listCandidates } from "../api/panel";
import { useApiQuery } from "../api/use-api-query";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FieldError } from "../ui/FieldError";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { caseRef } from "./paths";

/**
 * Compose the panel of one case: exactly three panel members. Those involved in the case cannot be
 * chosen, and the form says why next to their name (the server enforces the same rule).
 */
export const AssignForm = ({ roundId, caseId, onAssigned, onCancel }: { roundId: string; caseId: string; onAssigned: () => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const candidates = useApiQuery((signal) => listCandidates(api, roundId, caseId, signal), [api, roundId, caseId]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [countError, setCountError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (chosen.length !== 3) {
      setCountError(t("panel.assign.exactlyThree", { count: chosen.length }));
      return;
    }
    setCountError(undefined);
    setBusy(true);
    try {
      await assignReviewers(api, roundId, caseId, chosen);
      showStatus(t("panel.assign.saved", { ref: caseRef(caseId) }));
      onAssigned();
    } catch (error) {
      setFailure(formFailureOf(error));
      setBusy(false);
    }
  };

  const headingText = t("panel.assign.title", { ref: caseRef(caseId) });
  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="assign-heading">
      <Heading level={3} id="assign-heading" ref={heading} tabIndex={-1}>
        {headingText}
      </Heading>
      <FormFailureAlert failure={failure} fields={{}} onReload={() => setFailure(null)} />
      {candidates.state.status === "loading" && <LoadingState />}
      {candidates.state.status === "error" && <ErrorAlert error={candidates.state.error} onRetry={candidates.reload} />}
      {candidates.state.status === "ok" && (
        <div className="utrecht-form-field bw-form-field">
          <fieldset id="assign-reviewers" className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset bw-fieldset" aria-describedby={countError ? "assign-reviewers-error" : "assign-reviewers-description"}>
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">{t("panel.assign.legend")}</legend>
            <p id="assign-reviewers-description" className="utrecht-form-field-description">
              {t("panel.assign.hint")}
            </p>
            <FieldError id="assign-reviewers" message={countError} />
            {candidates.state.data.map((candidate) => {
              const id = `assign-${candidate.id}`;
              const reason = candidate.involved ? t("panel.assign.involved") : null;
              return (
                <div key={candidate.id} className="utrecht-form-field utrecht-form-field--checkbox bw-checkbox">
                  <p className="utrecht-form-field__input">
                    <input
                      type="checkbox"
                      id={id}
                      disabled={candidate.involved}
                      checked={chosen.includes(candidate.id)}
                      onChange={(event) => setChosen((current) => (event.target.checked ? [...current, candidate.id] : current.filter((c) => c !== candidate.id)))}
                      aria-describedby={reason ? `${id}-reason` : undefined}
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                    />
                  </p>
                  <div className="utrecht-form-field__label">
                    <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                      {candidate.displayName}
                    </label>
                    {reason && (
                      <span id={`${id}-reason`} className="utrecht-form-field-description bw-reason">
                        {" "}
                        — {reason}
                      </span>
                    )}
                  </div>
                </div>
              );
            })}
          </fieldset>
        </div>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("panel.assign.submit")}
        </Button>
        <Button type="button" appearance="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </ButtonGroup>
    </form>
  );
};
