import { useTranslation } from "react-i18next";
import type { PriceItem } from "../../domain/prices/dto";
import { useApi } from "../api/api-context";
import { getScenarios } from "../api/scenarios";
import { useApiQuery } from "../api/use-api-query";
import { CaseSection, focusSection } from "../cases/CaseSection";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { ScenarioComparison } from "./ScenarioComparison";
import { ScenariosForm } from "./ScenariosForm";

/** Scenario's: the three cost scenarios and their comparison as the server computed it. */
export const ScenariosSection = ({ caseId, prices }: { caseId: string; prices: readonly PriceItem[] }) => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload, setData } = useApiQuery((signal) => getScenarios(api, caseId, signal), [api, caseId]);
  return (
    <CaseSection section="scenarios" title={t("cases.sections.scenarios")}>
      {state.status === "loading" && <LoadingState />}
      {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === "ok" && (
        <>
          <ScenariosForm
            key={state.loadId}
            scenarios={state.data}
            prices={prices}
            onSaved={(saved) => setData(() => saved)}
            onReload={() => {
              focusSection("scenarios");
              reload();
            }}
          />
          <Heading level={3}>{t("scenarios.comparison.heading")}</Heading>
          <ScenarioComparison scenarios={state.data} />
        </>
      )}
    </CaseSection>
  );
};
