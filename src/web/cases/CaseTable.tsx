import { useTranslation } from "react-i18next";
import type { CaseSummary } from "../../domain/cases/dto";
import { formatDate } from "../format";
import { Link } from "../router/Link";
import { DataTable } from "../ui/DataTable";
import { CaseStatusBadge } from "./CaseStatusBadge";
import { casePath } from "./paths";

/** Cases in the server's order (newest first); the household's name opens the case. */
export const CaseTable = ({
  cases,
  caption,
  hideCaption = false,
}: {
  cases: readonly CaseSummary[];
  caption: string;
  hideCaption?: boolean;
}) => {
  const { t } = useTranslation();
  return (
    <DataTable<CaseSummary>
      caption={caption}
      hideCaption={hideCaption}
      rows={cases}
      rowKey={(file) => file.id}
      columns={[
        {
          key: "household",
          header: t("cases.fields.household"),
          render: (file) => <Link href={casePath(file.id)}>{file.householdName}</Link>,
        },
        { key: "caseDirector", header: t("cases.fields.caseDirector"), render: (file) => file.caseDirectorName },
        { key: "status", header: t("cases.fields.status"), render: (file) => <CaseStatusBadge status={file.status} /> },
        { key: "openedOn", header: t("cases.fields.openedOn"), render: (file) => formatDate(file.openedOn) },
        {
          key: "closedOn",
          header: t("cases.fields.closedOn"),
          render: (file) => (file.closedOn ? formatDate(file.closedOn) : t("common.none")),
        },
      ]}
    />
  );
};
