import { useTranslation } from "react-i18next";
import type { CaseFile, Participant } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import { formatDate } from "../format";
import { addressOf, fullName } from "../households/household-text";
import { questionPath } from "../questions/paths";
import { Link } from "../router/Link";
import { DataList, type DataListItem } from "../ui/DataList";
import { DataTable } from "../ui/DataTable";
import { Paragraph } from "../ui/Paragraph";
import { CaseSection } from "./CaseSection";
import { CaseStatusBadge } from "./CaseStatusBadge";
import { CaseProviderPart } from "./CaseProviderPart";
import { ParticipantsPart } from "./ParticipantsPart";
import { householdPath } from "./paths";
import { StatusChangeForm } from "./StatusChangeForm";

export interface CaseOverviewProps {
  file: CaseFile;
  household: Household;
  onChanged: (file: CaseFile) => void;
  onParticipantAdded: (participant: Participant) => void;
  onReload: () => void;
}

type StatusChange = CaseFile["statusHistory"][number];

/** Overzicht: household, case director, status with its dates, how it ended, who is involved, and the next step. */
export const CaseOverview = ({ file, household, onChanged, onParticipantAdded, onReload }: CaseOverviewProps) => {
  const { t } = useTranslation();
  const closed = file.status === "afgesloten";
  const items: DataListItem[] = [
    { key: "household", label: t("cases.fields.household"), value: <Link href={householdPath(household.id)}>{household.name}</Link> },
    { key: "address", label: t("households.fields.address"), value: addressOf(household) ?? t("common.none") },
    {
      key: "members",
      label: t("households.members.heading"),
      value: household.members.length > 0 ? household.members.map(fullName).join(", ") : t("households.members.none"),
    },
    { key: "caseDirector", label: t("cases.fields.caseDirector"), value: file.caseDirectorName },
    { key: "status", label: t("cases.fields.status"), value: <CaseStatusBadge status={file.status} /> },
    { key: "openedOn", label: t("cases.fields.openedOn"), value: formatDate(file.openedOn) },
    ...(file.questionId
      ? [{ key: "question", label: t("cases.fields.question"), value: <Link href={questionPath(file.questionId)}>{t("cases.detail.toQuestion")}</Link> }]
      : []),
    ...(closed
      ? [
          { key: "closedOn", label: t("cases.fields.closedOn"), value: file.closedOn ? formatDate(file.closedOn) : t("common.none") },
          {
            key: "closingOutcome",
            label: t("cases.fields.closingOutcome"),
            value: file.closingOutcome ? t(`cases.closingOutcomes.${file.closingOutcome}`) : t("common.none"),
          },
          {
            key: "satisfaction",
            label: t("cases.fields.satisfaction"),
            value: file.satisfaction === null ? t("cases.step.satisfactionNone") : String(file.satisfaction),
          },
        ]
      : []),
  ];
  return (
    <CaseSection section="overview" title={t("cases.sections.overview")}>
      <DataList items={items} />
      <DataTable<StatusChange>
        caption={t("cases.detail.history")}
        rows={file.statusHistory}
        rowKey={(change) => `${change.status}-${change.changedOn}-${file.statusHistory.indexOf(change)}`}
        columns={[
          { key: "status", header: t("cases.fields.status"), render: (change) => t(`cases.status.${change.status}`) },
          { key: "on", header: t("cases.fields.changedOn"), render: (change) => formatDate(change.changedOn) },
        ]}
      />
      {closed ? (
        <Paragraph>{t("cases.detail.closedNote")}</Paragraph>
      ) : (
        <StatusChangeForm key={file.version} file={file} onChanged={onChanged} onReload={onReload} />
      )}
      <CaseProviderPart key={`provider-${file.version}`} file={file} onChanged={onChanged} onReload={onReload} />
      <ParticipantsPart file={file} onAdded={onParticipantAdded} />
    </CaseSection>
  );
};
