import type { CreateTask, Task, TaskListQuery } from "../../domain/tasks/dto";
import type { ApiClient } from "./client";

/** "mine": assigned to me; "my_teams": assigned to one of my teams. */
export type TaskScope = TaskListQuery["scope"];

/** Open tasks, earliest due first; `overdueOnly` gives the overdue list. */
export const listTasks = async (
  api: ApiClient,
  { scope, overdueOnly, signal }: { scope: TaskScope; overdueOnly: boolean; signal?: AbortSignal },
) => {
  const query = new URLSearchParams({ scope, overdueOnly: String(overdueOnly) });
  return (await api.get<{ items: Task[] }>(`/tasks?${query}`, signal)).items;
};

export const createTask = (api: ApiClient, task: CreateTask) => api.post<Task>("/tasks", task);

/** Ticks a task off ("done") or reopens it; send the version you read. */
export const setTaskStatus = (api: ApiClient, id: string, change: { version: number; status: Task["status"] }) =>
  api.patch<Task>(`/tasks/${encodeURIComponent(id)}`, change);
