import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../domain/audit/verify-chain";
import { type TestDatabase, openTestDatabase, testTargets } from "../testing/databases";
import { tenants } from "../schema/index";
import { withSystem, withTenant } from "../tenant-context";
import { createAuditRepository } from "./audit";

const event = (n: number) => ({
  actorUserId: null,
  actorName: "Test",
  onBehalfOf: null,
  action: "read",
  subjectType: "person",
  subjectId: `p-${n}`,
  purpose: "test",
  details: { n, nested: { b: 2, a: 1 } },
});

describe.each(testTargets())("audit log (%s)", (target) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(target);
  });
  afterAll(async () => database?.dispose());

  const newTenant = (slug: string) =>
    withSystem(database.handle.db, async (tx) => (await tx.insert(tenants).values({ slug, name: slug }).returning())[0]!.id);
  const inTenant = <T>(tenantId: string, work: (repo: ReturnType<typeof createAuditRepository>) => Promise<T>) =>
    withTenant(database.handle.db, tenantId, (tx) => work(createAuditRepository(tx)));
  /** Tampering needs the trigger out of the way, as an attacker with table-owner rights would do. */
  const tamper = (statement: ReturnType<typeof sql>) =>
    withSystem(database.handle.db, async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await tx.execute(statement);
      await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    });

  it("chains concurrent appends without gaps or forks", async () => {
    const tenantId = await newTenant("gelijktijdig");
    await Promise.all(Array.from({ length: 20 }, (_, i) => inTenant(tenantId, (repo) => repo.append(tenantId, [event(i)]))));
    const result = await inTenant(tenantId, (repo) => verifyAuditChain(repo, tenantId, 7));
    expect(result).toEqual({ ok: true, checked: 20, firstBrokenSeq: null, reason: null });
  });

  it("refuses UPDATE and DELETE (append-only)", async () => {
    const tenantId = await newTenant("alleen-toevoegen");
    await inTenant(tenantId, (repo) => repo.append(tenantId, [event(1)]));
    await expect(withSystem(database.handle.db, (tx) => tx.execute(sql`update audit_log set purpose = 'x' where tenant_id = ${tenantId}`))).rejects.toThrow();
    await expect(withSystem(database.handle.db, (tx) => tx.execute(sql`delete from audit_log where tenant_id = ${tenantId}`))).rejects.toThrow();
  });

  it("reports the first broken link when an entry is tampered with", async () => {
    const tenantId = await newTenant("gewijzigd");
    await inTenant(tenantId, (repo) => repo.append(tenantId, Array.from({ length: 10 }, (_, i) => event(i))));
    await tamper(sql`update audit_log set subject_id = 'iemand-anders' where seq = 5 and tenant_id = ${tenantId}`);
    const result = await inTenant(tenantId, (repo) => verifyAuditChain(repo, tenantId));
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: 5, checked: 4 });
  });

  it("reports a deleted entry in the middle and a deleted tail", async () => {
    const middle = await newTenant("gat");
    await inTenant(middle, (repo) => repo.append(middle, Array.from({ length: 6 }, (_, i) => event(i))));
    await tamper(sql`delete from audit_log where seq = 3 and tenant_id = ${middle}`);
    expect(await inTenant(middle, (repo) => verifyAuditChain(repo, middle))).toMatchObject({ ok: false, firstBrokenSeq: 3 });

    const tail = await newTenant("staart");
    await inTenant(tail, (repo) => repo.append(tail, Array.from({ length: 6 }, (_, i) => event(i))));
    await tamper(sql`delete from audit_log where seq = 6 and tenant_id = ${tail}`);
    expect(await inTenant(tail, (repo) => verifyAuditChain(repo, tail))).toMatchObject({ ok: false, firstBrokenSeq: 6 });
  });
});
