import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { createTask } from "../api/tasks";
import { useMe } from "../app/session-context";
import { useShowStatus } from "../app/status-context";
import { parseDutchDate } from "../format";
import { Button } from "../ui/Button";
import { DateField } from "../ui/DateField";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { RadioGroup } from "../ui/RadioGroup";
import { TextField } from "../ui/TextField";

/** The value of the "to me" choice; the other choices are the ids of my teams. */
const ME = "me";

/** "Nieuwe taak": a title, a due date, and me or one of my teams (from the session) as the owner. */
export const TaskCreateForm = ({ onCreated }: { onCreated: () => void }) => {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const me = useMe();
  const showStatus = useShowStatus();
  const [title, setTitle] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [assignTo, setAssignTo] = useState(ME);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const errors = fieldMessages(failure);
  const fields = {
    title: { id: "task-title", label: t("tasks.fields.title") },
    dueOn: { id: "task-due-on", label: t("tasks.fields.dueOn") },
    assigneeId: { id: "task-assign-to", label: t("tasks.fields.assignTo") },
    teamId: { id: "task-assign-to", label: t("tasks.fields.assignTo") },
  };
  const options = [
    { value: ME, label: t("tasks.assignToMe", { name: me.displayName }) },
    ...[...me.teams]
      .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
      .map((team) => ({ value: team.id, label: t("tasks.assignToTeam", { team: team.name }) })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const isoDate = parseDutchDate(dueOn);
    try {
      const task = await createTask(api, {
        title,
        dueOn: isoDate ?? dueOn,
        ...(assignTo === ME ? { assigneeId: me.id } : { teamId: assignTo }),
      });
      showStatus(t("tasks.created", { title: task.title }));
      setTitle("");
      setDueOn("");
      onCreated();
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(isoDate === null ? withFieldMessage(failed, "dueOn", t("common.dateInvalid")) : failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="task-create-heading" className="bw-section">
      <Heading level={2} id="task-create-heading">
        {t("tasks.new")}
      </Heading>
      <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
        <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
        <TextField {...fields.title} value={title} onChange={setTitle} autoComplete="off" error={errors.title} />
        <DateField {...fields.dueOn} value={dueOn} onChange={setDueOn} error={errors.dueOn} />
        <RadioGroup
          id={fields.assigneeId.id}
          legend={fields.assigneeId.label}
          options={options}
          value={assignTo}
          onChange={setAssignTo}
          error={errors.assigneeId ?? errors.teamId}
        />
        <Button type="submit" appearance="primary" busy={busy}>
          {t("tasks.create")}
        </Button>
      </form>
    </section>
  );
};
