import type { Me } from "../accounts/dto";
import { notFound, validationFailed, versionConflict } from "../errors";
import type { CreateTask, Task, TaskListQuery } from "./dto";
import type { TasksRepository } from "./repository";
import { dutchToday } from "../calendar";

export interface TasksDeps {
  readonly tasks: TasksRepository;
  readonly now: () => Date;
}

/** Dates are compared as ISO days in UTC; a task is overdue from the day after its due date. */
/** The Dutch calendar day of a moment (see calendar.ts). */
export const isoDay = (date: Date): string => dutchToday(date);
export const isOverdue = (dueOn: string, status: "open" | "done", today: string): boolean => status === "open" && dueOn < today;

/** "Mine" are the tasks assigned to me; "my teams" are those of my teams, the overdue list per team. */
export async function listTasks(deps: TasksDeps, tenantId: string, me: Me, query: TaskListQuery): Promise<Task[]> {
  const today = isoDay(deps.now());
  const base = query.scope === "mine" ? { assigneeId: me.id } : { teamIds: me.teams.map((t) => t.id) };
  if (query.scope === "my_teams" && me.teams.length === 0) return [];
  return deps.tasks.list(tenantId, { ...base, status: query.overdueOnly ? "open" : query.status, dueBefore: query.overdueOnly ? today : undefined }, today);
}

export async function createTask(deps: TasksDeps, tenantId: string, createdBy: string | null, input: CreateTask): Promise<Task> {
  const issues = [];
  if (input.assigneeId && !(await deps.tasks.userExists(tenantId, input.assigneeId))) issues.push({ path: "assigneeId", message: "Deze medewerker bestaat niet" });
  if (input.teamId && !(await deps.tasks.teamExists(tenantId, input.teamId))) issues.push({ path: "teamId", message: "Dit team bestaat niet" });
  if (issues.length > 0) throw validationFailed(issues);
  return deps.tasks.insert(tenantId, createdBy, input, isoDay(deps.now()));
}

/** Only the assignee or a member of the task's team may tick a task off (or reopen it). */
export async function setTaskStatus(deps: TasksDeps, tenantId: string, me: Me, id: string, version: number, status: "open" | "done"): Promise<Task> {
  const now = deps.now();
  const task = await deps.tasks.find(tenantId, id, isoDay(now));
  const mayChange = task && (task.assigneeId === me.id || (task.teamId !== null && me.teams.some((t) => t.id === task.teamId)));
  if (!task || !mayChange) throw notFound("Deze taak");
  const updated = await deps.tasks.setStatus(tenantId, id, version, status, now, isoDay(now));
  if (!updated) throw versionConflict();
  return updated;
}
