import { fileURLToPath } from "node:url";
import { loadConfig } from "../server/config";
import { startServer } from "../server/start";
import type { CliIo } from "./io";

/** `baatwijzer dev`: the API on PORT and Vite's dev server (hot reload) proxying to it. */
export async function runDev(io: CliIo): Promise<number> {
  const config = loadConfig();
  const server = await startServer({ port: config.port, host: config.host, dataDir: config.dataDir, databaseUrl: config.databaseUrl,
    encryptionKey: config.encryptionKey, demo: config.demo });
  const { createServer } = await import("vite");
  const vite = await createServer({ configFile: fileURLToPath(new URL("../../vite.config.ts", import.meta.url)) });
  await vite.listen();
  io.stdout(`API op ${server.url}; ontwikkelserver met hot reload:`);
  vite.printUrls();
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  await vite.close();
  await server.close();
  return 0;
}
