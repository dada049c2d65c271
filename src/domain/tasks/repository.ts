import type { CreateTask, Task } from "./dto";

export interface TaskFilter {
  readonly assigneeId?: string;
  readonly teamIds?: readonly string[];
  readonly status: "open" | "done" | "all";
  /** Only tasks due before this ISO date. */
  readonly dueBefore?: string;
}

export interface TasksRepository {
  list(tenantId: string, filter: TaskFilter, today: string): Promise<Task[]>;
  find(tenantId: string, id: string, today: string): Promise<Task | null>;
  insert(tenantId: string, createdBy: string | null, input: CreateTask, today: string): Promise<Task>;
  setStatus(tenantId: string, id: string, expectedVersion: number, status: "open" | "done", at: Date, today: string): Promise<Task | null>;
  userExists(tenantId: string, userId: string): Promise<boolean>;
  teamExists(tenantId: string, teamId: string): Promise<boolean>;
}
