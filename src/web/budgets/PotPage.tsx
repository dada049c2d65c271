import { useTranslation } from "react-i18next";
import type { LedgerEntry, Mandate, Pot } from "../../domain/budgets/dto";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { getLedger, listMandates, listPots } from "../api/budgets";
import { useApiQuery } from "../api/use-api-query";
import { formatCents, formatDate } from "../format";
import { Link } from "../router/Link";
import { DataList } from "../ui/DataList";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { MandateTable } from "./MandateTable";
import { BUDGETS_PATH, requestPagePath } from "./paths";

interface PotData {
  pot: Pot;
  mandates: Mandate[];
  ledger: LedgerEntry[];
}

/** One pot: what it is, who may decide up to which amount, and every movement with the balance after it. */
export const PotPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload } = useApiQuery<PotData | null>(async (signal) => {
    const pot = (await listPots(api, signal)).find((candidate) => candidate.id === id);
    if (!pot) return null;
    const [mandates, ledger] = await Promise.all([listMandates(api, id, signal), getLedger(api, id, signal)]);
    return { pot, mandates, ledger };
  }, [api, id]);
  const back = (
    <Paragraph>
      <Link href={BUDGETS_PATH}>{t("budgets.backToList")}</Link>
    </Paragraph>
  );
  if (state.status === "loading") {
    return (
      <>
        <PageHeading>{t("budgets.pot.loadingTitle")}</PageHeading>
        <LoadingState />
      </>
    );
  }
  if (state.status === "error" || state.data === null) {
    const notFound = state.status === "ok" || (isApiError(state.error) && state.error.code === "not_found");
    return (
      <>
        <PageHeading>{notFound ? t("budgets.pot.notFoundTitle") : t("budgets.pot.loadingTitle")}</PageHeading>
        {state.status === "error" && !notFound ? <ErrorAlert error={state.error} onRetry={reload} /> : <Paragraph>{t("budgets.pot.notFound")}</Paragraph>}
        {back}
      </>
    );
  }
  const { pot, mandates, ledger } = state.data;
  return (
    <>
      <PageHeading>{pot.name}</PageHeading>
      {back}
      <DataList
        items={[
          { key: "kind", label: t("budgets.pots.kind"), value: t(`budgets.kinds.${pot.kind}`) },
          { key: "year", label: t("budgets.pots.year"), value: String(pot.year) },
          { key: "annual", label: t("budgets.pots.annual"), value: formatCents(pot.annualAmountCents) },
          { key: "balance", label: t("budgets.pots.balance"), value: formatCents(pot.balanceCents) },
        ]}
      />
      <section aria-labelledby="pot-mandates-heading" className="bw-section">
        <Heading level={2} id="pot-mandates-heading">
          {t("budgets.mandates.heading")}
        </Heading>
        <Paragraph>{t("budgets.mandates.rule")}</Paragraph>
        {mandates.length === 0 ? <EmptyState>{t("budgets.mandates.empty")}</EmptyState> : <MandateTable mandates={mandates} />}
      </section>
      <section aria-labelledby="pot-ledger-heading" className="bw-section">
        <Heading level={2} id="pot-ledger-heading">
          {t("budgets.ledger.heading")}
        </Heading>
        {ledger.length === 0 ? (
          <EmptyState>{t("budgets.ledger.empty")}</EmptyState>
        ) : (
          <DataTable<LedgerEntry>
            caption={t("budgets.ledger.caption", { pot: pot.name })}
            hideCaption
            rows={ledger}
            rowKey={(entry) => entry.id}
            columns={[
              { key: "date", header: t("budgets.ledger.date"), render: (e) => formatDate(e.bookedOn) },
              { key: "kind", header: t("budgets.ledger.kind"), render: (e) => t(`budgets.ledgerKinds.${e.kind}`, { defaultValue: e.kind }) },
              { key: "purposeCategory", header: t("budgets.ledger.purposeCategory"), render: (e) => (e.purposeCategory ? t(`budgets.purposeCategories.${e.purposeCategory}`) : "") },
              { key: "note", header: t("budgets.ledger.note"), render: (e) => (e.requestId ? <Link href={requestPagePath(e.requestId)}>{e.note ?? t("budgets.ledger.request")}</Link> : (e.note ?? "")) },
              { key: "amount", header: t("budgets.ledger.amount"), numeric: true, render: (e) => formatCents(e.amountCents) },
              { key: "balance", header: t("budgets.ledger.balance"), numeric: true, render: (e) => formatCents(e.balanceAfterCents) },
            ]}
          />
        )}
      </section>
    </>
  );
};
