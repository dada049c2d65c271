import { useTranslation } from "react-i18next";
import type { Instrument, Measurement } from "../../domain/outcomes/dto";
import { formatDate } from "../format";
import { DataTable } from "../ui/DataTable";

interface DomainRow {
  key: string;
  label: string;
  scores: readonly (Measurement["scores"][number] | undefined)[];
}

/**
 * The measurements side by side — one column per measurement, one row per domain that was scored
 * at least once — so the change from the start measurement reads at a glance.
 */
export const MeasurementTable = ({ measurements, instruments }: { measurements: readonly Measurement[]; instruments: readonly Instrument[] }) => {
  const { t } = useTranslation();
  const several = new Set(measurements.map((measurement) => measurement.instrumentCode)).size > 1;
  const rows: DomainRow[] = [];
  for (const instrument of instruments) {
    const used = measurements.filter((measurement) => measurement.instrumentCode === instrument.code);
    for (const domain of instrument.domains) {
      const scores = measurements.map((measurement) =>
        used.includes(measurement) ? measurement.scores.find((score) => score.domain === domain.code) : undefined,
      );
      if (scores.every((score) => score === undefined)) continue;
      rows.push({ key: `${instrument.code}-${domain.code}`, label: several ? `${domain.label} (${instrument.name})` : domain.label, scores });
    }
  }
  const levelLabel = (measurement: Measurement, level: number) =>
    instruments.find((instrument) => instrument.code === measurement.instrumentCode)?.levels.find((candidate) => candidate.value === level)?.label;
  return (
    <DataTable<DomainRow>
      caption={t("measurements.caption", { count: measurements.length })}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { key: "domain", header: t("measurements.domain"), render: (row) => row.label },
        ...measurements.map((measurement, index) => ({
          key: measurement.id,
          header: `${t(`measurements.moments.${measurement.moment}`)}, ${formatDate(measurement.measuredOn)}`,
          render: (row: DomainRow) => {
            const score = row.scores[index];
            if (!score) return t("common.none");
            const label = levelLabel(measurement, score.level);
            return (
              <>
                <strong>{label ? `${score.level} – ${label}` : score.level}</strong>
                <br />
                <span className="bw-muted">{score.reason}</span>
              </>
            );
          },
        })),
      ]}
    />
  );
};
