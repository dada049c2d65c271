import type { TFunction } from "i18next";
import type { TimelineItem } from "../../domain/cases/dto";

/** A label from a code list in i18n (keys are dynamic here), or the code itself when it is unknown. */
const labelOf = (t: TFunction, group: string, code: string | null) => {
  if (code === null) return "";
  const key = `${group}.${code}`;
  const text = (t as unknown as (key: string, options: { defaultValue: string }) => string)(key, { defaultValue: code });
  return text;
};

/**
 * The title of a timeline item in the user's language, built from its kind and code (the server's
 * Dutch title is for API users). Unknown codes are shown as they are rather than hidden.
 */
export function timelineTitle(t: TFunction, item: TimelineItem): string {
  switch (item.kind) {
    case "question":
      return t("households.timeline.events.question");
    case "status":
      return labelOf(t, "households.timeline.statuses", item.code);
    case "conversation":
      return t("households.timeline.events.conversation", { kind: labelOf(t, "cases.conversationKinds", item.code) });
    case "hours":
      return t("households.timeline.events.hours", {
        hours: ((item.minutes ?? 0) / 60).toLocaleString(t("households.timeline.locale"), { maximumFractionDigits: 2 }),
        activity: labelOf(t, "cases.activities", item.code).toLowerCase(),
      });
    case "plan":
      return t(item.code === "updated" ? "households.timeline.events.planUpdated" : "households.timeline.events.plan");
    case "resource":
      return t("households.timeline.events.resource", { kind: labelOf(t, "plans.resourceKinds", item.code) });
    case "scenarios":
      return t(item.code === "updated" ? "households.timeline.events.scenariosUpdated" : "households.timeline.events.scenarios");
    case "measurement":
      return t("households.timeline.events.measurement", { moment: labelOf(t, "measurements.moments", item.code) });
  }
}
