import { describe, expect, it, vi } from "vitest";
import { createApiClient } from "./client";
import { createTask, listTasks, setTaskStatus } from "./tasks";

const recordingApi = (body: unknown) => {
  const calls: { url: string; method?: string; body?: unknown }[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), method: init?.method, body: init?.body });
    return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
  });
  return { calls, api: createApiClient({ fetchFn: fetchFn as unknown as typeof fetch }) };
};

describe("tasks API", () => {
  it("lists my or my teams' tasks, optionally only the overdue ones", async () => {
    const { calls, api } = recordingApi({ items: [] });
    await listTasks(api, { scope: "mine", overdueOnly: false });
    await listTasks(api, { scope: "my_teams", overdueOnly: true });
    expect(calls.map((call) => call.url)).toEqual([
      "/api/v1/tasks?scope=mine&overdueOnly=false",
      "/api/v1/tasks?scope=my_teams&overdueOnly=true",
    ]);
  });

  it("creates a task and ticks it off with the version read", async () => {
    const { calls, api } = recordingApi({ id: "t1" });
    await createTask(api, { title: "Terugbellen", dueOn: "2025-03-07", assigneeId: "u1" });
    await setTaskStatus(api, "t1", { version: 1, status: "done" });
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual(["POST /api/v1/tasks", "PATCH /api/v1/tasks/t1"]);
    expect(JSON.parse(String(calls[1]?.body))).toEqual({ version: 1, status: "done" });
  });
});
