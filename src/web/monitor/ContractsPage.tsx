import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Contract } from "../../domain/monitor/dto";
import { useApi } from "../api/api-context";
import { listContracts, listProviders } from "../api/monitor";
import { useApiQuery } from "../api/use-api-query";
import { useMe } from "../app/session-context";
import { formatCents, formatDate, formatDecimal } from "../format";
import { Button } from "../ui/Button";
import { type Column, DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { ContractForm } from "./ContractForm";
import { ContractKpiSection } from "./ContractKpiSection";
import { MonitorLayout } from "./MonitorLayout";
import { formatPercent } from "./monitor-values";

/**
 * Monitor → Contracten: the contracts with providers and consortia, their financing and KPI targets. Choosing one
 * shows its KPIs per period with traffic lights, the trend and the results conversations. With `monitor:manage`
 * also add and change contracts.
 */
export const ContractsPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const canManage = me.permissions.includes("monitor:manage");
  const contracts = useApiQuery((signal) => listContracts(api, signal), [api]);
  const providers = useApiQuery((signal) => (canManage ? listProviders(api, signal) : Promise.resolve([])), [api, canManage]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Contract | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const list = contracts.state.status === "ok" ? contracts.state.data : [];
  const chosen = list.find((c) => c.id === chosenId) ?? list[0] ?? null;

  const columns: Column<Contract>[] = [
    { key: "name", header: t("monitor.contracts.fields.name"), render: (c) => c.name },
    { key: "provider", header: t("monitor.contracts.fields.organisation"), render: (c) => c.organisationName },
    { key: "financing", header: t("monitor.contracts.fields.financing"), render: (c) => t(`monitor.financing.${c.financing}`) },
    { key: "period", header: t("monitor.contracts.period"), render: (c) => t("monitor.contracts.periodValue", { from: formatDate(c.startsOn), to: formatDate(c.endsOn) }) },
    { key: "amount", header: t("monitor.contracts.fields.amount"), numeric: true, render: (c) => t(`monitor.contracts.amountValue.${c.financing}`, { amount: formatCents(c.amountCents) }) },
    {
      key: "targets",
      header: t("monitor.contracts.targets"),
      render: (c) =>
        [
          t("monitor.contracts.targetStable", { value: formatPercent(c.targetStableOrBetter) }),
          t("monitor.contracts.targetSatisfaction", { value: formatDecimal(c.targetSatisfaction) }),
          c.targetReach === null ? null : t("monitor.contracts.targetReach", { value: c.targetReach }),
        ]
          .filter(Boolean)
          .join("; "),
    },
    {
      key: "actions",
      header: t("common.actions"),
      render: (c) => (
        <span className="bw-row-actions">
          <Button appearance="subtle" aria-pressed={chosen?.id === c.id} onClick={() => setChosenId(c.id)}>
            {t("monitor.contracts.showKpis")}
            <span className="bw-visually-hidden"> {c.name}</span>
          </Button>
          {canManage && (
            <Button appearance="subtle" onClick={() => setEditing(c)}>
              {t("monitor.contracts.edit")}
              <span className="bw-visually-hidden"> {c.name}</span>
            </Button>
          )}
        </span>
      ),
    },
  ];

  return (
    <MonitorLayout view="contracts">
      <section aria-labelledby="contracts-heading" className="bw-section">
        <Heading level={2} id="contracts-heading" ref={listHeading} tabIndex={-1}>
          {t("monitor.contracts.title")}
        </Heading>
        {contracts.state.status === "loading" && <LoadingState />}
        {contracts.state.status === "error" && <ErrorAlert error={contracts.state.error} onRetry={contracts.reload} />}
        {contracts.state.status === "ok" &&
          (list.length === 0 ? (
            <EmptyState>{t(canManage ? "monitor.contracts.emptyManage" : "monitor.contracts.empty")}</EmptyState>
          ) : (
            <DataTable<Contract> caption={t("monitor.contracts.caption", { count: list.length })} hideCaption rows={list} rowKey={(c) => c.id} columns={columns} />
          ))}
      </section>
      {chosen && <ContractKpiSection key={`${chosen.id}-${chosen.version}`} contract={chosen} canManage={canManage} />}
      {canManage && providers.state.status === "error" && <ErrorAlert error={providers.state.error} onRetry={providers.reload} />}
      {canManage && providers.state.status === "ok" && (
        <ContractForm
          key={editing ? `${editing.id}-${editing.version}` : "new"}
          editing={editing}
          providers={providers.state.data}
          onSaved={(saved) => {
            setEditing(null);
            setChosenId(saved.id);
            contracts.reload();
          }}
          onCancel={() => setEditing(null)}
          onReload={() => {
            setEditing(null);
            listHeading.current?.focus();
            contracts.reload();
          }}
        />
      )}
    </MonitorLayout>
  );
};
