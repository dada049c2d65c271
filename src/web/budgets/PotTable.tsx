import { useTranslation } from "react-i18next";
import type { Pot } from "../../domain/budgets/dto";
import { formatCents } from "../format";
import { Link } from "../router/Link";
import { DataTable } from "../ui/DataTable";
import { potPagePath } from "./paths";

/** The pots with their annual amount and what is left (the running balance). */
export const PotTable = ({ pots }: { pots: readonly Pot[] }) => {
  const { t } = useTranslation();
  return (
    <DataTable<Pot>
      caption={t("budgets.pots.caption")}
      hideCaption
      rows={pots}
      rowKey={(pot) => pot.id}
      columns={[
        { key: "name", header: t("budgets.pots.name"), render: (pot) => <Link href={potPagePath(pot.id)}>{pot.name}</Link> },
        { key: "kind", header: t("budgets.pots.kind"), render: (pot) => t(`budgets.kinds.${pot.kind}`) },
        { key: "year", header: t("budgets.pots.year"), render: (pot) => String(pot.year) },
        { key: "annual", header: t("budgets.pots.annual"), numeric: true, render: (pot) => formatCents(pot.annualAmountCents) },
        { key: "balance", header: t("budgets.pots.balance"), numeric: true, render: (pot) => formatCents(pot.balanceCents) },
      ]}
    />
  );
};
