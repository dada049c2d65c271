import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PriceItem } from "../../domain/prices/dto";
import { isApiError } from "../api/api-error";
import { useApi } from "../api/api-context";
import { deletePrice } from "../api/prices";
import { useShowStatus } from "../app/status-context";
import { formatCents } from "../format";
import { Button } from "../ui/Button";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { ConflictAlert } from "../ui/ConflictAlert";
import { type Column, DataTable } from "../ui/DataTable";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Paragraph } from "../ui/Paragraph";
import { StatusBadge } from "../ui/StatusBadge";

export interface PriceTableProps {
  prices: readonly PriceItem[];
  /** The price year the prices are indexed to, or null for the prices as entered. */
  indexTo: number | null;
  /** Whether the user may change and remove prices (`pricelist:manage`). */
  canManage: boolean;
  onEdit: (item: PriceItem) => void;
  onRemoved: (id: string) => void;
  onReload: () => void;
}

/** The price list: each price with its year, payer, source and reliability; examples are marked. */
export const PriceTable = ({ prices, indexTo, canManage, onEdit, onRemoved, onReload }: PriceTableProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [asking, setAsking] = useState<PriceItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const remove = async (item: PriceItem) => {
    setBusy(true);
    setError(null);
    try {
      await deletePrice(api, item.id, item.version);
      showStatus(t("prices.removed", { code: item.code }));
      setAsking(null);
      onRemoved(item.id);
    } catch (failure) {
      setAsking(null);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const columns: Column<PriceItem>[] = [
    { key: "code", header: t("prices.fields.code"), render: (item) => item.code },
    {
      key: "label",
      header: t("prices.fields.label"),
      render: (item) => (
        <>
          {item.label}
          {item.isExample && (
            <>
              {" "}
              <StatusBadge status="warning">{t("prices.example")}</StatusBadge>
            </>
          )}
        </>
      ),
    },
    { key: "unit", header: t("prices.fields.unit"), render: (item) => item.unit },
    { key: "price", header: t("prices.fields.price"), numeric: true, render: (item) => formatCents(item.priceCents) },
    { key: "priceYear", header: t("prices.fields.priceYear"), numeric: true, render: (item) => String(item.priceYear) },
    ...(indexTo === null
      ? []
      : [
          {
            key: "indexed",
            header: t("prices.indexedColumn", { year: indexTo }),
            numeric: true,
            render: (item: PriceItem) =>
              item.indexedCents === null || item.indexedCents === undefined ? t("prices.notIndexable") : formatCents(item.indexedCents),
          },
        ]),
    { key: "payer", header: t("prices.fields.payer"), render: (item) => t(`scenarios.payers.${item.payer}`) },
    { key: "source", header: t("prices.fields.source"), render: (item) => item.source },
    { key: "confidence", header: t("prices.fields.confidence"), numeric: true, render: (item) => t("prices.confidenceValue", { value: item.confidence }) },
    ...(canManage
      ? [
          {
            key: "actions",
            header: t("common.actions"),
            render: (item: PriceItem) => (
              <span className="bw-row-actions">
                <Button appearance="subtle" onClick={() => onEdit(item)}>
                  {t("prices.edit")}
                  <span className="bw-visually-hidden"> {item.code}</span>
                </Button>
                <Button appearance="subtle" onClick={() => setAsking(item)}>
                  {t("prices.remove")}
                  <span className="bw-visually-hidden"> {item.code}</span>
                </Button>
              </span>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      {error !== null &&
        (isApiError(error) && error.code === "version_conflict" ? (
          <ConflictAlert
            onReload={() => {
              setError(null);
              onReload();
            }}
          />
        ) : (
          <ErrorAlert error={error} />
        ))}
      <DataTable<PriceItem>
        caption={t("prices.tableCaption", { count: prices.length })}
        rows={prices}
        rowKey={(item) => item.id}
        columns={columns}
      />
      {asking && (
        <ConfirmDialog
          title={t("prices.removeTitle", { code: asking.code })}
          confirmLabel={t("prices.remove")}
          danger
          busy={busy}
          onConfirm={() => void remove(asking)}
          onCancel={() => setAsking(null)}
        >
          <Paragraph>{t("prices.removeBody", { label: asking.label })}</Paragraph>
        </ConfirmDialog>
      )}
    </>
  );
};
