import { useTranslation } from "react-i18next";
import type { Mandate } from "../../domain/budgets/dto";
import type { ReactNode } from "react";
import { formatCents } from "../format";
import { DataTable } from "../ui/DataTable";

/** Who may decide on a pot, and up to which amount per decision. */
export const MandateTable = ({ mandates, action }: { mandates: readonly Mandate[]; action?: (mandate: Mandate) => ReactNode }) => {
  const { t } = useTranslation();
  return (
    <DataTable<Mandate>
      caption={t("budgets.mandates.caption")}
      hideCaption
      rows={mandates}
      rowKey={(m) => m.id}
      columns={[
        { key: "name", header: t("budgets.mandates.holder"), render: (m) => m.userName },
        { key: "limit", header: t("budgets.mandates.limit"), numeric: true, render: (m) => formatCents(m.limitCents) },
        { key: "active", header: t("budgets.mandates.state"), render: (m) => t(m.active ? "budgets.mandates.active" : "budgets.mandates.inactive") },
        ...(action ? [{ key: "action", header: t("common.actions"), render: action }] : []),
      ]}
    />
  );
};
