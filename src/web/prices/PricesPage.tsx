import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PriceItem } from "../../domain/prices/dto";
import { useApi } from "../api/api-context";
import { getPriceIndex, listIndexedPrices, PRICE_EXPORT_URL } from "../api/prices";
import { useApiQuery } from "../api/use-api-query";
import { useMe } from "../app/session-context";
import { navigate, useLocation } from "../router/history";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { SelectField } from "../ui/SelectField";
import { IndexSeriesEditor } from "./IndexSeriesEditor";
import { PriceForm } from "./PriceForm";
import { PriceImportForm } from "./PriceImportForm";
import { PriceTable } from "./PriceTable";
import { priceListPath, priceYearOf } from "./price-values";

/**
 * Prijslijst: unit prices with source, price year and reliability, optionally indexed to one price
 * year (`?prijspeil=…` in the address). With `pricelist:manage` also add, change, remove, import
 * a CSV and keep the index series.
 */
export const PricesPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const canManage = me.permissions.includes("pricelist:manage");
  const { search } = useLocation();
  const indexTo = priceYearOf(search);
  const prices = useApiQuery((signal) => listIndexedPrices(api, { indexTo, signal }), [api, indexTo]);
  const index = useApiQuery((signal) => getPriceIndex(api, signal), [api]);
  const [editing, setEditing] = useState<PriceItem | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const years = index.state.status === "ok" ? index.state.data.map((point) => point.year) : [];
  if (indexTo !== null && !years.includes(indexTo)) years.push(indexTo);
  const yearOptions = [
    { value: "", label: t("prices.asEntered") },
    ...years.sort((a, b) => a - b).map((year) => ({ value: String(year), label: String(year) })),
  ];
  const reloadList = () => {
    listHeading.current?.focus();
    prices.reload();
  };

  return (
    <>
      <PageHeading>{t("areas.priceList.name")}</PageHeading>
      <Paragraph>{t("prices.intro")}</Paragraph>
      <p className="bw-actions">
        <a className="utrecht-link" href={PRICE_EXPORT_URL} download>
          {t("prices.export")}
        </a>
      </p>
      <div className="bw-filters">
        <SelectField
          id="prices-index-to"
          label={t("prices.indexTo")}
          value={indexTo === null ? "" : String(indexTo)}
          options={yearOptions}
          onChange={(next) => navigate(priceListPath(next === "" ? null : Number(next)), { replace: true })}
        />
      </div>
      <section aria-labelledby="prices-list-heading" className="bw-section">
        <Heading level={2} id="prices-list-heading" ref={listHeading} tabIndex={-1}>
          {indexTo === null ? t("prices.listHeading") : t("prices.listHeadingIndexed", { year: indexTo })}
        </Heading>
        {prices.state.status === "loading" && <LoadingState />}
        {prices.state.status === "error" && <ErrorAlert error={prices.state.error} onRetry={prices.reload} />}
        {prices.state.status === "ok" &&
          (prices.state.data.length === 0 ? (
            <EmptyState>{t("prices.empty")}</EmptyState>
          ) : (
            <PriceTable
              prices={prices.state.data}
              indexTo={indexTo}
              canManage={canManage}
              onEdit={setEditing}
              onRemoved={(id) => {
                if (editing?.id === id) setEditing(null);
                prices.setData((items) => items.filter((item) => item.id !== id));
              }}
              onReload={reloadList}
            />
          ))}
      </section>
      {canManage && (
        <>
          <PriceForm
            key={editing ? `${editing.id}-${editing.version}` : "new"}
            editing={editing}
            onSaved={() => {
              setEditing(null);
              prices.reload();
            }}
            onCancel={() => setEditing(null)}
            onReload={() => {
              setEditing(null);
              reloadList();
            }}
          />
          <PriceImportForm onImported={prices.reload} />
          {index.state.status === "ok" && (
            <IndexSeriesEditor
              points={index.state.data}
              onSaved={(points) => {
                index.setData(() => points);
                prices.reload();
              }}
            />
          )}
          {index.state.status === "error" && <ErrorAlert error={index.state.error} onRetry={index.reload} />}
        </>
      )}
    </>
  );
};
