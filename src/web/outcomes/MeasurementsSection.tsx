import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { listInstruments, listMeasurements } from "../api/outcomes";
import { useApiQuery } from "../api/use-api-query";
import { CaseSection } from "../cases/CaseSection";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { LoadingState } from "../ui/LoadingState";
import { MeasurementForm } from "./MeasurementForm";
import { MeasurementTable } from "./MeasurementTable";

/** Metingen: the measurements so far, side by side, and the form for the next one. */
export const MeasurementsSection = ({ caseId, closed }: { caseId: string; closed: boolean }) => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload, setData } = useApiQuery(async (signal) => {
    const [instruments, measurements] = await Promise.all([listInstruments(api, signal), listMeasurements(api, caseId, signal)]);
    return { instruments, measurements };
  }, [api, caseId]);
  return (
    <CaseSection section="measurements" title={t("cases.sections.measurements")}>
      {state.status === "loading" && <LoadingState />}
      {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === "ok" && (
        <>
          {state.data.measurements.length === 0 ? (
            <EmptyState>{t("measurements.empty")}</EmptyState>
          ) : (
            <MeasurementTable measurements={state.data.measurements} instruments={state.data.instruments} />
          )}
          <MeasurementForm
            key={closed ? "closed" : "open"}
            caseId={caseId}
            instruments={state.data.instruments}
            measurements={state.data.measurements}
            closed={closed}
            onAdded={(measurement) => setData((data) => ({ ...data, measurements: [...data.measurements, measurement] }))}
          />
        </>
      )}
    </CaseSection>
  );
};
