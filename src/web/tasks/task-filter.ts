import type { TaskScope } from "../api/tasks";

export const TASKS_PATH = "/taken";

export interface TaskFilter {
  readonly scope: TaskScope;
  readonly overdueOnly: boolean;
}

/** The filter named in the address (`?scope=my_teams&overdue=true`); by default my open tasks. */
export const taskFilterOf = (search: string): TaskFilter => {
  const params = new URLSearchParams(search);
  return { scope: params.get("scope") === "my_teams" ? "my_teams" : "mine", overdueOnly: params.get("overdue") === "true" };
};

/** The address of the Taken page with this filter; the defaults stay out of it. */
export const taskFilterPath = ({ scope, overdueOnly }: TaskFilter): string => {
  const params = new URLSearchParams();
  if (scope !== "mine") params.set("scope", scope);
  if (overdueOnly) params.set("overdue", "true");
  const query = params.toString();
  return query ? `${TASKS_PATH}?${query}` : TASKS_PATH;
};
