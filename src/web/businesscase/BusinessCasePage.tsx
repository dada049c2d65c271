import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { fieldErrorsOf, isApiError } from "../api/api-error";
import { getBusinessCase, getFilterChoices, reportUrl } from "../api/businesscase";
import { useApiQuery } from "../api/use-api-query";
import { isoDateInDutchTime } from "../format";
import { navigate, useLocation } from "../router/history";
import { Alert } from "../ui/Alert";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { CostsTable } from "./CostsTable";
import { FactorsTable } from "./FactorsTable";
import { FilterForm } from "./FilterForm";
import { FlaggedList } from "./FlaggedList";
import { KeyFigures } from "./KeyFigures";
import { PayersChart } from "./PayersChart";
import { SharesSection } from "./SharesSection";
import { businessCasePath, defaultFilter, filterFromSearch } from "./paths";

/** The server's field messages for the filter (`query.closedFrom` → `closedFrom`). */
const filterErrorsOf = (error: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(fieldErrorsOf(error, { fullPaths: true })).map(([path, message]) => [path.replace(/^query\./, ""), message]));

/**
 * Businesscase: the ex-post business case of the selected closed cases. The selection lives in the address,
 * so it can be shared and the council report links carry the same query.
 */
export const BusinessCasePage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { search } = useLocation();
  const filter = filterFromSearch(search, defaultFilter(isoDateInDutchTime(new Date())));
  const key = businessCasePath(filter);
  const choices = useApiQuery((signal) => getFilterChoices(api, signal), [api]);
  const result = useApiQuery((signal) => getBusinessCase(api, filter, signal), [api, key]);
  const refused = result.state.status === "error" && isApiError(result.state.error) && result.state.error.code === "validation_failed";
  const serverErrors = result.state.status === "error" ? filterErrorsOf(result.state.error) : {};

  return (
    <>
      <PageHeading>{t("businessCase.title")}</PageHeading>
      <Paragraph>{t("businessCase.intro")}</Paragraph>
      {choices.state.status === "loading" && <LoadingState />}
      {choices.state.status === "error" && <ErrorAlert error={choices.state.error} onRetry={choices.reload} />}
      {choices.state.status === "ok" && <FilterForm key={key} filter={filter} choices={choices.state.data} serverErrors={serverErrors} onApply={(next) => navigate(businessCasePath(next))} />}
      <section aria-labelledby="bc-result-heading" aria-busy={result.state.status === "loading"} className="bw-section">
        <Heading level={2} id="bc-result-heading">
          {t("businessCase.result")}
        </Heading>
        {result.state.status === "loading" && <LoadingState label={t("businessCase.computing")} />}
        {result.state.status === "error" &&
          (refused ? (
            <Alert type="warning" role="alert">
              <Paragraph>
                <strong>{t("businessCase.refused")}</strong>
              </Paragraph>
              {Object.values(serverErrors).map((message) => (
                <Paragraph key={message}>{message}</Paragraph>
              ))}
            </Alert>
          ) : (
            <ErrorAlert error={result.state.error} onRetry={result.reload} />
          ))}
        {result.state.status === "ok" && (
          <>
            <ul className="utrecht-unordered-list bw-actions" aria-label={t("businessCase.report.label")}>
              <li className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={reportUrl(filter, "pdf")} download>
                  {t("businessCase.report.pdf")}
                </a>
              </li>
              <li className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={reportUrl(filter, "xlsx")} download>
                  {t("businessCase.report.xlsx")}
                </a>
              </li>
            </ul>
            {result.state.data.unindexedPrices.length > 0 && <Alert type="warning">{t("businessCase.unindexed", { codes: result.state.data.unindexedPrices.join(", "), year: filter.priceYear })}</Alert>}
            <KeyFigures result={result.state.data} />
            <CostsTable result={result.state.data} />
            <PayersChart result={result.state.data} />
            <SharesSection result={result.state.data} />
            <FactorsTable result={result.state.data} />
            <FlaggedList result={result.state.data} />
          </>
        )}
      </section>
    </>
  );
};
