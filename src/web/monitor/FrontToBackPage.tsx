import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import { useApi } from "../api/api-context";
import { type FrontToBackQuery, getBusinessCase, monitorExportUrls } from "../api/monitor";
import { useApiQuery } from "../api/use-api-query";
import { centsInput, formatCents, formatDate, formatEuro, isoDateInDutchTime, parseEuroCents } from "../format";
import { type Column, DataTable } from "../ui/DataTable";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { Paragraph } from "../ui/Paragraph";
import { TextField } from "../ui/TextField";
import { ExportLinks } from "./ExportLinks";
import { defaultPeriod, START_RATE_CENTS } from "./monitor-values";
import { MonitorLayout } from "./MonitorLayout";
import { PeriodForm } from "./PeriodForm";


interface Figure {
  key: "costs" | "benefits" | "cases" | "reviewed";
  value: string;
}

/**
 * Monitor → "€ 1 aan de voorkant bespaart € X aan de achterkant" (Oirschot), computed from the ex-post business
 * case of the cases closed in the period, with its 95% bootstrap interval.
 */
export const FrontToBackPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const [query, setQuery] = useState<FrontToBackQuery>(() => {
    const today = isoDateInDutchTime(new Date());
    const period = defaultPeriod(today);
    return { closedFrom: period.from, closedTo: period.to, hourlyRateCents: START_RATE_CENTS, priceYear: Number(today.slice(0, 4)) };
  });
  const [rate, setRate] = useState(centsInput(START_RATE_CENTS));
  const [priceYear, setPriceYear] = useState(String(query.priceYear));
  const [errors, setErrors] = useState<{ rate?: string; priceYear?: string }>({});
  const result = useApiQuery((signal) => getBusinessCase(api, query, signal), [api, query.closedFrom, query.closedTo, query.hourlyRateCents, query.priceYear]);

  const figures = (r: BusinessCaseResult): Figure[] => [
    { key: "costs", value: formatCents(r.allCases.costsCents) },
    { key: "benefits", value: r.allCases.extrapolatedBenefitsCents === null ? "–" : formatCents(r.allCases.extrapolatedBenefitsCents) },
    { key: "cases", value: String(r.cases) },
    { key: "reviewed", value: r.reviewed === null ? t("monitor.suppressed") : String(r.reviewed) },
  ];
  const columns: Column<Figure>[] = [
    { key: "what", header: t("monitor.frontToBack.figure"), render: (f) => t(`monitor.frontToBack.figures.${f.key}`) },
    { key: "value", header: t("monitor.frontToBack.value"), numeric: true, render: (f) => f.value },
  ];

  return (
    <MonitorLayout view="frontToBack">
      <section aria-labelledby="front-heading" className="bw-section">
        <Heading level={2} id="front-heading">
          {t("monitor.frontToBack.title")}
        </Heading>
        <Paragraph>{t("monitor.frontToBack.intro")}</Paragraph>
        <PeriodForm
          id="front-period"
          label={t("monitor.frontToBack.settings")}
          period={{ from: query.closedFrom, to: query.closedTo }}
          validateExtra={() => {
            const next = {
              rate: (parseEuroCents(rate) ?? 0) > 0 ? undefined : t("monitor.rateUnreadable"),
              priceYear: /^\s*\d{4}\s*$/.test(priceYear) ? undefined : t("monitor.frontToBack.priceYearUnreadable"),
            };
            setErrors(next);
            return !next.rate && !next.priceYear;
          }}
          onApply={(period) => setQuery({ closedFrom: period.from, closedTo: period.to, hourlyRateCents: parseEuroCents(rate)!, priceYear: Number(priceYear) })}
          extra={
            <>
              <TextField id="front-rate" label={t("monitor.hourlyRate")} className="bw-number-field" inputMode="decimal" autoComplete="off" value={rate} onChange={setRate} error={errors.rate} />
              <TextField id="front-price-year" label={t("monitor.frontToBack.priceYear")} className="bw-number-field" inputMode="numeric" autoComplete="off" value={priceYear} onChange={setPriceYear} error={errors.priceYear} />
            </>
          }
        />
        {result.state.status === "loading" && <LoadingState />}
        {result.state.status === "error" && <ErrorAlert error={result.state.error} onRetry={result.reload} />}
        {result.state.status === "ok" && (
          <>
            <p className="utrecht-paragraph utrecht-paragraph--lead" aria-live="polite">
              {result.state.data.frontToBack
                ? t("monitor.frontToBack.statement", {
                    value: formatEuro(result.state.data.frontToBack.perEuro),
                    low: result.state.data.frontToBack.interval95 ? formatEuro(result.state.data.frontToBack.interval95[0]) : "–",
                    high: result.state.data.frontToBack.interval95 ? formatEuro(result.state.data.frontToBack.interval95[1]) : "–",
                  })
                : t("monitor.frontToBack.notYet")}
            </p>
            <DataTable<Figure>
              caption={t("monitor.frontToBack.caption", { from: formatDate(query.closedFrom), to: formatDate(query.closedTo) })}
              rows={figures(result.state.data)}
              rowKey={(f) => f.key}
              columns={columns}
            />
            <Paragraph>{t("monitor.frontToBack.method", { draws: result.state.data.settings.draws, seed: result.state.data.settings.seed })}</Paragraph>
            <ExportLinks urls={monitorExportUrls.frontToBack(query)} what={t("monitor.frontToBack.title")} />
          </>
        )}
      </section>
    </MonitorLayout>
  );
};
