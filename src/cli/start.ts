import { DEMO_PASSWORD, demoAccounts } from "../demo/accounts";
import { loadConfig } from "../server/config";
import { DEMO_HOUSEHOLDS, startServer } from "../server/start";
import type { CliIo } from "./io";
import { ensureWebBuilt } from "./web-build";

/** `baatwijzer start`: build the web app if needed, migrate, seed the demo, serve until stopped. */
export async function runStart(io: CliIo): Promise<number> {
  const startedAt = performance.now();
  const config = loadConfig();
  await ensureWebBuilt(io.stdout);
  const server = await startServer({
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    encryptionKey: config.encryptionKey,
    demo: config.demo,
    secureCookies: config.secureCookies,
    sampleHouseholds: DEMO_HOUSEHOLDS,
  });
  const where = config.databaseUrl ? "PostgreSQL" : `ingebouwde database in ${config.dataDir}`;
  io.stdout(`Baatwijzer draait op ${server.url} (${where}), gestart in ${Math.round(performance.now() - startedAt)} ms.`);
  if (config.demo) {
    io.stdout(`Demo-omgeving "Gemeente Voorbeeld"${server.seededDemo ? " aangemaakt" : ""}. Inloggen met wachtwoord ${DEMO_PASSWORD} als:`);
    for (const account of demoAccounts) io.stdout(`  ${account.username}`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  io.stdout("Baatwijzer stopt…");
  await server.close();
  return 0;
}
