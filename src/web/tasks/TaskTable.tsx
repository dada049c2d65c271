import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Task } from "../../domain/tasks/dto";
import { useApi } from "../api/api-context";
import { type FormFailure, formFailureOf } from "../api/form-failure";
import { setTaskStatus } from "../api/tasks";
import { useShowStatus } from "../app/status-context";
import { formatDate } from "../format";
import { Button } from "../ui/Button";
import { DataTable } from "../ui/DataTable";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { StatusBadge } from "../ui/StatusBadge";

export interface TaskTableProps {
  tasks: readonly Task[];
  caption: string;
  /** A task was ticked off or reopened: put the saved row in place. */
  onChanged: (task: Task) => void;
  /** Fetch the list again (after a version conflict). */
  onReload: () => void;
}

/**
 * The tasks with due date, assignee or team, and status in words ("Te laat" for overdue, so not by
 * colour alone). "Afgerond" ticks a task off; the row stays, with "Heropenen" in case of a slip.
 */
export const TaskTable = ({ tasks, caption, onChanged, onReload }: TaskTableProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  /** The task whose button gets focus back once it is no longer busy (a busy button is disabled and loses it). */
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    if (busyId !== null || refocus.current === null) return;
    buttons.current.get(refocus.current)?.focus();
    refocus.current = null;
  });

  const toggle = async (task: Task) => {
    setBusyId(task.id);
    setFailure(null);
    try {
      const saved = await setTaskStatus(api, task.id, {
        version: task.version,
        status: task.status === "open" ? "done" : "open",
      });
      onChanged(saved);
      showStatus(t(saved.status === "done" ? "tasks.markedDone" : "tasks.reopened", { title: saved.title }));
      refocus.current = task.id;
    } catch (error) {
      setFailure(formFailureOf(error));
    } finally {
      setBusyId(null);
    }
  };

  const assignee = (task: Task) => {
    if (task.assigneeName && task.teamName) return t("tasks.assigneeWithTeam", { name: task.assigneeName, team: task.teamName });
    if (task.assigneeName) return task.assigneeName;
    if (task.teamName) return t("tasks.assigneeTeam", { team: task.teamName });
    return t("common.none");
  };

  const status = (task: Task) => {
    if (task.status === "done") return <StatusBadge status="success">{t("tasks.status.done")}</StatusBadge>;
    if (task.overdue) return <StatusBadge status="danger">{t("tasks.status.overdue")}</StatusBadge>;
    return <StatusBadge status="neutral">{t("tasks.status.open")}</StatusBadge>;
  };

  return (
    <>
      <FormFailureAlert
        failure={failure}
        fields={{}}
        onReload={() => {
          setFailure(null);
          onReload();
        }}
      />
      <DataTable<Task>
        caption={caption}
        hideCaption
        rows={tasks}
        rowKey={(task) => task.id}
        columns={[
          { key: "title", header: t("tasks.fields.title"), render: (task) => task.title },
          { key: "dueOn", header: t("tasks.fields.dueOn"), render: (task) => formatDate(task.dueOn) },
          { key: "assignee", header: t("tasks.fields.assignee"), render: assignee },
          { key: "status", header: t("tasks.fields.status"), render: status },
          {
            key: "actions",
            header: t("common.actions"),
            render: (task) => (
              <Button
                appearance={task.status === "open" ? "secondary" : "subtle"}
                busy={busyId === task.id}
                ref={(element) => {
                  if (element) buttons.current.set(task.id, element);
                  else buttons.current.delete(task.id);
                }}
                onClick={() => void toggle(task)}
              >
                {task.status === "open" ? t("tasks.markDone") : t("tasks.reopen")}
                <span className="bw-visually-hidden"> {task.title}</span>
              </Button>
            ),
          },
        ]}
      />
    </>
  );
};
