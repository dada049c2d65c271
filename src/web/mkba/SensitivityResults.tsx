import { memo, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ChartFigure } from "../ui/charts/ChartFigure";
import { DataTable } from "../ui/DataTable";
import { Heading } from "../ui/Heading";
import { tornadoOption } from "./chart-options";
import { formatMoney, formatNumber } from "./result-format";
import type { SensitivityState } from "./use-deferred-sensitivity";

/**
 * Tornado and switching values, marked "wordt bijgewerkt" while they lag behind the what-if values. Memoised: the
 * state changes only when a recompute starts or ends, so a slider move does not redraw the tornado or its tables.
 */
export const SensitivityResults = memo(function SensitivityResults({ sensitivity }: { sensitivity: SensitivityState }) {
  const { t } = useTranslation();
  const latest = sensitivity.latest?.value ?? null;
  const tornado = useMemo(() => (latest ? tornadoOption(latest, { low: t("mkba.results.atLow"), high: t("mkba.results.atHigh") }) : null), [latest, t]);
  return (
    <div className="bw-mkba-sensitivity" aria-busy={sensitivity.updating}>
      {sensitivity.updating && (
        <p className="utrecht-paragraph bw-mkba-updating" data-testid="mkba-sensitivity-updating">
          {t("mkba.results.sensitivityUpdating")}
        </p>
      )}
      {latest && (
        <>
          <Heading level={3}>{t("mkba.results.tornadoTitle")}</Heading>
          {latest.tornado.length === 0 || !tornado ? (
            <p className="utrecht-paragraph">{t("mkba.results.noTornado")}</p>
          ) : (
            <ChartFigure
              caption={t("mkba.results.tornadoCaption")}
              option={tornado}
              height={Math.max(200, 60 + 36 * latest.tornado.length)}
              table={
                <DataTable
                  caption={t("mkba.results.tornadoCaption")}
                  hideCaption
                  rows={latest.tornado}
                  rowKey={(bar) => bar.parameter}
                  columns={[
                    { key: "parameter", header: t("mkba.results.parameter"), render: (bar) => bar.parameter },
                    { key: "low", header: t("mkba.results.lowValue"), numeric: true, render: (bar) => formatNumber(bar.low) },
                    { key: "npvLow", header: t("mkba.results.npvAtLow"), numeric: true, render: (bar) => formatMoney(bar.npvLow) },
                    { key: "high", header: t("mkba.results.highValue"), numeric: true, render: (bar) => formatNumber(bar.high) },
                    { key: "npvHigh", header: t("mkba.results.npvAtHigh"), numeric: true, render: (bar) => formatMoney(bar.npvHigh) },
                  ]}
                />
              }
            />
          )}

          <Heading level={3}>{t("mkba.results.switchingTitle")}</Heading>
          <DataTable
            caption={t("mkba.results.switchingCaption")}
            rows={Object.entries(latest.switchingValues)}
            rowKey={([name]) => name}
            columns={[
              { key: "parameter", header: t("mkba.results.parameter"), render: ([name]) => name },
              { key: "base", header: t("mkba.results.baseValue"), numeric: true, render: ([name]) => (latest.values[name] === undefined ? t("common.none") : formatNumber(latest.values[name] as number)) },
              { key: "switching", header: t("mkba.results.switchingValue"), numeric: true, render: ([, value]) => (value === null ? t("mkba.results.noSwitchingValue") : formatNumber(value)) },
            ]}
          />
        </>
      )}
    </div>
  );
});
