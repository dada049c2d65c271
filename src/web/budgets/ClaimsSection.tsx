import { useTranslation } from "react-i18next";
import type { Claim, RequestDetail } from "../../domain/budgets/dto";
import { formatCents } from "../format";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";
import { ClaimForm } from "./ClaimForm";
import { ClaimOutcomeForm } from "./ClaimOutcomeForm";

/**
 * "Voorfinanciering en terugvordering": a pre-financed spend is claimed from regular funding (Wmo,
 * Jeugdwet, bijzondere bijstand, …); an honoured claim credits the pot.
 */
export const ClaimsSection = ({ request, onChanged }: { request: RequestDetail; onChanged: () => void }) => {
  const { t } = useTranslation();
  const open = request.claims.filter((claim) => claim.status !== "rejected").reduce((sum, claim) => sum + claim.claimedCents, 0);
  const remaining = request.amountCents - open;
  const pending = request.claims.filter((claim) => claim.status === "pending");
  return (
    <section aria-labelledby="claims-heading" className="bw-section">
      <Heading level={2} id="claims-heading">
        {t("budgets.claims.heading")}
      </Heading>
      <Paragraph>{t("budgets.claims.intro", { amount: formatCents(request.amountCents), remaining: formatCents(remaining) })}</Paragraph>
      {request.claims.length === 0 ? (
        <EmptyState>{t("budgets.claims.empty")}</EmptyState>
      ) : (
        <DataTable<Claim>
          caption={t("budgets.claims.caption")}
          hideCaption
          rows={request.claims}
          rowKey={(claim) => claim.id}
          columns={[
            { key: "source", header: t("budgets.claims.source"), render: (c) => t(`budgets.sources.${c.fundingSource}`) },
            { key: "claimed", header: t("budgets.claims.claimed"), numeric: true, render: (c) => formatCents(c.claimedCents) },
            { key: "status", header: t("budgets.claims.status"), render: (c) => t(`budgets.claimStatuses.${c.status}`) },
            { key: "honoured", header: t("budgets.claims.honoured"), numeric: true, render: (c) => (c.honouredCents === null ? t("common.none") : formatCents(c.honouredCents)) },
          ]}
        />
      )}
      {pending.map((claim) => (
        <ClaimOutcomeForm key={claim.id} claim={claim} onSaved={onChanged} />
      ))}
      {remaining > 0 && <ClaimForm requestId={request.id} remainingCents={remaining} onSaved={onChanged} />}
    </section>
  );
};
