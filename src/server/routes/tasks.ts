import { z } from "zod";
import { createTasksRepository } from "../../db/repositories/tasks";
import type { Tx } from "../../db/tenant-context";
import { completeTaskSchema, createTaskSchema, taskListQuerySchema, taskSchema } from "../../domain/tasks/dto";
import { type TasksDeps, createTask, listTasks, setTaskStatus } from "../../domain/tasks/service";
import type { AppDeps } from "../deps";
import { type AnyRoute, created, ok, sessionRoute } from "../http/route";

const tag = "Taken";
const tasksDeps = (deps: AppDeps, tx: Tx): TasksDeps => ({ tasks: createTasksRepository(tx), now: deps.now });

export const taskRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/tasks",
    tag,
    summary: "My tasks, or my teams' tasks; overdueOnly=true gives the overdue list",
    permission: "tasks:use",
    query: taskListQuerySchema,
    responses: { 200: { description: "Tasks, earliest due first", schema: z.object({ items: z.array(taskSchema) }) } },
    async handler({ deps, tx, tenantId, session, query }) {
      return ok({ items: await listTasks(tasksDeps(deps, tx), tenantId, session.me, query) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/tasks",
    tag,
    summary: "Create a task for a worker or a team",
    permission: "tasks:use",
    body: createTaskSchema,
    audit: { action: "create", subjectType: "task", purpose: "werkverdeling" },
    responses: { 201: { description: "Created", schema: taskSchema } },
    async handler({ deps, tx, tenantId, session, body, subject }) {
      const task = await createTask(tasksDeps(deps, tx), tenantId, session.me.id, body);
      subject(task.id, { subjectType: task.subjectType, subjectId: task.subjectId });
      return created(task);
    },
  }),
  sessionRoute({
    method: "patch",
    path: "/tasks/:id",
    tag,
    summary: "Tick a task off or reopen it (send the version you read)",
    permission: "tasks:use",
    params: z.object({ id: z.uuid() }),
    body: completeTaskSchema,
    audit: { action: "update", subjectType: "task", purpose: "werkverdeling" },
    responses: { 200: { description: "Updated", schema: taskSchema }, 409: { description: "Changed by someone else" } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const task = await setTaskStatus(tasksDeps(deps, tx), tenantId, session.me, params.id, body.version, body.status);
      subject(task.id, { status: task.status });
      return ok(task);
    },
  }),
];
