import { useTranslation } from "react-i18next";
import type { PriceItem } from "../../domain/prices/dto";
import { useApi } from "../api/api-context";
import { getPlan } from "../api/plans";
import { useApiQuery } from "../api/use-api-query";
import { CaseSection, focusSection } from "../cases/CaseSection";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PlanForm } from "./PlanForm";
import { PlanSummary } from "./PlanSummary";
import { ResourceForm } from "./ResourceForm";
import { ResourceTable } from "./ResourceTable";

export interface PlanSectionProps {
  caseId: string;
  /** A closed case's plan can only be read. */
  closed: boolean;
  prices: readonly PriceItem[];
}

/** Plan: goals, agreements and the family-group plan (saved together), and the resources (each on its own). */
export const PlanSection = ({ caseId, closed, prices }: PlanSectionProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload, setData } = useApiQuery((signal) => getPlan(api, caseId, signal), [api, caseId]);
  return (
    <CaseSection section="plan" title={t("cases.sections.plan")}>
      {state.status === "loading" && <LoadingState />}
      {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === "ok" && (
        <>
          {closed ? (
            <PlanSummary plan={state.data} />
          ) : (
            <PlanForm
              key={state.loadId}
              plan={state.data}
              onSaved={(saved) => setData(() => saved)}
              onReload={() => {
                focusSection("plan");
                reload();
              }}
            />
          )}
          <Heading level={3} id="resources-heading">
            {t("plans.resources.heading")}
          </Heading>
          {state.data.resources.length === 0 ? (
            <EmptyState>{t("plans.resources.empty")}</EmptyState>
          ) : (
            <ResourceTable
              caseId={caseId}
              resources={state.data.resources}
              prices={prices}
              editable={!closed}
              onRemoved={(id) => setData((plan) => ({ ...plan, resources: plan.resources.filter((resource) => resource.id !== id) }))}
            />
          )}
          {!closed && (
            <ResourceForm
              caseId={caseId}
              prices={prices}
              onAdded={(resource) => setData((plan) => ({ ...plan, resources: [...plan.resources, resource] }))}
            />
          )}
        </>
      )}
    </CaseSection>
  );
};
