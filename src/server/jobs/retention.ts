import { createAuditRepository } from "../../db/repositories/audit";
import { createQuestionsRepository } from "../../db/repositories/questions";
import type { Db } from "../../db/connection";
import { tenants } from "../../db/schema/index";
import { withSystem, withTenant } from "../../db/tenant-context";
import type { AuditEvent } from "../../domain/audit/repository";
import { purgeExpiredQuestions } from "../../domain/questions/service";

/**
 * Runs the retention rules for every tenant, each in its own tenant transaction with its audit
 * entries (actor: the system). Returns the number of questions cleaned per tenant slug.
 */
export async function runRetention(db: Db, now: () => Date): Promise<Record<string, number>> {
  const all = await withSystem(db, (tx) => tx.select({ id: tenants.id, slug: tenants.slug }).from(tenants));
  const result: Record<string, number> = {};
  for (const tenant of all) {
    result[tenant.slug] = await withTenant(db, tenant.id, async (tx) => {
      const events: AuditEvent[] = [];
      const count = await purgeExpiredQuestions(
        { questions: createQuestionsRepository(tx), now },
        { record: (event) => events.push({ actorUserId: null, actorName: "systeem (bewaartermijn)", onBehalfOf: null, ...event, details: event.details ?? {} }) },
        tenant.id,
      );
      await createAuditRepository(tx).append(tenant.id, events);
      return count;
    });
  }
  return result;
}

/** Runs the job at start and then every `intervalMs` (default daily); returns a stop function. */
export function scheduleRetention(db: Db, now: () => Date, intervalMs = 24 * 3_600_000): () => void {
  const run = () =>
    runRetention(db, now).catch((error: unknown) => console.error(`[bewaartermijn] mislukt: ${error instanceof Error ? error.message : String(error)}`));
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
