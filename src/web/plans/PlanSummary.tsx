import { useTranslation } from "react-i18next";
import type { Plan } from "../../domain/plans/dto";
import { formatDate } from "../format";
import { DataList } from "../ui/DataList";
import { Heading } from "../ui/Heading";

const Lines = ({ lines, empty }: { lines: readonly string[]; empty: string }) =>
  lines.length === 0 ? (
    empty
  ) : (
    <ul className="utrecht-unordered-list">
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a saved plan do not move
        <li key={index} className="utrecht-unordered-list__item">
          {line}
        </li>
      ))}
    </ul>
  );

/** A closed case's plan, to read: goals, agreements and the family-group plan. */
export const PlanSummary = ({ plan }: { plan: Plan }) => {
  const { t } = useTranslation();
  const none = t("common.none");
  const family = plan.familyGroupPlan;
  return (
    <>
      <Heading level={3}>{t("plans.goalsHeading")}</Heading>
      <DataList
        items={[
          { key: "goals", label: t("plans.goals"), value: <Lines lines={plan.goals} empty={none} /> },
          { key: "agreements", label: t("plans.agreements"), value: <Lines lines={plan.agreements} empty={none} /> },
          ...(family
            ? [
                { key: "safety", label: t("plans.family.safetyConditions"), value: <Lines lines={family.safetyConditions} empty={none} /> },
                {
                  key: "contacts",
                  label: t("plans.family.emergencyContacts"),
                  value: <Lines lines={family.emergencyContacts.map((contact) => `${contact.name}, ${contact.phone}`)} empty={none} />,
                },
                { key: "escape", label: t("plans.family.escapeRoutes"), value: <Lines lines={family.escapeRoutes} empty={none} /> },
                {
                  key: "evaluation",
                  label: t("plans.family.evaluation"),
                  value: t("plans.family.evaluationValue", {
                    weeks: family.evaluationEveryWeeks,
                    months: family.evaluationForMonths,
                    date: formatDate(family.startsOn),
                  }),
                },
              ]
            : []),
        ]}
      />
    </>
  );
};
