import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "./migrate";

/** The migrations folder as it was before 0017: its files and a journal without the later entries. */
function migrationsBefore(index: number): string {
  const folder = mkdtempSync(join(tmpdir(), "baatwijzer-migrations-"));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { idx: number }[] };
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((entry) => entry.idx < index) }));
  return folder;
}

describe("migration 0017 (purpose category of spending requests)", () => {
  const folder = migrationsBefore(17);
  const client = new PGlite();
  const db = drizzle(client);
  afterAll(async () => {
    await client.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("gives requests filed before it the category 'overig', and new rows no default", async () => {
    await migrate(db, { migrationsFolder: folder, migrationsSchema: "drizzle" });
    const ids = { tenant: "10000000-0000-4000-8000-000000000001", pot: "10000000-0000-4000-8000-000000000002", case: "10000000-0000-4000-8000-000000000003", user: "10000000-0000-4000-8000-000000000004" };
    const insertRequest = (key: string) =>
      `insert into spending_requests (tenant_id, pot_id, case_id, purpose, description, amount_cents, payee, justification, idempotency_key, requested_by)
       values ('${ids.tenant}', '${ids.pot}', '${ids.case}', 'auto voor werk', 'Auto', 100, 'Garage', '{}', '${key}', '${ids.user}')`;
    // Only the request row matters here: skip the foreign keys (PGlite runs as a superuser).
    await client.exec(`set session_replication_role = replica; ${insertRequest("before-0017")}`);

    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER, migrationsSchema: "drizzle" });
    const rows = await client.query<{ purpose: string; purpose_category: string }>("select purpose, purpose_category from spending_requests");
    expect(rows.rows).toEqual([{ purpose: "auto voor werk", purpose_category: "overig" }]);
    await expect(client.exec(insertRequest("after-0017"))).rejects.toThrow(/purpose_category/);
  }, 180_000);
});
