import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * The API as the logged-in user of `page`, for changes made "elsewhere" (another colleague, another
 * tab) and for test data that the journey itself is not about. Sends the session's CSRF token.
 */
export const apiOf = (page: Page) => {
  const csrf = async () => ((await (await page.request.get("/api/v1/auth/me")).json()) as { csrfToken: string }).csrfToken;
  const send = async <T>(method: "post" | "patch" | "put", path: string, data: unknown): Promise<T> => {
    const response = await page.request[method](`/api/v1${path}`, { headers: { "X-CSRF-Token": await csrf() }, data });
    expect(response.ok(), `${method.toUpperCase()} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return {
    get: async <T>(path: string): Promise<T> => {
      const response = await page.request.get(`/api/v1${path}`);
      expect(response.ok(), `GET ${path}: ${response.status()}`).toBe(true);
      return (await response.json()) as T;
    },
    post: <T>(path: string, data: unknown) => send<T>("post", path, data),
    patch: <T>(path: string, data: unknown) => send<T>("patch", path, data),
    put: <T>(path: string, data: unknown) => send<T>("put", path, data),
  };
};
