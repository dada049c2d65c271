import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { Me } from "../../domain/accounts/dto";
import type { Task } from "../../domain/tasks/dto";
import { type Client, type Harness, createHarness } from "../testing/harness";
import { day } from "../testing/dates";

type ErrorJson = { error: { code: string; details?: { issues?: { path: string; message: string }[] } } };

describe.each(testTargets())("tasks and the overdue list (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let ontschotter: Client;
  let workerMe: Me;
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    ontschotter = await harness.login("ontschotter");
    workerMe = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
  });
  afterAll(async () => harness?.close());

  const create = async (body: Record<string, unknown>, client = worker) => {
    const response = await client.request("POST", "/api/v1/tasks", body);
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as Task;
  };
  const list = async (query: string, client = worker) => ((await (await client.request("GET", `/api/v1/tasks?${query}`)).json()) as { items: Task[] }).items;

  it("lists my tasks earliest first and marks the overdue ones", async () => {
    const late = await create({ title: "Meting na 6 maanden", dueOn: day(-3), assigneeId: workerMe.id });
    const soon = await create({ title: "Evaluatie gezinsplan", dueOn: day(7), assigneeId: workerMe.id });
    const mine = await list("scope=mine");
    expect(mine.map((t) => t.id)).toEqual([late.id, soon.id]);
    expect(mine.map((t) => t.overdue)).toEqual([true, false]);
    expect((await list("scope=mine&overdueOnly=true")).map((t) => t.id)).toEqual([late.id]);
  });

  it("gives each team its overdue list", async () => {
    const noord = workerMe.teams.find((t) => t.name === "Wijkteam Noord")!;
    const teamTask = await create({ title: "Casus bespreken in teamoverleg", dueOn: day(-1), teamId: noord.id });
    expect((await list("scope=my_teams&overdueOnly=true")).map((t) => t.id)).toContain(teamTask.id);
    // The ontschotter is in Wijkteam Zuid: Noord's list is not theirs.
    expect((await list("scope=my_teams&overdueOnly=true", ontschotter)).map((t) => t.id)).not.toContain(teamTask.id);
  });

  it("lets the assignee tick a task off once; a stale second click answers 409, others get 404", async () => {
    const task = await create({ title: "Terugbellen", dueOn: day(0), assigneeId: workerMe.id });
    const done = await worker.request("PATCH", `/api/v1/tasks/${task.id}`, { version: task.version, status: "done" });
    expect(done.status).toBe(200);
    expect(((await done.json()) as Task).overdue).toBe(false);
    expect((await worker.request("PATCH", `/api/v1/tasks/${task.id}`, { version: task.version, status: "done" })).status).toBe(409);
    expect((await ontschotter.request("PATCH", `/api/v1/tasks/${task.id}`, { version: task.version + 1, status: "open" })).status).toBe(404);
    expect((await list("scope=mine")).map((t) => t.id)).not.toContain(task.id);
  });

  it("needs an assignee or a team, and existing ones", async () => {
    const none = await worker.request("POST", "/api/v1/tasks", { title: "Zwevend", dueOn: day(1) });
    expect(((await none.json()) as ErrorJson).error.details!.issues![0]).toEqual({ path: "assigneeId", message: "Wijs de taak toe aan een medewerker of een team" });
    const ghost = await worker.request("POST", "/api/v1/tasks", { title: "Spook", dueOn: day(1), assigneeId: "00000000-0000-4000-8000-000000000000" });
    expect(((await ghost.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("assigneeId");
  });
});
