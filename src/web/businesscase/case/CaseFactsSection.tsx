import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseFacts, CaseLabel } from "../../../domain/case-facts/dto";
import { useApi } from "../../api/api-context";
import { getCaseFacts, listCaseLabels, setApproach, tagCase, untagCase } from "../../api/case-facts";
import { useApiQuery } from "../../api/use-api-query";
import { useShowStatus } from "../../app/status-context";
import { CheckboxGroup } from "../../ui/CheckboxGroup";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { Heading } from "../../ui/Heading";
import { LoadingState } from "../../ui/LoadingState";
import { Paragraph } from "../../ui/Paragraph";
import { SelectField } from "../../ui/SelectField";
import { CostLinesPart } from "./CostLinesPart";
import { LabelForm } from "./LabelForm";

const HEADING_ID = "case-facts-heading";

/**
 * "Voor de businesscase" on the case page: the approach (aanpak), the success and failure factors and the
 * direct costs besides the budget (volunteers, activities). Each change saves at once: a tag is a toggle,
 * so there is nothing to lose to a colleague's concurrent change.
 */
export const CaseFactsSection = ({ caseId }: { caseId: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const facts = useApiQuery((signal) => getCaseFacts(api, caseId, signal), [api, caseId]);
  const labels = useApiQuery((signal) => listCaseLabels(api, signal), [api]);
  const [error, setError] = useState<unknown>(null);

  const save = async (change: () => Promise<CaseFacts>, message: string, onFailure?: () => void) => {
    setError(null);
    try {
      const saved = await change();
      facts.setData(() => saved);
      showStatus(message);
    } catch (failure) {
      setError(failure);
      onFailure?.();
    }
  };

  const body = () => {
    if (facts.state.status === "loading" || labels.state.status === "loading") return <LoadingState />;
    if (facts.state.status === "error") return <ErrorAlert error={facts.state.error} onRetry={facts.reload} />;
    if (labels.state.status === "error") return <ErrorAlert error={labels.state.error} onRetry={labels.reload} />;
    const current = facts.state.data;
    const all = labels.state.data;
    // A retired label is offered only where the case already has it, marked, so it can still be seen and removed.
    const isSet = (id: string) => current.labelIds.includes(id) || current.approachId === id;
    const options = (kind: CaseLabel["kind"]) =>
      all.filter((l) => l.kind === kind && (l.active || isSet(l.id))).map((l) => ({ value: l.id, label: l.active ? l.label : t("businessCase.caseFacts.retired", { label: l.label }) }));
    const nameOf = (id: string) => all.find((l) => l.id === id)?.label ?? "";
    const toggle = (kind: CaseLabel["kind"], next: string[]) => {
      const before = current.labelIds.filter((id) => all.find((l) => l.id === id)?.kind === kind);
      const added = next.find((id) => !before.includes(id));
      const removed = before.find((id) => !next.includes(id));
      if (!added && !removed) return;
      // The box follows the click at once; the server's answer replaces it, and a failure reloads what is stored.
      facts.setData((data) => ({ ...data, labelIds: added ? [...data.labelIds, added] : data.labelIds.filter((id) => id !== removed) }));
      if (added) void save(() => tagCase(api, caseId, added), t("businessCase.caseFacts.tagged", { label: nameOf(added) }), facts.reload);
      else if (removed) void save(() => untagCase(api, caseId, removed), t("businessCase.caseFacts.untagged", { label: nameOf(removed) }), facts.reload);
    };
    return (
      <>
        {error !== null && <ErrorAlert error={error} />}
        <SelectField
          id="case-facts-approach"
          label={t("businessCase.caseFacts.approach")}
          value={current.approachId ?? ""}
          placeholder={t("businessCase.caseFacts.noApproach")}
          options={options("approach")}
          onChange={(value) =>
            void save(() => setApproach(api, caseId, value === "" ? null : value), value === "" ? t("businessCase.caseFacts.approachCleared") : t("businessCase.caseFacts.approachSet", { label: nameOf(value) }))
          }
        />
        <CheckboxGroup
          id="case-facts-success"
          legend={t("businessCase.caseFacts.successFactors")}
          options={options("success_factor")}
          selected={current.labelIds}
          onChange={(next) => toggle("success_factor", next)}
        />
        <CheckboxGroup
          id="case-facts-failure"
          legend={t("businessCase.caseFacts.failureFactors")}
          options={options("failure_factor")}
          selected={current.labelIds}
          onChange={(next) => toggle("failure_factor", next)}
        />
        <LabelForm onAdded={(label) => labels.setData((list) => [...list, label])} />
        <CostLinesPart caseId={caseId} facts={current} onChanged={facts.reload} />
      </>
    );
  };

  return (
    <section aria-labelledby={HEADING_ID} className="bw-section bw-case-section">
      <Heading level={2} id={HEADING_ID} tabIndex={-1}>
        {t("businessCase.caseFacts.title")}
      </Heading>
      <Paragraph>{t("businessCase.caseFacts.intro")}</Paragraph>
      {body()}
    </section>
  );
};
