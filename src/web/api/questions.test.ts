import { describe, expect, it, vi } from "vitest";
import { createApiClient } from "./client";
import { getQuestion, listQuestions, registerQuestion, triageQuestion } from "./questions";

const recordingApi = (body: unknown) => {
  const calls: { url: string; method?: string; body?: unknown }[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), method: init?.method, body: init?.body });
    return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
  });
  return { calls, api: createApiClient({ fetchFn: fetchFn as unknown as typeof fetch }) };
};

describe("questions API", () => {
  it("lists by triage status and unwraps the items", async () => {
    const { calls, api } = recordingApi({ items: [{ id: "q1" }] });
    await expect(listQuestions(api, { status: "awaiting_triage" })).resolves.toEqual([{ id: "q1" }]);
    expect(calls[0]?.url).toBe("/api/v1/questions?status=awaiting_triage");
  });

  it("reads, registers and triages one question", async () => {
    const { calls, api } = recordingApi({ id: "q1" });
    await getQuestion(api, "a/b");
    await registerQuestion(api, { receivedOn: "2025-03-07", channel: "telefoon", topic: "wonen", asked: "Huur" });
    await triageQuestion(api, "q1", { version: 2, outcome: "solved_directly" });
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      "GET /api/v1/questions/a%2Fb",
      "POST /api/v1/questions",
      "POST /api/v1/questions/q1/triage",
    ]);
    expect(JSON.parse(String(calls[2]?.body))).toEqual({ version: 2, outcome: "solved_directly" });
  });
});
