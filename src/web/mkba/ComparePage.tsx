import { useTranslation } from "react-i18next";
import type { ModelDetail, ModelSummary } from "../../domain/models/dto";
import { type EvaluationResult, evaluateModel } from "../../engine/evaluate-model";
import { parseModel } from "../../engine/parse-model";
import { useApi } from "../api/api-context";
import { getModel, listModels } from "../api/models";
import { useApiQuery } from "../api/use-api-query";
import { Link } from "../router/Link";
import { navigate, useLocation } from "../router/history";
import { ChartFigure } from "../ui/charts/ChartFigure";
import { CheckboxGroup } from "../ui/CheckboxGroup";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { compareOption } from "./chart-options";
import { compareIdsOf, comparePath, MKBA_PATH, modelPagePath } from "./paths";
import { formatMoney, formatRatio } from "./result-format";
import "./mkba.css";

interface Compared {
  readonly model: ModelDetail;
  readonly result: EvaluationResult | null;
}

/**
 * Modellen vergelijken: the benefit/cost ratios of several models side by side, stacked by benefit type (financial
 * and immaterial) with the 1.0 line where benefits equal costs, and a table of their key figures. The choice lives
 * in the address (`?modellen=…`), so a comparison can be shared.
 */
export const ComparePage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { search } = useLocation();
  const ids = compareIdsOf(search);
  const library = useApiQuery((signal) => listModels(api, signal), [api]);
  const compared = useApiQuery(
    async (signal): Promise<Compared[]> =>
      Promise.all(
        ids.map(async (id) => {
          const model = await getModel(api, id, { signal });
          const parsed = parseModel(model.document);
          return { model, result: parsed.model ? evaluateModel(parsed.model, { monteCarlo: false }).result : null };
        }),
      ),
    [api, ids.join(",")],
  );
  const ratio = (value: number | null) => (value === null ? t("mkba.results.undefinedRatio") : formatRatio(value));

  return (
    <>
      <PageHeading>{t("mkba.compare.title")}</PageHeading>
      <Paragraph>{t("mkba.compare.intro")}</Paragraph>
      <p className="bw-actions">
        <Link href={MKBA_PATH}>{t("mkba.studio.backToLibrary")}</Link>
      </p>
      {library.state.status === "ok" && library.state.data.length > 0 && (
        <CheckboxGroup
          id="mkba-compare-models"
          legend={t("mkba.compare.choose")}
          options={library.state.data.map((m: ModelSummary) => ({ value: m.id, label: m.name }))}
          selected={ids}
          onChange={(next) => navigate(comparePath(next), { replace: true })}
        />
      )}
      {library.state.status === "error" && <ErrorAlert error={library.state.error} onRetry={library.reload} />}
      <section aria-labelledby="mkba-compare-heading" className="bw-section">
        <Heading level={2} id="mkba-compare-heading">
          {t("mkba.compare.resultTitle")}
        </Heading>
        {ids.length === 0 && <EmptyState>{t("mkba.compare.empty")}</EmptyState>}
        {ids.length > 0 && compared.state.status === "loading" && <LoadingState />}
        {compared.state.status === "error" && <ErrorAlert error={compared.state.error} onRetry={compared.reload} />}
        {ids.length > 0 && compared.state.status === "ok" && (
          <>
            <ChartFigure
              caption={t("mkba.compare.chartCaption")}
              option={compareOption(
                compared.state.data.map((c) => ({ name: c.model.name, bcr: c.result?.bcr ?? null, financialBcr: c.result?.financialBcr ?? null })),
                { financial: t("mkba.categories.financial"), immaterial: t("mkba.categories.immaterial"), breakEven: t("mkba.compare.breakEven") },
              )}
              table={
                <DataTable<Compared>
                  caption={t("mkba.compare.chartCaption")}
                  hideCaption
                  rows={compared.state.data}
                  rowKey={(c) => c.model.id}
                  columns={[
                    { key: "name", header: t("mkba.fields.name"), render: (c) => c.model.name },
                    { key: "financial", header: t("mkba.compare.financialPart"), numeric: true, render: (c) => ratio(c.result?.financialBcr ?? null) },
                    {
                      key: "immaterial",
                      header: t("mkba.compare.immaterialPart"),
                      numeric: true,
                      render: (c) => ratio(c.result?.bcr == null || c.result.financialBcr == null ? null : c.result.bcr - c.result.financialBcr),
                    },
                    { key: "bcr", header: t("mkba.results.bcr"), numeric: true, render: (c) => ratio(c.result?.bcr ?? null) },
                  ]}
                />
              }
            />
            <DataTable<Compared>
              caption={t("mkba.compare.tableCaption")}
              rows={compared.state.data}
              rowKey={(c) => c.model.id}
              columns={[
                { key: "name", header: t("mkba.fields.name"), render: (c) => <Link href={modelPagePath(c.model.id)}>{c.model.name}</Link> },
                { key: "version", header: t("mkba.fields.version"), numeric: true, render: (c) => c.model.currentVersion },
                { key: "npv", header: t("mkba.results.npv"), numeric: true, render: (c) => (c.result ? formatMoney(c.result.npv) : t("mkba.compare.invalid")) },
                { key: "bcr", header: t("mkba.results.bcr"), numeric: true, render: (c) => ratio(c.result?.bcr ?? null) },
                { key: "financialBcr", header: t("mkba.results.financialBcr"), numeric: true, render: (c) => ratio(c.result?.financialBcr ?? null) },
                { key: "classification", header: t("mkba.results.classification"), render: (c) => (c.result ? t(`mkba.classification.${c.result.classification}`) : t("common.none")) },
                {
                  key: "payback",
                  header: t("mkba.results.payback"),
                  render: (c) => (c.result?.paybackYear == null ? t("mkba.results.noPayback") : t("mkba.results.paybackYear", { year: c.result.paybackYear, ordinal: c.result.paybackYear + 1 })),
                },
                { key: "horizon", header: t("mkba.fields.horizon"), numeric: true, render: (c) => String(c.model.document.horizon ?? "") },
              ]}
            />
          </>
        )}
      </section>
    </>
  );
};
