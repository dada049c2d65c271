import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseFile, Conversation } from "../../domain/cases/dto";
import type { Person } from "../../domain/households/dto";
import { useApi } from "../api/api-context";
import { addConversation } from "../api/cases";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { useShowStatus } from "../app/status-context";
import { formatDate, isoDateInDutchTime, parseDutchDate } from "../format";
import { Button } from "../ui/Button";
import { CheckboxGroup } from "../ui/CheckboxGroup";
import { DateField } from "../ui/DateField";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { SelectField } from "../ui/SelectField";
import { TextAreaField } from "../ui/TextAreaField";
import { TextField } from "../ui/TextField";
import type { ConversationKind } from "./case-values";
import { mostUsed, otherNames, participantChoices } from "./participant-choices";
import { useCaseOptions } from "./use-case-options";

export interface ConversationFormProps {
  file: CaseFile;
  members: readonly Person[];
  onAdded: (conversation: Conversation) => void;
}

const today = () => formatDate(isoDateInDutchTime(new Date()));

/**
 * "Gesprek vastleggen", built for the typical contact: today, the usual kind, the case director and
 * the resident already ticked — write the notes and press Ctrl+Enter.
 */
export const ConversationForm = ({ file, members, onAdded }: ConversationFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const { conversationKinds } = useCaseOptions();
  const choices = participantChoices(file, members);
  const usualKind = mostUsed(
    file.conversations.map((talk) => talk.kind),
    "keukentafelgesprek" as ConversationKind,
  );
  const [heldOn, setHeldOn] = useState(today);
  const [kind, setKind] = useState<string>(usualKind);
  const [participants, setParticipants] = useState<string[]>(() => [...choices.preselected]);
  const [others, setOthers] = useState("");
  const [notes, setNotes] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);

  const fields = {
    heldOn: { id: "conversation-held-on", label: t("cases.conversations.heldOn") },
    kind: { id: "conversation-kind", label: t("cases.conversations.kind") },
    participants: { id: "conversation-participants", label: t("cases.conversations.participants") },
    notes: { id: "conversation-notes", label: t("cases.conversations.notesField") },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const isoDate = parseDutchDate(heldOn);
    try {
      const conversation = await addConversation(api, file.id, {
        heldOn: isoDate ?? heldOn,
        kind: kind as ConversationKind,
        participants: [...participants, ...otherNames(others)],
        notes,
      });
      showStatus(t("cases.conversations.added", { date: formatDate(conversation.heldOn) }));
      setOthers("");
      setNotes("");
      setParticipants([...choices.preselected]);
      onAdded(conversation);
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(isoDate === null ? withFieldMessage(failed, "heldOn", t("common.dateInvalid")) : failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="conversation-form-heading">
      <Heading level={3} id="conversation-form-heading">
        {t("cases.conversations.new")}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
      <DateField {...fields.heldOn} value={heldOn} onChange={setHeldOn} error={errors.heldOn} />
      <SelectField {...fields.kind} value={kind} options={conversationKinds} onChange={setKind} error={errors.kind} />
      <CheckboxGroup
        id={fields.participants.id}
        legend={fields.participants.label}
        options={choices.names.map((name) => ({ value: name, label: name }))}
        selected={participants}
        onChange={setParticipants}
        error={errors.participants}
      />
      <TextField
        id="conversation-others"
        label={t("cases.conversations.others")}
        description={t("cases.conversations.othersHint")}
        value={others}
        onChange={setOthers}
        autoComplete="off"
      />
      <TextAreaField
        {...fields.notes}
        value={notes}
        onChange={setNotes}
        description={t("cases.conversations.notesHint")}
        error={errors.notes}
      />
      <Button type="submit" appearance="primary" busy={busy}>
        {t("cases.conversations.submit")}
      </Button>
    </form>
  );
};
