import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { listTasks } from "../api/tasks";
import { useApiQuery } from "../api/use-api-query";
import { navigate, useLocation } from "../router/history";
import { Checkbox } from "../ui/Checkbox";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { RadioGroup } from "../ui/RadioGroup";
import { TaskCreateForm } from "./TaskCreateForm";
import { TaskTable } from "./TaskTable";
import { type TaskFilter, taskFilterOf, taskFilterPath } from "./task-filter";

/**
 * Taken: my tasks or my teams' tasks, optionally only the overdue ones (the filter lives in the
 * address), earliest due first; and a form for a new task.
 */
export const TasksPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { search } = useLocation();
  const filter = taskFilterOf(search);
  const { scope, overdueOnly } = filter;
  const { state, reload, setData } = useApiQuery(
    (signal) => listTasks(api, { scope, overdueOnly, signal }),
    [api, scope, overdueOnly],
  );
  const listHeading = useRef<HTMLHeadingElement>(null);
  const setFilter = (change: Partial<TaskFilter>) => navigate(taskFilterPath({ ...filter, ...change }), { replace: true });
  const scopeLabel = t(`tasks.scope.${scope}`);

  return (
    <>
      <PageHeading>{t("areas.tasks.name")}</PageHeading>
      <Paragraph>{t("tasks.intro")}</Paragraph>
      <div className="bw-filters">
        <RadioGroup
          id="tasks-scope"
          legend={t("tasks.scopeLabel")}
          options={[
            { value: "mine", label: t("tasks.scope.mine") },
            { value: "my_teams", label: t("tasks.scope.my_teams") },
          ]}
          value={scope}
          onChange={(next) => setFilter({ scope: next })}
        />
        <Checkbox
          id="tasks-overdue-only"
          label={t("tasks.overdueOnly")}
          checked={overdueOnly}
          onChange={(checked) => setFilter({ overdueOnly: checked })}
        />
      </div>
      <section aria-labelledby="tasks-list-heading" className="bw-section">
        <Heading level={2} id="tasks-list-heading" ref={listHeading} tabIndex={-1}>
          {overdueOnly ? t("tasks.listHeadingOverdue", { scope: scopeLabel }) : scopeLabel}
        </Heading>
        {state.status === "loading" && <LoadingState />}
        {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
        {state.status === "ok" &&
          (state.data.length === 0 ? (
            <EmptyState>{overdueOnly ? t("tasks.emptyOverdue") : t("tasks.empty")}</EmptyState>
          ) : (
            <TaskTable
              tasks={state.data}
              caption={t("tasks.tableCaption", { count: state.data.length })}
              onChanged={(saved) => setData((tasks) => tasks.map((task) => (task.id === saved.id ? saved : task)))}
              onReload={() => {
                listHeading.current?.focus();
                reload();
              }}
            />
          ))}
      </section>
      <TaskCreateForm onCreated={reload} />
    </>
  );
};
