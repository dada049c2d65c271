import { WEB_ROOT } from "./paths";

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts Baatwijzer for one test file: a random port, an in-memory database, the demo tenant and
 * the freshly built web app. `BAATWIJZER_E2E_URL` points the journeys at a running instance instead.
 */
export const startApp = async (): Promise<RunningApp> => {
  const external = process.env.BAATWIJZER_E2E_URL;
  if (external) return { url: external.replace(/\/$/, ""), close: async () => {} };
  const { startServer } = await import("../../src/server/start");
  const server = await startServer({ port: 0, host: "127.0.0.1", demo: true, quiet: true, webRoot: WEB_ROOT });
  return { url: server.url.replace(/\/$/, ""), close: () => server.close() };
};
