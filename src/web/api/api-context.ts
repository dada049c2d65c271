import { createContext, useContext } from "react";
import type { ApiClient } from "./client";

export const ApiContext = createContext<ApiClient | null>(null);

/** The app's API client (with the session's CSRF token and the 401/403 handling). */
export const useApi = (): ApiClient => {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi outside ApiContext");
  return api;
};
