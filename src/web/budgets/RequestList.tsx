import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Pot, REQUEST_STATUSES, type SpendingRequest } from "../../domain/budgets/dto";
import { useApi } from "../api/api-context";
import { listRequests } from "../api/budgets";
import { useApiQuery } from "../api/use-api-query";
import { formatCents } from "../format";
import { Link } from "../router/Link";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { SelectField } from "../ui/SelectField";
import { RequestStatusBadge } from "./RequestStatusBadge";
import { requestPagePath } from "./paths";

/** "Open": waiting for a first or a second decision — what a mandate holder looks for. */
const OPEN = "open";
const isOpen = (request: SpendingRequest) => request.status === "pending" || request.status === "awaiting_second";

/** Spending requests, newest first, filtered by status (default on the list page: the open ones). */
export const RequestList = ({ pots, caseId, headingLevel = 2 }: { pots: readonly Pot[]; caseId?: string; headingLevel?: 2 | 3 }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [status, setStatus] = useState(caseId ? "" : OPEN);
  const requests = useApiQuery(
    async (signal) => {
      const items = await listRequests(api, { caseId, status: status === OPEN ? "" : status }, signal);
      return status === OPEN ? items.filter(isOpen) : items;
    },
    [api, caseId, status],
  );
  const potName = (id: string) => pots.find((pot) => pot.id === id)?.name ?? "";
  const headingId = caseId ? "case-requests-heading" : "requests-heading";
  return (
    <section aria-labelledby={headingId} className="bw-section">
      <Heading level={headingLevel} id={headingId}>
        {t("budgets.requests.heading")}
      </Heading>
      {!caseId && (
        <div className="bw-filters">
          <SelectField
            id="requests-status"
            label={t("budgets.requests.statusFilter")}
            value={status}
            placeholder={t("budgets.requests.allStatuses")}
            options={[{ value: OPEN, label: t("budgets.requests.open") }, ...REQUEST_STATUSES.map((value) => ({ value, label: t(`budgets.statuses.${value}`) }))]}
            onChange={setStatus}
          />
        </div>
      )}
      {requests.state.status === "loading" && <LoadingState />}
      {requests.state.status === "error" && <ErrorAlert error={requests.state.error} onRetry={requests.reload} />}
      {requests.state.status === "ok" &&
        (requests.state.data.length === 0 ? (
          <EmptyState>{t("budgets.requests.empty")}</EmptyState>
        ) : (
          <DataTable<SpendingRequest>
            caption={t("budgets.requests.caption")}
            hideCaption
            rows={requests.state.data}
            rowKey={(request) => request.id}
            columns={[
              { key: "description", header: t("budgets.requests.description"), render: (r) => <Link href={requestPagePath(r.id)}>{r.description}</Link> },
              { key: "purposeCategory", header: t("budgets.requests.purposeCategory"), render: (r) => t(`budgets.purposeCategories.${r.purposeCategory}`) },
              { key: "pot", header: t("budgets.requests.pot"), render: (r) => potName(r.potId) },
              { key: "amount", header: t("budgets.requests.amount"), numeric: true, render: (r) => formatCents(r.amountCents) },
              { key: "status", header: t("budgets.requests.status"), render: (r) => <RequestStatusBadge status={r.status} /> },
            ]}
          />
        ))}
    </section>
  );
};
