import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { teams, tenants } from "./tenancy";

/**
 * A task for a worker or a team: a follow-up measurement after six months, a plan evaluation every
 * four weeks, a reminder for a conditional arrangement. `subjectType`/`subjectId` point at what the task
 * is about (a question, later a case), without a foreign key so every area can create tasks.
 */
export const tasks = pgTable(
  "tasks",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    title: text("title").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    assigneeId: uuid("assignee_id"),
    teamId: uuid("team_id"),
    subjectType: text("subject_type"),
    subjectId: uuid("subject_id"),
    status: text("status", { enum: ["open", "done"] }).notNull().default("open"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdBy: uuid("created_by"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "tasks_assignee_fk", columns: [t.tenantId, t.assigneeId], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ name: "tasks_team_fk", columns: [t.tenantId, t.teamId], foreignColumns: [teams.tenantId, teams.id] }),
    index("tasks_due_idx").on(t.tenantId, t.status, t.dueOn),
  ],
);
