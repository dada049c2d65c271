import { useTranslation } from "react-i18next";
import type { TimelineItem } from "../../domain/cases/dto";
import { formatDate } from "../format";
import { EmptyState } from "../ui/EmptyState";
import { Heading } from "../ui/Heading";
import { timelineTitle } from "./timeline-text";

/**
 * Everything that happened to the household, oldest first, as the server orders it: questions,
 * the steps of every case, conversations, hours, plan, resources, costing and measurements. Titles
 * are built in the user's language from each item's kind and code; a question's topic is translated too.
 */
export const Timeline = ({ items }: { items: readonly TimelineItem[] }) => {
  const { t, i18n } = useTranslation();
  const detailOf = (item: TimelineItem) => {
    if (!item.detail || item.kind === "resource" || item.kind === "measurement") return item.kind === "resource" ? item.detail : null;
    const topicKey = `questions.topics.${item.detail}`;
    return item.kind === "question" && i18n.exists(topicKey) ? t(topicKey as "questions.topics.overig") : item.detail;
  };
  return (
    <section aria-labelledby="timeline-heading" className="bw-section">
      <Heading level={2} id="timeline-heading">
        {t("households.timeline.heading")}
      </Heading>
      {items.length === 0 ? (
        <EmptyState>{t("households.timeline.empty")}</EmptyState>
      ) : (
        <ol className="bw-timeline">
          {items.map((item, index) => {
            const detail = detailOf(item);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: timeline items have no id; the list only grows at the end of a day
              <li key={index} className="bw-timeline__item">
                <time dateTime={item.on} className="bw-timeline__date">
                  {formatDate(item.on)}
                </time>{" "}
                <span className="bw-timeline__title">{timelineTitle(t, item)}</span>
                {detail && <span className="bw-timeline__detail"> — {detail}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
};
