import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/connection";
import { migrateDatabase } from "../db/migrate";
import { createAuditRepository } from "../db/repositories/audit";
import { tenants } from "../db/schema/index";
import { withSystem, withTenant } from "../db/tenant-context";
import { runAuditCommand } from "./audit";
import type { CliIo } from "./io";

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readFile: async () => "" };
  return { io, out, err };
};

describe("baatwijzer audit verify", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "bw-audit-"));
    const database = await openDatabase({ kind: "pglite", dataDir });
    await migrateDatabase(database);
    const tenantId = await withSystem(database.db, async (tx) => (await tx.insert(tenants).values({ slug: "test", name: "Gemeente Test" }).returning())[0]!.id);
    await withTenant(database.db, tenantId, (tx) =>
      createAuditRepository(tx).append(
        tenantId,
        [1, 2, 3].map((n) => ({ actorUserId: null, actorName: "T", onBehalfOf: null, action: "read", subjectType: "person", subjectId: `p${n}`, purpose: "test", details: {} })),
      ),
    );
    await database.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("reports an intact chain and exits 0", async () => {
    const { io, out } = capture();
    expect(await runAuditCommand(["verify"], io, { BAATWIJZER_DATA_DIR: dataDir })).toBe(0);
    expect(out.join("\n")).toContain("Gemeente Test: keten in orde (3 regels).");
  });

  it("reports the first broken link and exits 1 after tampering", async () => {
    const database = await openDatabase({ kind: "pglite", dataDir });
    await database.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await database.db.execute(sql`update audit_log set purpose = 'iets anders' where seq = 2`);
    await database.close();
    const { io, out } = capture();
    expect(await runAuditCommand(["verify"], io, { BAATWIJZER_DATA_DIR: dataDir })).toBe(1);
    expect(out.join("\n")).toContain("keten verbroken bij regel 2: inhoud is gewijzigd");
  });

  it("refuses an unknown tenant and a missing subcommand with exit code 2", async () => {
    expect(await runAuditCommand(["verify", "--tenant", "bestaat-niet"], capture().io, { BAATWIJZER_DATA_DIR: dataDir })).toBe(2);
    expect(await runAuditCommand([], capture().io, { BAATWIJZER_DATA_DIR: dataDir })).toBe(2);
  });
});
