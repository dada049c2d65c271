import { describe, expect, it, vi } from "vitest";
import { ApiError, fieldErrorsOf } from "./api-error";
import { createApiClient } from "./client";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

const recordingFetch = (response: () => Response) => {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return response();
  });
  return { calls, fetchFn: fetchFn as unknown as typeof fetch };
};

describe("createApiClient", () => {
  it("sends JSON with the session cookie and returns the parsed body", async () => {
    const { calls, fetchFn } = recordingFetch(() => json(200, { items: [1] }));
    const api = createApiClient({ fetchFn });
    await expect(api.get("/users")).resolves.toEqual({ items: [1] });
    expect(calls[0]?.url).toBe("/api/v1/users");
    expect(calls[0]?.init.credentials).toBe("same-origin");
    expect(calls[0]?.init.method).toBe("GET");
  });

  it("adds the CSRF token to state-changing requests only", async () => {
    const { calls, fetchFn } = recordingFetch(() => json(200, {}));
    const api = createApiClient({ fetchFn });
    api.setCsrfToken("token-1");
    await api.get("/users");
    await api.post("/users", { name: "x" });
    await api.patch("/users/1", { version: 1 });
    const headers = calls.map((call) => (call.init.headers as Record<string, string>)["X-CSRF-Token"]);
    expect(headers).toEqual([undefined, "token-1", "token-1"]);
    expect(calls[1]?.init.body).toBe('{"name":"x"}');
  });

  it("returns undefined for 204 No Content", async () => {
    const { fetchFn } = recordingFetch(() => new Response(null, { status: 204 }));
    await expect(createApiClient({ fetchFn }).post("/auth/logout")).resolves.toBeUndefined();
  });

  it("throws an ApiError with code, Dutch message and details", async () => {
    const { fetchFn } = recordingFetch(() =>
      json(409, { error: { code: "version_conflict", message: "Gewijzigd", details: { current: 3 } } }),
    );
    const error = await createApiClient({ fetchFn })
      .patch("/teams/1", { version: 1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: "version_conflict", message: "Gewijzigd", details: { current: 3 } });
  });

  it("reports an ended session and missing access to the app", async () => {
    const onUnauthenticated = vi.fn();
    const onForbidden = vi.fn();
    let answer = json(401, { error: { code: "unauthenticated", message: "Log in" } });
    const { fetchFn } = recordingFetch(() => answer);
    const api = createApiClient({ fetchFn, onUnauthenticated, onForbidden });
    await expect(api.get("/users")).rejects.toThrow("Log in");
    answer = json(401, { error: { code: "invalid_credentials", message: "Onjuist" } });
    await expect(api.post("/auth/login", {})).rejects.toThrow("Onjuist");
    answer = json(403, { error: { code: "forbidden", message: "Geen toegang" } });
    await expect(api.get("/audit")).rejects.toThrow("Geen toegang");
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(onForbidden).toHaveBeenCalledTimes(1);
  });

  it("turns network failures and foreign answers into a network_error", async () => {
    const failing = (async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    await expect(createApiClient({ fetchFn: failing }).get("/x")).rejects.toMatchObject({ code: "network_error" });
    const { fetchFn } = recordingFetch(() => new Response("<html>Bad gateway</html>", { status: 502 }));
    await expect(createApiClient({ fetchFn }).get("/x")).rejects.toMatchObject({ code: "network_error", status: 502 });
  });
});

describe("fieldErrorsOf", () => {
  it("maps validation issues to top-level fields, first message wins", () => {
    const error = new ApiError({
      status: 400,
      code: "validation_failed",
      message: "Controleer de invoer",
      details: {
        issues: [
          { path: "email", message: "Vul een geldig e-mailadres in" },
          { path: "roles.0", message: "Onbekende rol" },
          { path: "roles", message: "Kies minstens één rol" },
          { path: "", message: "Algemeen" },
        ],
      },
    });
    expect(fieldErrorsOf(error)).toEqual({ email: "Vul een geldig e-mailadres in", roles: "Onbekende rol", "": "Algemeen" });
  });

  it("gives no field errors for other errors", () => {
    expect(fieldErrorsOf(new Error("x"))).toEqual({});
    expect(fieldErrorsOf(new ApiError({ status: 409, code: "conflict", message: "Bestaat al" }))).toEqual({});
  });
});
