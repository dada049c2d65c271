import { useTranslation } from "react-i18next";
import type { Meeting } from "../../domain/platform/dto";
import { formatDate } from "../format";
import { DataList } from "../ui/DataList";
import { Heading } from "../ui/Heading";

/** One platform meeting as recorded. */
export const MeetingRecord = ({ meeting }: { meeting: Meeting }) => {
  const { t } = useTranslation();
  const none = t("common.none");
  return (
    <>
      <Heading level={3}>{t("platform.meetings.on", { date: formatDate(meeting.heldOn) })}</Heading>
      <DataList
        items={[
          { key: "invited", label: t("platform.meeting.invited"), value: meeting.invited.join(", ") },
          { key: "resident", label: t("platform.meeting.residentJoined"), value: t(meeting.residentJoined ? "platform.yes" : "platform.no") },
          { key: "first", label: t("platform.meeting.firstQuestion"), value: meeting.firstQuestion, multiline: true },
          { key: "ideas", label: t("platform.meeting.ideas"), value: meeting.ideas.length ? <TextList texts={meeting.ideas} /> : none },
          { key: "breakthrough", label: t("platform.meeting.breakthrough"), value: meeting.breakthrough ?? none, multiline: true },
          {
            key: "actions",
            label: t("platform.meeting.actions"),
            value: meeting.actions.length ? (
              <TextList texts={meeting.actions.map((action) => t("platform.meeting.actionLine", { what: action.what, owner: action.owner, date: formatDate(action.dueOn) }))} />
            ) : (
              none
            ),
          },
          { key: "decision", label: t("platform.meeting.mandatedDecision"), value: meeting.mandatedDecision ?? none, multiline: true },
        ]}
      />
    </>
  );
};

/** A recorded list never changes, so its position is a stable key (texts may repeat). */
const TextList = ({ texts }: { texts: readonly string[] }) => (
  <ul>
    {texts.map((text, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: a recorded meeting's lines never move
      <li key={index}>{text}</li>
    ))}
  </ul>
);
