import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseSummary, TimelineItem } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { listCases } from "../api/cases";
import { getHousehold, getTimeline } from "../api/households";
import { useApiQuery } from "../api/use-api-query";
import { useMe } from "../app/session-context";
import { CaseTable } from "../cases/CaseTable";
import { CASES_PATH, casePath, newCasePath } from "../cases/paths";
import { Link } from "../router/Link";
import { ButtonLink } from "../ui/ButtonLink";
import { DataList } from "../ui/DataList";
import { DisclosureButton } from "../ui/DisclosureButton";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { HouseholdEditForm } from "./HouseholdEditForm";
import { addressOf } from "./household-text";
import { MembersSection } from "./MembersSection";
import { NetworkSection } from "./NetworkSection";
import { Timeline } from "./Timeline";

interface HouseholdFile {
  household: Household;
  cases: CaseSummary[];
  timeline: TimelineItem[];
}

const CasesOfHousehold = ({ householdId, cases }: { householdId: string; cases: readonly CaseSummary[] }) => {
  const { t } = useTranslation();
  const active = cases.find((file) => file.status !== "afgesloten");
  return (
    <section aria-labelledby="household-cases-heading" className="bw-section">
      <Heading level={2} id="household-cases-heading">
        {t("households.cases.heading")}
      </Heading>
      {cases.length === 0 ? (
        <EmptyState>{t("households.cases.empty")}</EmptyState>
      ) : (
        <CaseTable cases={cases} caption={t("households.cases.caption", { count: cases.length })} hideCaption />
      )}
      <p className="bw-actions">
        {active ? (
          <ButtonLink href={casePath(active.id)} appearance="primary">
            {t("households.cases.toActive")}
          </ButtonLink>
        ) : (
          <ButtonLink href={newCasePath({ householdId })} appearance="primary">
            {t("cases.open.title")}
          </ButtonLink>
        )}
      </p>
    </section>
  );
};

/** Casussen → one household: address (to change), its cases and "Casus openen", members, network and the timeline. */
export const HouseholdPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const { state, reload, setData } = useApiQuery<HouseholdFile>(async (signal) => {
    const [household, cases, timeline] = await Promise.all([
      getHousehold(api, id, signal),
      listCases(api, { status: "alle", householdId: id, signal }),
      getTimeline(api, id, signal),
    ]);
    return { household, cases, timeline };
  }, [api, id]);
  const backLink = (
    <Paragraph>
      <Link href={CASES_PATH}>{t("cases.backToList")}</Link>
    </Paragraph>
  );

  if (state.status === "loading") {
    return (
      <>
        <PageHeading>{t("households.loadingTitle")}</PageHeading>
        <LoadingState />
      </>
    );
  }
  if (state.status === "error") {
    const notFound = isApiError(state.error) && state.error.code === "not_found";
    return (
      <>
        <PageHeading>{notFound ? t("households.notFoundTitle") : t("households.loadingTitle")}</PageHeading>
        {notFound ? <Paragraph>{t("households.notFound")}</Paragraph> : <ErrorAlert error={state.error} onRetry={reload} />}
        {backLink}
      </>
    );
  }
  const { household, cases, timeline } = state.data;
  const team = me.teams.find((candidate) => candidate.id === household.teamId);
  return (
    <>
      <PageHeading>{household.name}</PageHeading>
      {backLink}
      <section aria-labelledby="household-data-heading" className="bw-section">
        <Heading level={2} id="household-data-heading">
          {t("households.dataHeading")}
        </Heading>
        <DataList
          items={[
            { key: "address", label: t("households.fields.address"), value: addressOf(household) ?? t("common.none") },
            { key: "team", label: t("households.fields.team"), value: team?.name ?? t("common.none") },
            { key: "members", label: t("households.fields.memberCount"), value: household.members.length },
          ]}
        />
        <DisclosureButton label={t("households.edit")} open={editing} onOpenChange={setEditing} controls="household-edit-form">
          <HouseholdEditForm
            key={household.version}
            household={household}
            onCancel={() => setEditing(false)}
            onReload={reload}
            onSaved={(saved) => {
              setEditing(false);
              setData((file) => ({ ...file, household: saved }));
            }}
          />
        </DisclosureButton>
      </section>
      <CasesOfHousehold householdId={household.id} cases={cases} />
      <MembersSection
        householdId={household.id}
        members={household.members}
        onAdded={(person) =>
          setData((file) => ({ ...file, household: { ...file.household, members: [...file.household.members, person] } }))
        }
      />
      <NetworkSection
        householdId={household.id}
        network={household.network}
        onAdded={(member) =>
          setData((file) => ({ ...file, household: { ...file.household, network: [...file.household.network, member] } }))
        }
      />
      <Timeline items={timeline} />
    </>
  );
};
