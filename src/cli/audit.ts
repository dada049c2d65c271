import { openDatabase } from "../db/connection";
import { createAuditRepository } from "../db/repositories/audit";
import { tenants } from "../db/schema/index";
import { withSystem } from "../db/tenant-context";
import { verifyAuditChain } from "../domain/audit/verify-chain";
import { loadConfig } from "../server/config";
import type { CliIo } from "./io";

/**
 * `baatwijzer audit verify [--tenant SLUG]`: checks every tenant's hash chain; prints the first broken
 * link per tenant and exits 1 when any chain is broken.
 */
export async function runAuditCommand(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (args[0] !== "verify") {
    io.stderr("Gebruik: baatwijzer audit verify [--tenant SLUG]");
    return 2;
  }
  const tenantIndex = args.indexOf("--tenant");
  const onlySlug = tenantIndex >= 0 ? args[tenantIndex + 1] : undefined;
  const config = loadConfig(env);
  const database = await openDatabase(config.databaseUrl ? { kind: "postgres", url: config.databaseUrl } : { kind: "pglite", dataDir: config.dataDir });
  try {
    return await withSystem(database.db, async (tx) => {
      const all = await tx.select().from(tenants);
      const selected = onlySlug ? all.filter((t) => t.slug === onlySlug) : all;
      if (onlySlug && selected.length === 0) {
        io.stderr(`Onbekende gemeente: ${onlySlug}`);
        return 2;
      }
      let broken = 0;
      for (const tenant of selected) {
        const result = await verifyAuditChain(createAuditRepository(tx), tenant.id);
        if (result.ok) {
          io.stdout(`${tenant.name}: keten in orde (${result.checked} regels).`);
        } else {
          broken += 1;
          io.stdout(`${tenant.name}: keten verbroken bij regel ${result.firstBrokenSeq}: ${result.reason}.`);
        }
      }
      return broken === 0 ? 0 : 1;
    });
  } finally {
    await database.close();
  }
}
