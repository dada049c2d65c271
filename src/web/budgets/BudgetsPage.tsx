import "./budgets.css";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { listPots } from "../api/budgets";
import { useApiQuery } from "../api/use-api-query";
import { useMe } from "../app/session-context";
import { Link } from "../router/Link";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { PotTable } from "./PotTable";
import { RequestList } from "./RequestList";
import { BUDGET_ADMIN_PATH, BUDGET_REPORT_PATH } from "./paths";

/**
 * Budgetten: the pots with their balance, and the spending requests with their status. A request
 * is filed from its case ("Budget aanvragen" on the case page), so the case's costing goes with it.
 */
export const BudgetsPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const pots = useApiQuery((signal) => listPots(api, signal), [api]);
  return (
    <>
      <PageHeading>{t("areas.budgets.name")}</PageHeading>
      <Paragraph>{t("budgets.intro")}</Paragraph>
      {(me.permissions.includes("budgets:report") || me.permissions.includes("budgets:manage")) && (
        <p className="bw-link-row">
          {me.permissions.includes("budgets:report") && <Link href={BUDGET_REPORT_PATH}>{t("budgets.toReport")}</Link>}
          {me.permissions.includes("budgets:manage") && <Link href={BUDGET_ADMIN_PATH}>{t("budgets.toAdmin")}</Link>}
        </p>
      )}
      <section aria-labelledby="budget-pots-heading" className="bw-section">
        <Heading level={2} id="budget-pots-heading">
          {t("budgets.pots.heading")}
        </Heading>
        {pots.state.status === "loading" && <LoadingState />}
        {pots.state.status === "error" && <ErrorAlert error={pots.state.error} onRetry={pots.reload} />}
        {pots.state.status === "ok" &&
          (pots.state.data.length === 0 ? <EmptyState>{t("budgets.pots.empty")}</EmptyState> : <PotTable pots={pots.state.data} />)}
      </section>
      <RequestList pots={pots.state.status === "ok" ? pots.state.data : []} />
    </>
  );
};
