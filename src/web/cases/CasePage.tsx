import { useTranslation } from "react-i18next";
import type { CaseFile } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import { useApi } from "../api/api-context";
import { CaseFundingSection } from "../budgets/CaseFundingSection";
import { isApiError } from "../api/api-error";
import { getCase } from "../api/cases";
import { getHousehold } from "../api/households";
import { listPrices } from "../api/prices";
import { useApiQuery } from "../api/use-api-query";
import { MeasurementsSection } from "../outcomes/MeasurementsSection";
import { PlanSection } from "../plans/PlanSection";
import { Link } from "../router/Link";
import { ScenariosSection } from "../scenarios/ScenariosSection";
import { CaseFactsSection } from "../businesscase/case/CaseFactsSection";
import { PanelReleaseNotice } from "../panel/PanelReleaseNotice";
import { ErrorAlert } from "../ui/ErrorAlert";
import { InPageNav } from "../ui/InPageNav";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { CaseOverview } from "./CaseOverview";
import { CASE_SECTIONS, focusSection, sectionHeadingId } from "./CaseSection";
import { ConversationsSection } from "./ConversationsSection";
import { HoursSection } from "./HoursSection";
import { CASES_PATH } from "./paths";

/** Oldest first, as the server lists them; within a day the order of recording stays (a stable sort). */
const byDate = <Item,>(items: Item[], dateOf: (item: Item) => string): Item[] =>
  items.sort((a, b) => dateOf(a).localeCompare(dateOf(b)));

interface CaseWithHousehold {
  file: CaseFile;
  household: Household;
}

/**
 * Casussen → one case, on one page with an in-page menu: Overzicht (status and next step),
 * Gesprekken, Uren, Plan, Scenario's and Metingen. The forms of a typical contact are all on the
 * page, so no switching is needed between them.
 */
export const CasePage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload, setData } = useApiQuery<CaseWithHousehold>(async (signal) => {
    const file = await getCase(api, id, signal);
    return { file, household: await getHousehold(api, file.householdId, signal) };
  }, [api, id]);
  const prices = useApiQuery((signal) => listPrices(api, signal), [api]);
  const backLink = (
    <Paragraph>
      <Link href={CASES_PATH}>{t("cases.backToList")}</Link>
    </Paragraph>
  );

  if (state.status === "loading") {
    return (
      <>
        <PageHeading>{t("cases.detail.loadingTitle")}</PageHeading>
        <LoadingState />
      </>
    );
  }
  if (state.status === "error") {
    const notFound = isApiError(state.error) && state.error.code === "not_found";
    return (
      <>
        <PageHeading>{notFound ? t("cases.detail.notFoundTitle") : t("cases.detail.loadingTitle")}</PageHeading>
        {notFound ? <Paragraph>{t("cases.detail.notFound")}</Paragraph> : <ErrorAlert error={state.error} onRetry={reload} />}
        {backLink}
      </>
    );
  }
  const { file, household } = state.data;
  const closed = file.status === "afgesloten";
  const setFile = (update: (current: CaseFile) => CaseFile) => setData((data) => ({ ...data, file: update(data.file) }));
  const priceList = prices.state.status === "ok" ? prices.state.data : [];
  return (
    <>
      <PageHeading>{t("cases.detail.title", { household: household.name })}</PageHeading>
      {backLink}
      <InPageNav
        label={t("cases.sections.label")}
        items={CASE_SECTIONS.map((section) => ({ id: sectionHeadingId(section), label: t(`cases.sections.${section}`) }))}
      />
      {prices.state.status === "error" && <ErrorAlert error={prices.state.error} onRetry={prices.reload} />}
      <PanelReleaseNotice caseId={file.id} />
      <CaseOverview
        file={file}
        household={household}
        onReload={() => {
          focusSection("overview");
          reload();
        }}
        onParticipantAdded={(participant) =>
          setFile((current) => ({ ...current, participants: [...current.participants, participant] }))
        }
        onChanged={(saved) => {
          setFile(() => saved);
          requestAnimationFrame(() => focusSection("overview"));
        }}
      />
      <ConversationsSection
        file={file}
        members={household.members}
        onAdded={(conversation) =>
          setFile((current) => ({ ...current, conversations: byDate([...current.conversations, conversation], (talk) => talk.heldOn) }))
        }
      />
      <HoursSection
        file={file}
        onAdded={(entry) =>
          setFile((current) => ({
            ...current,
            hours: byDate([...current.hours, entry], (hours) => hours.workedOn),
            totalMinutes: current.totalMinutes + entry.minutes,
          }))
        }
      />
      <PlanSection caseId={file.id} closed={closed} prices={priceList} />
      <ScenariosSection caseId={file.id} prices={priceList} />
      <MeasurementsSection caseId={file.id} closed={closed} />
      <CaseFundingSection caseId={file.id} closed={closed} />
      <CaseFactsSection caseId={file.id} />
    </>
  );
};
