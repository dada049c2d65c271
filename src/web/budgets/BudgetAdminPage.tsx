import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { listManagedPots, listMandateCandidates } from "../api/budgets";
import { useApiQuery } from "../api/use-api-query";
import { formatCents } from "../format";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { MandateForm } from "./MandateForm";
import { MandateTable } from "./MandateTable";
import { PotForm } from "./PotForm";
import { RevokeMandateButton } from "./RevokeMandateButton";

/** Budgetbeheer: create pots with their annual amount, and grant mandates with a limit per decision. */
export const BudgetAdminPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const pots = useApiQuery((signal) => listManagedPots(api, signal), [api]);
  const candidates = useApiQuery((signal) => listMandateCandidates(api, signal), [api]);
  const people = candidates.state.status === "ok" ? candidates.state.data : [];
  return (
    <>
      <PageHeading>{t("areas.budgetAdmin.name")}</PageHeading>
      <Paragraph>{t("budgets.admin.intro")}</Paragraph>
      {candidates.state.status === "error" && <ErrorAlert error={candidates.state.error} onRetry={candidates.reload} />}
      {pots.state.status === "loading" && <LoadingState />}
      {pots.state.status === "error" && <ErrorAlert error={pots.state.error} onRetry={pots.reload} />}
      {pots.state.status === "ok" && pots.state.data.length === 0 && <EmptyState>{t("budgets.pots.empty")}</EmptyState>}
      {pots.state.status === "ok" &&
        pots.state.data.map((pot) => {
          const headingId = `admin-pot-${pot.id}`;
          return (
            <section key={pot.id} aria-labelledby={headingId} className="bw-section">
              <Heading level={2} id={headingId}>
                {t("budgets.admin.potHeading", { name: pot.name, year: pot.year })}
              </Heading>
              <Paragraph>
                {t("budgets.admin.potSummary", { kind: t(`budgets.kinds.${pot.kind}`), annual: formatCents(pot.annualAmountCents), balance: formatCents(pot.balanceCents) })}
              </Paragraph>
              {pot.mandates.length === 0 ? (
                <EmptyState>{t("budgets.mandates.empty")}</EmptyState>
              ) : (
                <MandateTable mandates={pot.mandates} action={(mandate) => (mandate.active ? <RevokeMandateButton pot={pot} mandate={mandate} onRevoked={pots.reload} /> : null)} />
              )}
              <MandateForm pot={pot} candidates={people} onSaved={pots.reload} />
            </section>
          );
        })}
      <PotForm onSaved={pots.reload} />
    </>
  );
};
