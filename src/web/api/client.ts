import { ApiError, NETWORK_ERROR_CODE } from "./api-error";

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface ApiClient {
  request<T>(method: HttpMethod, path: string, options?: { body?: unknown; signal?: AbortSignal }): Promise<T>;
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  delete<T>(path: string): Promise<T>;
  /** The CSRF token sent with every state-changing request; from the login answer and `GET /auth/me`. */
  setCsrfToken(token: string | null): void;
}

export interface ApiClientOptions {
  baseUrl?: string;
  fetchFn?: typeof fetch;
  /** Called when any call answers 401 `unauthenticated` (the session ended). */
  onUnauthenticated?: () => void;
  /** Called when any call answers 403 `forbidden`. */
  onForbidden?: () => void;
}

const STATE_CHANGING: ReadonlySet<HttpMethod> = new Set(["POST", "PATCH", "PUT", "DELETE"]);

const parseJson = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const toApiError = (status: number, body: unknown): ApiError => {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  if (error && typeof error.code === "string" && typeof error.message === "string") {
    return new ApiError({ status, code: error.code, message: error.message, details: error.details });
  }
  return new ApiError({ status, code: NETWORK_ERROR_CODE, message: `HTTP ${status}` });
};

/** The typed HTTP client of the web app: JSON in and out, cookie session, CSRF header, one error type. */
export const createApiClient = ({
  baseUrl = "/api/v1",
  fetchFn = (input, init) => fetch(input, init),
  onUnauthenticated = () => {},
  onForbidden = () => {},
}: ApiClientOptions = {}): ApiClient => {
  let csrfToken: string | null = null;

  const request = async <T>(
    method: HttpMethod,
    path: string,
    { body, signal }: { body?: unknown; signal?: AbortSignal } = {},
  ): Promise<T> => {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (STATE_CHANGING.has(method) && csrfToken) headers["X-CSRF-Token"] = csrfToken;
    let response: Response;
    try {
      response = await fetchFn(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: "same-origin",
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiError({ status: 0, code: NETWORK_ERROR_CODE, message: "Network error" });
    }
    const parsed = await parseJson(response);
    if (response.ok) return parsed as T;
    const error = toApiError(response.status, parsed);
    if (error.code === "unauthenticated") onUnauthenticated();
    if (error.code === "forbidden") onForbidden();
    throw error;
  };

  return {
    request,
    get: (path, signal) => request("GET", path, { signal }),
    post: (path, body) => request("POST", path, { body }),
    patch: (path, body) => request("PATCH", path, { body }),
    put: (path, body) => request("PUT", path, { body }),
    delete: (path) => request("DELETE", path),
    setCsrfToken: (token) => {
      csrfToken = token;
    },
  };
};
