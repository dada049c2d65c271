import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Resource } from "../../domain/plans/dto";
import type { PriceItem } from "../../domain/prices/dto";
import { useApi } from "../api/api-context";
import { removeResource } from "../api/plans";
import { useShowStatus } from "../app/status-context";
import { formatCents, formatDate, formatDecimal } from "../format";
import { Button } from "../ui/Button";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { DataTable } from "../ui/DataTable";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Paragraph } from "../ui/Paragraph";

export interface ResourceTableProps {
  caseId: string;
  resources: readonly Resource[];
  prices: readonly PriceItem[];
  /** Whether resources may still be removed (not after closing). */
  editable: boolean;
  onRemoved: (resourceId: string) => void;
}

/** The plan's resources with product, volume, amount and period; removing one asks first. */
export const ResourceTable = ({ caseId, resources, prices, editable, onRemoved }: ResourceTableProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [asking, setAsking] = useState<Resource | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const priceOf = (id: string | null) => prices.find((item) => item.id === id);
  const total = resources.reduce((sum, resource) => sum + (resource.amountCents ?? 0), 0);

  const product = (resource: Resource) => {
    const item = priceOf(resource.priceItemId);
    if (!item) return t("common.none");
    return resource.quantity === null ? item.label : `${item.label}: ${formatDecimal(resource.quantity)} ${item.unit}`;
  };
  const period = (resource: Resource) => {
    if (!resource.startsOn && !resource.endsOn) return t("common.none");
    return t("plans.resources.periodValue", {
      from: resource.startsOn ? formatDate(resource.startsOn) : "…",
      to: resource.endsOn ? formatDate(resource.endsOn) : "…",
    });
  };

  const remove = async (resource: Resource) => {
    setBusy(true);
    setError(null);
    try {
      await removeResource(api, caseId, resource.id);
      showStatus(t("plans.resources.removed", { description: resource.description }));
      setAsking(null);
      onRemoved(resource.id);
    } catch (failure) {
      setAsking(null);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {error !== null && <ErrorAlert error={error} />}
      <DataTable<Resource>
        caption={t("plans.resources.caption", { count: resources.length })}
        hideCaption
        rows={resources}
        rowKey={(resource) => resource.id}
        columns={[
          { key: "description", header: t("plans.resources.description"), render: (resource) => resource.description },
          { key: "kind", header: t("plans.resources.kind"), render: (resource) => t(`plans.resourceKinds.${resource.kind}`) },
          { key: "provider", header: t("plans.resources.providerColumn"), render: (resource) => resource.provider ?? t("common.none") },
          { key: "product", header: t("plans.resources.product"), render: product },
          {
            key: "amount",
            header: t("plans.resources.amountColumn"),
            numeric: true,
            render: (resource) => (resource.amountCents === null ? t("common.none") : formatCents(resource.amountCents)),
          },
          { key: "period", header: t("plans.resources.period"), render: period },
          ...(editable
            ? [
                {
                  key: "actions",
                  header: t("common.actions"),
                  render: (resource: Resource) => (
                    <Button appearance="subtle" onClick={() => setAsking(resource)}>
                      {t("plans.remove")}
                      <span className="bw-visually-hidden"> {resource.description}</span>
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Paragraph className="bw-total">{t("plans.resources.total", { amount: formatCents(total) })}</Paragraph>
      {asking && (
        <ConfirmDialog
          title={t("plans.resources.removeTitle", { description: asking.description })}
          confirmLabel={t("plans.remove")}
          danger
          busy={busy}
          onConfirm={() => void remove(asking)}
          onCancel={() => setAsking(null)}
        >
          <Paragraph>{t("plans.resources.removeBody")}</Paragraph>
        </ConfirmDialog>
      )}
    </>
  );
};
