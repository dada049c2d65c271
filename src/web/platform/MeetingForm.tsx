import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Escalation } from "../../domain/platform/dto";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { recordMeeting } from "../api/platform";
import { useShowStatus } from "../app/status-context";
import { formatDate, isoDateInDutchTime, parseDutchDate } from "../format";
import { Button } from "../ui/Button";
import { Checkbox } from "../ui/Checkbox";
import { DateField } from "../ui/DateField";
import { EditableList } from "../ui/EditableList";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { compactList, type ListItem, listItemsOf } from "../ui/list-items";
import { TextAreaField } from "../ui/TextAreaField";
import { type ActionLine, actionsToSend, emptyActionLine } from "./action-lines";
import { ActionsFieldset } from "./ActionsFieldset";

/**
 * "Platformoverleg vastleggen": who was invited (and whether the resident joined), the resident's first
 * question, the ideas, the breakthrough, the actions with owner and due date, and — when the professionals
 * could not agree — the ontschotter's mandated decision (only the ontschotter sees that field).
 */
export const MeetingForm = ({ escalation, mayDecide, onSaved }: { escalation: Escalation; mayDecide: boolean; onSaved: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [heldOn, setHeldOn] = useState(() => formatDate(isoDateInDutchTime(new Date())));
  const [invited, setInvited] = useState<ListItem[]>(() => listItemsOf([""]));
  const [residentJoined, setResidentJoined] = useState(false);
  const [firstQuestion, setFirstQuestion] = useState("");
  const [ideas, setIdeas] = useState<ListItem[]>(() => listItemsOf([""]));
  const [breakthrough, setBreakthrough] = useState("");
  const [actions, setActions] = useState<ActionLine[]>(() => [emptyActionLine()]);
  const [mandatedDecision, setMandatedDecision] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const invitedSent = compactList(invited);
  const ideasSent = compactList(ideas);
  const actionsSent = actionsToSend(actions);
  const fields = {
    heldOn: { id: "meeting-held-on", label: t("platform.meeting.heldOn") },
    invited: { id: "meeting-invited", label: t("platform.meeting.invited") },
    firstQuestion: { id: "meeting-first-question", label: t("platform.meeting.firstQuestion") },
    ideas: { id: "meeting-ideas", label: t("platform.meeting.ideas") },
    breakthrough: { id: "meeting-breakthrough", label: t("platform.meeting.breakthrough") },
    actions: { id: "meeting-actions", label: t("platform.meeting.actions") },
    mandatedDecision: { id: "meeting-decision", label: t("platform.meeting.mandatedDecision") },
  };
  const at = (path: string) => errors[path];
  const listError = (sent: { formIndexes: number[] }, name: string) => (index: number) => {
    const position = sent.formIndexes.indexOf(index);
    return position < 0 ? undefined : at(`${name}.${position}`);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const iso = parseDutchDate(heldOn);
    try {
      await recordMeeting(api, escalation.id, {
        heldOn: iso ?? heldOn,
        invited: invitedSent.texts,
        residentJoined,
        firstQuestion,
        ideas: ideasSent.texts,
        breakthrough: breakthrough.trim() || null,
        mandatedDecision: mayDecide ? mandatedDecision.trim() || null : null,
        actions: actionsSent.actions,
      });
      showStatus(t("platform.meeting.saved"));
      onSaved();
    } catch (error) {
      const failed = formFailureOf(error, { fullPaths: true });
      setFailure(iso === null ? withFieldMessage(failed, "heldOn", t("common.dateInvalid")) : failed);
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="meeting-form-heading">
      <Heading level={3} id="meeting-form-heading">
        {t("platform.meeting.new")}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={onSaved} />
      <DateField {...fields.heldOn} value={heldOn} onChange={setHeldOn} error={at("heldOn")} />
      <EditableList
        id={fields.invited.id}
        legend={fields.invited.label}
        items={invited}
        onChange={setInvited}
        itemLabel={(index) => t("platform.meeting.invitedItem", { n: index + 1 })}
        addLabel={t("platform.meeting.addInvited")}
        removeLabel={t("platform.meeting.remove")}
        errorAt={listError(invitedSent, "invited")}
        error={at("invited")}
      />
      <Checkbox id="meeting-resident" label={t("platform.meeting.residentJoinedInput")} checked={residentJoined} onChange={setResidentJoined} />
      <TextAreaField {...fields.firstQuestion} rows={2} value={firstQuestion} onChange={setFirstQuestion} error={at("firstQuestion")} description={t("platform.meeting.firstQuestionHint")} />
      <EditableList
        id={fields.ideas.id}
        legend={fields.ideas.label}
        items={ideas}
        onChange={setIdeas}
        itemLabel={(index) => t("platform.meeting.idea", { n: index + 1 })}
        addLabel={t("platform.meeting.addIdea")}
        removeLabel={t("platform.meeting.remove")}
        errorAt={listError(ideasSent, "ideas")}
        error={at("ideas")}
      />
      <TextAreaField {...fields.breakthrough} rows={2} value={breakthrough} onChange={setBreakthrough} error={at("breakthrough")} description={t("platform.meeting.breakthroughHint")} />
      <ActionsFieldset
        lines={actions}
        onChange={setActions}
        errorAt={(index, field) => {
          const position = actionsSent.formIndexes.indexOf(index);
          return position < 0 ? undefined : at(`actions.${position}.${field}`);
        }}
      />
      {mayDecide && (
        <TextAreaField {...fields.mandatedDecision} rows={2} value={mandatedDecision} onChange={setMandatedDecision} error={at("mandatedDecision")} description={t("platform.meeting.mandatedDecisionHint")} />
      )}
      <Button type="submit" appearance="primary" busy={busy}>
        {t("platform.meeting.submit")}
      </Button>
    </form>
  );
};
