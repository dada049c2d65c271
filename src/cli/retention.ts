import { openDatabase } from "../db/connection";
import { migrateDatabase } from "../db/migrate";
import { loadConfig } from "../server/config";
import { runRetention } from "../server/jobs/retention";
import type { CliIo } from "./io";

/** `baatwijzer retention run`: apply the retention rules now (the server also runs them daily). */
export async function runRetentionCommand(args: string[], io: CliIo): Promise<number> {
  if (args[0] !== "run") {
    io.stderr("Gebruik: baatwijzer retention run");
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl ? { kind: "postgres", url: config.databaseUrl } : { kind: "pglite", dataDir: config.dataDir });
  try {
    await migrateDatabase(database);
    const result = await runRetention(database.db, () => new Date());
    for (const [slug, count] of Object.entries(result)) io.stdout(`${slug}: ${count} vragen opgeschoond.`);
    return 0;
  } finally {
    await database.close();
  }
}
