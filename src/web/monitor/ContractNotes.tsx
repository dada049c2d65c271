import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { addContractNote, listContractNotes } from "../api/monitor";
import { useApiQuery } from "../api/use-api-query";
import { useShowStatus } from "../app/status-context";
import { formatDate, isoDateInDutchTime, parseDutchDate } from "../format";
import { Button } from "../ui/Button";
import { DateField } from "../ui/DateField";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { TextAreaField } from "../ui/TextAreaField";

/** Notes of the periodic results conversations with the provider (Alphen: "we voeren resultaatgesprekken"). */
export const ContractNotes = ({ contractId, canManage }: { contractId: string; canManage: boolean }) => {
  const { t } = useTranslation();
  const api = useApi();
  const notes = useApiQuery((signal) => listContractNotes(api, contractId, signal), [api, contractId]);
  return (
    <>
      <Heading level={3} id="notes-heading">
        {t("monitor.notes.title")}
      </Heading>
      {notes.state.status === "loading" && <LoadingState />}
      {notes.state.status === "error" && <ErrorAlert error={notes.state.error} onRetry={notes.reload} />}
      {notes.state.status === "ok" &&
        (notes.state.data.length === 0 ? (
          <EmptyState>{t("monitor.notes.empty")}</EmptyState>
        ) : (
          <ul className="utrecht-unordered-list" aria-labelledby="notes-heading">
            {notes.state.data.map((note) => (
              <li key={note.id} className="utrecht-unordered-list__item">
                <strong>{formatDate(note.heldOn)}</strong>: {note.text}
              </li>
            ))}
          </ul>
        ))}
      {canManage && <NoteForm contractId={contractId} onAdded={notes.reload} />}
    </>
  );
};

const NoteForm = ({ contractId, onAdded }: { contractId: string; onAdded: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [heldOn, setHeldOn] = useState(() => formatDate(isoDateInDutchTime(new Date())));
  const [text, setText] = useState("");
  const fields = { heldOn: { id: "note-held-on", label: t("monitor.notes.heldOn") }, text: { id: "note-text", label: t("monitor.notes.text") } };
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await addContractNote(api, contractId, { heldOn: parseDutchDate(heldOn) ?? heldOn, text });
      showStatus(t("monitor.notes.added"));
      setText("");
      onAdded();
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(parseDutchDate(heldOn) ? failed : withFieldMessage(failed, "heldOn", t("monitor.period.unreadable")));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="note-form-heading">
      <Heading level={4} id="note-form-heading">
        {t("monitor.notes.add")}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={onAdded} />
      <DateField {...fields.heldOn} value={heldOn} onChange={setHeldOn} error={errors.heldOn} />
      <TextAreaField {...fields.text} value={text} onChange={setText} error={errors.text} />
      <Button type="submit" busy={busy}>
        {t("monitor.notes.save")}
      </Button>
    </form>
  );
};
