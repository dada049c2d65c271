import { z } from "zod";

export const taskSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  dueOn: z.string(),
  assigneeId: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.uuid().nullable(),
  status: z.enum(["open", "done"]),
  overdue: z.boolean(),
  version: z.number().int(),
});

export const createTaskSchema = z
  .object({
    title: z.string().trim().min(1, "Beschrijf de taak").max(300, "Hoogstens 300 tekens"),
    dueOn: z.iso.date("Gebruik een datum als jjjj-mm-dd"),
    assigneeId: z.uuid("Kies een bestaande medewerker").nullable().optional(),
    teamId: z.uuid("Kies een bestaand team").nullable().optional(),
    subjectType: z.enum(["question", "case"]).nullable().optional(),
    subjectId: z.uuid().nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.assigneeId && !value.teamId) ctx.addIssue({ code: "custom", path: ["assigneeId"], message: "Wijs de taak toe aan een medewerker of een team" });
  });

export const completeTaskSchema = z.object({ version: z.number().int().min(1), status: z.enum(["open", "done"]) });

export const taskListQuerySchema = z.object({
  scope: z.enum(["mine", "my_teams"]).default("mine"),
  overdueOnly: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  status: z.enum(["open", "done", "all"]).default("open"),
});

export type Task = z.infer<typeof taskSchema>;
export type CreateTask = z.infer<typeof createTaskSchema>;
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;
