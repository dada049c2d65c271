import type { DemoInfo, SessionResponse } from "../../domain/accounts/dto";
import type { ApiClient } from "./client";

export const login = (api: ApiClient, credentials: { username: string; password: string }) =>
  api.post<SessionResponse>("/auth/login", credentials);

export const logout = (api: ApiClient) => api.post<void>("/auth/logout");

export const fetchSession = (api: ApiClient, signal?: AbortSignal) => api.get<SessionResponse>("/auth/me", signal);

export const fetchDemoInfo = (api: ApiClient, signal?: AbortSignal) => api.get<DemoInfo>("/demo-info", signal);
