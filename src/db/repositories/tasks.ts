import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Task } from "../../domain/tasks/dto";
import type { TasksRepository } from "../../domain/tasks/repository";
import { isOverdue } from "../../domain/tasks/service";
import type { Db } from "../connection";
import { tasks, teams, users } from "../schema/index";
import type { Tx } from "../tenant-context";

export function createTasksRepository(db: Db | Tx): TasksRepository {
  const select = (tenantId: string) =>
    db
      .select({
        id: tasks.id,
        title: tasks.title,
        dueOn: tasks.dueOn,
        assigneeId: tasks.assigneeId,
        assigneeName: users.displayName,
        teamId: tasks.teamId,
        teamName: teams.name,
        subjectType: tasks.subjectType,
        subjectId: tasks.subjectId,
        status: tasks.status,
        version: tasks.version,
      })
      .from(tasks)
      .leftJoin(users, and(eq(users.tenantId, tasks.tenantId), eq(users.id, tasks.assigneeId)))
      .leftJoin(teams, and(eq(teams.tenantId, tasks.tenantId), eq(teams.id, tasks.teamId)))
      .where(eq(tasks.tenantId, tenantId))
      .$dynamic();
  type Row = Awaited<ReturnType<ReturnType<typeof select>["execute"]>>[number];
  const toTask = (row: Row, today: string): Task => ({ ...row, overdue: isOverdue(row.dueOn, row.status, today) });

  const repo: TasksRepository = {
    async list(tenantId, filter, today) {
      const conditions = [eq(tasks.tenantId, tenantId)];
      if (filter.assigneeId) conditions.push(eq(tasks.assigneeId, filter.assigneeId));
      if (filter.teamIds) conditions.push(inArray(tasks.teamId, [...filter.teamIds]));
      if (filter.status !== "all") conditions.push(eq(tasks.status, filter.status));
      if (filter.dueBefore) conditions.push(lt(tasks.dueOn, filter.dueBefore));
      const rows = await select(tenantId).where(and(...conditions)).orderBy(asc(tasks.dueOn)).limit(500);
      return rows.map((row) => toTask(row, today));
    },
    async find(tenantId, id, today) {
      const [row] = await select(tenantId).where(and(eq(tasks.tenantId, tenantId), eq(tasks.id, id)));
      return row ? toTask(row, today) : null;
    },
    async insert(tenantId, createdBy, input, today) {
      const [row] = await db
        .insert(tasks)
        .values({
          tenantId,
          title: input.title,
          dueOn: input.dueOn,
          assigneeId: input.assigneeId ?? null,
          teamId: input.teamId ?? null,
          subjectType: input.subjectType ?? null,
          subjectId: input.subjectId ?? null,
          createdBy,
        })
        .returning({ id: tasks.id });
      return (await repo.find(tenantId, row!.id, today))!;
    },
    async setStatus(tenantId, id, expectedVersion, status, at, today) {
      const [row] = await db
        .update(tasks)
        .set({ status, doneAt: status === "done" ? at : null, version: sql`${tasks.version} + 1` })
        .where(and(eq(tasks.tenantId, tenantId), eq(tasks.id, id), eq(tasks.version, expectedVersion)))
        .returning({ id: tasks.id });
      return row ? repo.find(tenantId, id, today) : null;
    },
    async userExists(tenantId, userId) {
      const [row] = await db.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
      return Boolean(row);
    },
    async teamExists(tenantId, teamId) {
      const [row] = await db.select({ id: teams.id }).from(teams).where(and(eq(teams.tenantId, tenantId), eq(teams.id, teamId)));
      return Boolean(row);
    },
  };
  return repo;
}
